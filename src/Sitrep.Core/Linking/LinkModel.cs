using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Linking;

/// <summary>
/// An event mention as linking sees it: the mention, a key unique in the corpus (the store's id, or "doc#ordinal"),
/// and what linking needs of its document: name, publisher (sources by one publisher are not independent) and date.
/// </summary>
public sealed record LinkMention(string Key, string DocumentId, string DocName, string? Publisher, DateOnly? Published, EventMention Mention);

/// <summary>A mention's place in an event, with how sure linking is (1 for a mention that founded its event).</summary>
public sealed record MentionLink(string MentionKey, string EventId, double Confidence);

/// <summary>One source's value for a disputed attribute, with the exact span (original text) that states it.</summary>
public sealed record ContradictionValue(string Value, string MentionKey, string DocumentId, string DocName, TextSpan RawSpan, DateOnly? Reported);

/// <summary>
/// Sources that state different values for one attribute of one event: "date", "place", "actor1", "type", or
/// "count:KEY". <see cref="PossibleUpdate"/>: the values come from reports of different days and may be an update
/// rather than a disagreement.
/// </summary>
public sealed record Contradiction(string Attribute, IReadOnlyList<ContradictionValue> Values, bool PossibleUpdate, string? Note = null);

/// <summary>A value the sources support, with the mentions behind it.</summary>
public sealed record SupportedValue<T>(T Value, IReadOnlyList<string> MentionKeys);

/// <summary>
/// A real-world event: its mentions, the attributes the sources support (the best-supported value first), how many
/// independent sources report it, the earliest report, and where the sources disagree.
/// </summary>
public sealed record FusedEvent
{
    public required string Id { get; init; }
    public required IReadOnlyList<LinkMention> Mentions { get; init; }
    public required IReadOnlyList<SupportedValue<DateRange>> Dates { get; init; }
    public required IReadOnlyList<SupportedValue<AcledTypeName>> Types { get; init; }
    public required IReadOnlyList<SupportedValue<string>> Actor1 { get; init; }
    public required IReadOnlyList<SupportedValue<string>> Actor2 { get; init; }
    public required IReadOnlyList<SupportedValue<EventLocation>> Places { get; init; }
    /// <summary>Counts by key ("detained"), each value with its sources; the most conservative first for fatalities.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<SupportedValue<double>>> Counts { get; init; }
    public required int IndependentSources { get; init; }
    public DateOnly? EarliestReport { get; init; }
    public required IReadOnlyList<Contradiction> Contradictions { get; init; }
}

/// <summary>An ACLED event type with its sub-event type.</summary>
public readonly record struct AcledTypeName(string EventType, string SubEventType);
