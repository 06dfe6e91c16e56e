using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Reporting;

/// <summary>
/// The report as JSON: everything the Markdown and HTML show, with the field names other tools read (title, period,
/// key_takeaway[].text/events, events[].number/id/date_start/.../sources[].doc/span, trends, contradictions, sources).
/// Spans are half-open character offsets into the document's original text.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(SituationReport r) => JsonSerializer.Serialize(ToDto(r), Options);

    internal sealed record ReportDto(string Title, PeriodDto Period, IReadOnlyList<string> Regions, string Generated,
        IReadOnlyList<TakeawayDto> KeyTakeaway, IReadOnlyList<EventDto> Events, TrendsDto Trends,
        IReadOnlyList<ContradictionDto> Contradictions, IReadOnlyList<SourceDto> Sources);

    internal sealed record PeriodDto(string From, string To);
    internal sealed record TakeawayDto(string Text, IReadOnlyList<int> Events);
    internal sealed record SpanDto(int Start, int End);
    internal sealed record EvidenceDto(string Doc, string DocumentId, SpanDto Span, int? Item, string Evidence, string? Publisher, string? Published);

    internal sealed record EventDto(int Number, string Id, string? DateStart, string? DateEnd, string Headline, string Summary,
        string EventType, string SubEventType, string Kind, string? Actor1, string? Actor2, string? Location, string? Admin1,
        double? Latitude, double? Longitude, int? GeoPrecision, string Legend, IReadOnlyDictionary<string, double> Counts,
        IReadOnlyDictionary<string, string> CountWords, int? Fatalities, bool Hedged, IReadOnlyList<string> Hedges,
        int IndependentSources, double Significance, IReadOnlyList<EvidenceDto> Sources, IReadOnlyList<ContradictionDto> Contradictions);

    internal sealed record ContradictionDto(int Event, string EventId, string Attribute, bool PossibleUpdate, string? Note,
        IReadOnlyList<ContradictionValueDto> Values);
    internal sealed record ContradictionValueDto(string Value, string Doc, SpanDto Span, string? Reported);

    internal sealed record PeriodFiguresDto(string From, string To, int Events, int Fatalities, IReadOnlyDictionary<string, int> ByType,
        IReadOnlyDictionary<string, int> ByGovernorate);
    internal sealed record ChangeDto(string Key, int Current, int Previous, int Change);
    internal sealed record TrendsDto(PeriodFiguresDto Current, PeriodFiguresDto Previous, IReadOnlyList<ChangeDto> ByType,
        IReadOnlyList<ChangeDto> ByGovernorate);

    internal sealed record SourceDto(string Doc, string DocumentId, string? Title, string? Publisher, string? Published,
        PeriodDto? Period, string? Url, IReadOnlyList<int> Events);

    internal static ReportDto ToDto(SituationReport r) => new(
        r.Title, new PeriodDto(D(r.From), D(r.To)), r.Regions, r.Generated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        r.KeyTakeaway.Select(t => new TakeawayDto(t.Text, t.Events)).ToList(),
        r.Events.Select(Event).ToList(),
        Trends(r.Trends),
        r.Contradictions.Select(Contradiction).ToList(),
        r.Sources.Select(s => new SourceDto(s.Doc, s.DocumentId, s.Title, s.Publisher, D(s.Published),
            s.Period is { } p ? new PeriodDto(D(p.Start), D(p.End)) : null, s.Url, s.Events)).ToList());

    private static EventDto Event(ReportEvent e) => new(
        e.Number, e.Id, D(e.Date?.Start), D(e.Date?.End), e.Headline, e.Summary, e.EventType, e.SubEventType, e.Kind, e.Actor1, e.Actor2,
        e.Location, e.Admin1, e.Latitude, e.Longitude, e.GeoPrecision, e.Legend, e.Counts, e.CountWords, e.Fatalities, e.Hedged, e.Hedges,
        e.IndependentSources, e.Significance,
        e.Sources.Select(s => new EvidenceDto(s.Doc, s.DocumentId, new SpanDto(s.Span.Start, s.Span.End), s.Item, s.Evidence, s.Publisher,
            D(s.Published))).ToList(),
        e.Contradictions.Select(Contradiction).ToList());

    private static ContradictionDto Contradiction(ReportContradiction c) => new(c.EventNumber, c.EventId, c.Attribute, c.PossibleUpdate,
        c.Note, c.Values.Select(v => new ContradictionValueDto(v.Value, v.Doc, new SpanDto(v.Span.Start, v.Span.End), D(v.Reported))).ToList());

    private static TrendsDto Trends(ReportTrends t) => new(Figures(t.Current), Figures(t.Previous),
        TrendTable.Changes(t.Current.ByType, t.Previous.ByType).Select(c => new ChangeDto(c.Key, c.Current, c.Previous, c.Change)).ToList(),
        TrendTable.Changes(t.Current.ByGovernorate, t.Previous.ByGovernorate).Select(c => new ChangeDto(c.Key, c.Current, c.Previous, c.Change)).ToList());

    private static PeriodFiguresDto Figures(PeriodFigures f) => new(D(f.From), D(f.To), f.Events, f.Fatalities, f.ByType, f.ByGovernorate);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One row of a trend table: a key's count now and in the previous period.</summary>
public readonly record struct TrendRow(string Key, int Current, int Previous)
{
    public int Change => Current - Previous;
}

/// <summary>Trend rows for the report's writers: every key of either period, biggest current count first.</summary>
public static class TrendTable
{
    public static IReadOnlyList<TrendRow> Changes(IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> previous) =>
        current.Keys.Union(previous.Keys, StringComparer.Ordinal)
            .Select(k => new TrendRow(k, current.GetValueOrDefault(k), previous.GetValueOrDefault(k)))
            .OrderByDescending(r => r.Current).ThenByDescending(r => r.Previous).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
}
