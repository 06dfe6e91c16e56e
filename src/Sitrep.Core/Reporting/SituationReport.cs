using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Reporting;

/// <summary>
/// A situation report for a period (and optionally some governorates), built from stored events by
/// <see cref="ReportBuilder"/>: everything the Markdown, HTML and JSON writers show, so all three say the same.
/// </summary>
public sealed record SituationReport(
    string Title,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Regions,
    IReadOnlyList<TakeawaySentence> KeyTakeaway,
    IReadOnlyList<ReportEvent> Events,
    ReportTrends Trends,
    IReadOnlyList<ReportContradiction> Contradictions,
    IReadOnlyList<ReportSource> Sources,
    DateTimeOffset Generated);

/// <summary>One sentence of the key takeaway and the numbers of the events it rests on.</summary>
public sealed record TakeawaySentence(string Text, IReadOnlyList<int> Events);

/// <summary>
/// One numbered event: its fused fields, a headline and summary phrased from them and from its evidence, the legend
/// category its marker is drawn in, the hedges its sources use, and the sources that report it.
/// </summary>
public sealed record ReportEvent
{
    public required int Number { get; init; }
    public required string Id { get; init; }
    public required DateRange? Date { get; init; }
    public required string Headline { get; init; }
    public required string Summary { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    /// <summary>What kind of act it is ("raid", "protest"): the extractor's trigger kind, which the headline phrases.</summary>
    public required string Kind { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Location { get; init; }
    public string? Admin1 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? GeoPrecision { get; init; }
    public required string Legend { get; init; }
    /// <summary>Counts by key ("fatalities", "detained"), the best-supported figure of each.</summary>
    public required IReadOnlyDictionary<string, double> Counts { get; init; }
    /// <summary>A vague count keeps its word ("dozens"), by count key.</summary>
    public required IReadOnlyDictionary<string, string> CountWords { get; init; }
    public int? Fatalities { get; init; }
    /// <summary>True when every source hedges the occurrence or its author.</summary>
    public required bool Hedged { get; init; }
    /// <summary>The hedge words the sources use ("reportedly", "likely").</summary>
    public required IReadOnlyList<string> Hedges { get; init; }
    public required int IndependentSources { get; init; }
    /// <summary>How much the event weighs in the key takeaway (severity, fatalities, sources, actors).</summary>
    public required double Significance { get; init; }
    public required IReadOnlyList<ReportEvidence> Sources { get; init; }
    public required IReadOnlyList<ReportContradiction> Contradictions { get; init; }
}

/// <summary>A source's account of an event: the document (file name), the span of the original text, the sentence.</summary>
public sealed record ReportEvidence(string Doc, string DocumentId, TextSpan Span, int? Item, string Evidence, string? Publisher, DateOnly? Published);

/// <summary>Where the sources disagree about one attribute of one event.</summary>
public sealed record ReportContradiction(int EventNumber, string EventId, string Attribute, bool PossibleUpdate, string? Note,
    IReadOnlyList<ReportContradictionValue> Values);

/// <summary>One source's value for a disputed attribute.</summary>
public sealed record ReportContradictionValue(string Value, string Doc, TextSpan Span, DateOnly? Reported);

/// <summary>A document the report uses.</summary>
public sealed record ReportSource(string Doc, string DocumentId, string? Title, string? Publisher, DateOnly? Published,
    DateRange? Period, string? Url, IReadOnlyList<int> Events);
