using Sitrep.Core.Model;

namespace Sitrep.Storage;

/// <summary>Who decided a link: the linker (which may revisit it) or an analyst (final until an analyst changes it).</summary>
public enum LinkOrigin
{
    Auto,
    Analyst,
}

/// <summary>A mention's link to its event.</summary>
public sealed record EventLink(string EventId, double Confidence, LinkOrigin Origin);

/// <summary>
/// A stored event mention as linking and the event views need it: the mention, what they need of its document
/// (publisher = <see cref="DocumentSummary.Source"/>; <see cref="Published"/> or else the end of its reporting period as
/// the day it was reported), and its link, null while unlinked. <see cref="EventMention.EventId"/> of
/// <see cref="StoredEventMention.Mention"/> is the link's event id.
/// </summary>
public sealed record LinkedMention(StoredEventMention Stored, string? Publisher, DateOnly? Published, DateRange? Period, EventLink? Link)
{
    public long Id => Stored.Id;
    /// <summary>The day the document reported it: its publication date, else the end of its reporting period.</summary>
    public DateOnly? Reported => Published ?? Period?.End;
}

/// <summary>A link the linker made: mention (store id) → event, with its confidence (0-1).</summary>
public sealed record EventLinkWrite(long MentionId, string EventId, double Confidence);

public enum LinkOperation
{
    Link,
    Merge,
    Split,
}

/// <summary>
/// One row of the link audit log. Link: <see cref="EventId"/> gained <see cref="MentionIds"/>. Merge:
/// <see cref="OtherEventId"/> was merged into <see cref="EventId"/>, moving <see cref="MentionIds"/>. Split:
/// <see cref="MentionIds"/> moved from <see cref="EventId"/> to the new <see cref="OtherEventId"/>.
/// </summary>
public sealed record LinkAuditEntry(long Id, DateTimeOffset At, LinkOperation Operation, string? EventId, string? OtherEventId,
    IReadOnlyList<long> MentionIds, string? Actor, string? Note);

/// <summary>A link operation that cannot be done as asked (unknown event, mention not in the event, ...); nothing was changed.</summary>
public sealed class EventLinkException(string message) : InvalidOperationException(message);
