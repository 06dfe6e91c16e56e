using Sitrep.Core.Model;

namespace Sitrep.Storage;

/// <summary>
/// Which events to list (<see cref="IEventStore.ListEventsAsync"/>). An event is listed when at least one of its linked
/// mentions matches every filter that is set; unset (null) filters do not restrict. Text comparisons are
/// case-insensitive (ASCII letters, as SQLite's NOCASE).
/// </summary>
public sealed record EventQuery
{
    /// <summary>With <see cref="To"/>: a mention's date range must overlap [From, To] (either end open when null).
    /// An undated mention never matches a date filter.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>admin1, whole value (callers map spelling variants to the canonical governorate name first).</summary>
    public string? Governorate { get; init; }
    /// <summary>ACLED event type, whole value ("Battles").</summary>
    public string? EventType { get; init; }
    /// <summary>ACLED sub-event type, whole value ("Armed clash").</summary>
    public string? SubEventType { get; init; }
    /// <summary>Latest first instead of earliest first.</summary>
    public bool NewestFirst { get; init; }
    /// <summary>Most events to return.</summary>
    public int Limit { get; init; } = 50;
    /// <summary>Events to skip first (paging).</summary>
    public int Offset { get; init; }
}

/// <summary>
/// One event at a glance, drawn from all its linked mentions. <see cref="Date"/> runs from the earliest start to the
/// latest end of its mentions' dates (null when none is dated). Type, governorate, place and fatalities are the values
/// most of its mentions give (ties: the one stored first; for the place, the most precise of its mentions); the event
/// page fuses the mentions properly (EventFusion) and shows where they disagree.
/// </summary>
public sealed record EventSummary(
    string EventId,
    DateRange? Date,
    string EventType,
    string SubEventType,
    string? Governorate,
    string? Location,
    double? Latitude,
    double? Longitude,
    int? Fatalities,
    int Mentions,
    int Documents);

/// <summary>An event with all its mentions (ordered as <see cref="IEventStore.ListEventMembersAsync"/>).</summary>
public sealed record EventDetail(EventSummary Summary, IReadOnlyList<LinkedMention> Mentions);

/// <summary>One document with its event mentions, for a bulk load (SqliteEventStore.BulkAddAsync).</summary>
public sealed record BulkDocument(Document Document, IReadOnlyList<EventMention> Mentions);

/// <summary>What a bulk load wrote: documents added (already stored ones are skipped), mentions and links written.</summary>
public sealed record BulkAddResult(int Documents, int SkippedDocuments, int Mentions, int Links);
