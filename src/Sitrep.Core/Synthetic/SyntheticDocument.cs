namespace Sitrep.Core.Synthetic;

/// <summary>
/// One generated report text. <see cref="Kind"/> is "sitrep" (numbered, dated items) or "news" (headline, dateline,
/// paragraphs). <see cref="Events"/> is the ground truth: which underlying events the text tells, and how it tells them.
/// </summary>
public sealed record SyntheticDocument(string Name, string Text, DateOnly Published, string Publisher, string Kind)
{
    public IReadOnlyList<ReportedEvent> Events { get; init; } = [];

    /// <summary>Ids of the underlying events this document reports, in the order it tells them.</summary>
    public IEnumerable<int> EventIds => Events.Select(e => e.EventId);
}

/// <summary>
/// One document's account of one underlying event: the true day and figure beside what this document says
/// (<see cref="ToldDay"/> may be a day off; <see cref="ToldCount"/> is the figure as written, e.g. "at least 15",
/// "over a dozen", "fourteen"; null when the event has no count).
/// </summary>
public sealed record ReportedEvent(int EventId, string Kind, DateOnly Day, DateOnly ToldDay, string PlaceId, string Governorate,
    int? TrueCount, string? ToldCount, bool Hedged);
