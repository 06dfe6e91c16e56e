using System.Globalization;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;

namespace Sitrep.Core.Reporting;

/// <summary>What to report on: a period of days (inclusive) and, optionally, governorates (canonical names).</summary>
public sealed record ReportRequest(DateOnly From, DateOnly To, IReadOnlyList<string> Regions)
{
    /// <summary>The previous period of the same length, which trends compare against.</summary>
    public (DateOnly From, DateOnly To) Previous
    {
        get
        {
            var days = To.DayNumber - From.DayNumber + 1;
            return (From.AddDays(-days), From.AddDays(-1));
        }
    }
}

/// <summary>A stored document as the report cites it.</summary>
public sealed record SourceDocument(string Id, string FileName, string? Title, string? Publisher, DateOnly? Published,
    DateRange? Period, string? Url);

/// <summary>
/// Builds a <see cref="SituationReport"/> from fused events: keeps the events whose best-supported date falls in the
/// period (and region), numbers them in date order, phrases their headlines, picks the key takeaway, compares with the
/// previous period and gathers contradictions and sources. Pure: the caller loads the events and documents.
/// </summary>
public sealed class ReportBuilder(ActorRegistry registry)
{
    public SituationReport Build(ReportRequest request, IReadOnlyList<FusedEvent> candidates, IReadOnlyList<FusedEvent> previousCandidates,
        IReadOnlyDictionary<string, SourceDocument> documents, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(request);
        var regions = request.Regions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inPeriod = Select(candidates, request.From, request.To, regions);
        var events = new List<ReportEvent>();
        foreach (var (fused, i) in inPeriod.Select((f, i) => (f, i)))
            events.Add(ToReportEvent(fused, i + 1));

        var previous = Select(previousCandidates, request.Previous.From, request.Previous.To, regions)
            .Select(f => ToReportEvent(f, 0)).ToList();
        var trends = new ReportTrends(Figures(request.From, request.To, events), Figures(request.Previous.From, request.Previous.To, previous));
        var contradictions = events.SelectMany(e => e.Contradictions).ToList();
        var sources = Sources(events, documents);
        var takeaway = KeyTakeawayWriter.Write(request, events, trends, contradictions);
        return new SituationReport(Title(request), request.From, request.To, request.Regions.ToList(), takeaway, events, trends,
            contradictions, sources, generated);
    }

    /// <summary>"Iraq Situation Report: June 24–30, 2020" (with the governorates when the report is for some only).</summary>
    public static string Title(ReportRequest request)
    {
        var area = request.Regions.Count == 0 ? "Iraq" : "Iraq (" + string.Join(", ", request.Regions) + ")";
        return $"{area} Situation Report: {PeriodText(request.From, request.To)}";
    }

    /// <summary>"June 24–30, 2020", "June 28–July 4, 2020", "December 28, 2020–January 3, 2021".</summary>
    public static string PeriodText(DateOnly from, DateOnly to)
    {
        var ci = CultureInfo.InvariantCulture;
        if (from == to) return from.ToString("MMMM d, yyyy", ci);
        if (from.Year != to.Year) return $"{from.ToString("MMMM d, yyyy", ci)}–{to.ToString("MMMM d, yyyy", ci)}";
        if (from.Month != to.Month) return $"{from.ToString("MMMM d", ci)}–{to.ToString("MMMM d, yyyy", ci)}";
        return $"{from.ToString("MMMM d", ci)}–{to.Day.ToString(ci)}, {to.Year.ToString(ci)}";
    }

    /// <summary>Events dated within the period (by their best-supported date) and region, in date order; ties keep the
    /// order their sources tell them in.</summary>
    private static List<FusedEvent> Select(IReadOnlyList<FusedEvent> events, DateOnly from, DateOnly to, HashSet<string> regions) =>
        events.Where(f => f.Dates.Count > 0 && f.Dates[0].Value.Start <= to && f.Dates[0].Value.End >= from)
            .Where(f => regions.Count == 0 || (f.Places.Count > 0 && f.Places[0].Value.Admin1 is { } a && regions.Contains(a)))
            .OrderBy(f => f.Dates[0].Value.Start).ThenBy(f => f.Dates[0].Value.End)
            .ThenBy(f => f.Mentions.Min(m => m.Published ?? DateOnly.MaxValue))
            .ThenBy(f => f.Mentions.Select(m => m.DocName).Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .ThenBy(f => f.Mentions.Min(m => m.Mention.Item ?? int.MaxValue))
            .ThenBy(f => f.Mentions.Min(m => m.Mention.RawSpan.Start))
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

    private ReportEvent ToReportEvent(FusedEvent f, int number)
    {
        var type = f.Types.Count > 0 ? f.Types[0].Value : new AcledTypeName("Strategic developments", "Other");
        var typeKeys = f.Types.Count > 0 ? f.Types[0].MentionKeys.ToHashSet(StringComparer.Ordinal) : [];
        var typed = f.Mentions.Where(m => typeKeys.Contains(m.Key)).DefaultIfEmpty(f.Mentions[0]).ToList();
        var kind = typed.GroupBy(m => m.Mention.Kind, StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var place = f.Places.Count > 0 ? f.Places[0].Value : null;
        var counts = f.Counts.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value[0].Value, StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in f.Mentions)
            foreach (var (key, word) in m.Mention.CountQualifiers)
                if (counts.TryGetValue(key, out var v) && m.Mention.Counts.TryGetValue(key, out var mv) && mv == v)
                    words.TryAdd(key, word);
        int? fatalities = counts.TryGetValue("fatalities", out var fat) ? (int)fat
            : f.Mentions.Select(m => m.Mention.Fatalities).Where(x => x is not null).Min();
        var hedges = f.Mentions.SelectMany(m => m.Mention.Hedges).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var evidence = f.Mentions
            .OrderBy(m => m.Mention.Item is null).ThenBy(m => m.Published ?? DateOnly.MaxValue).ThenBy(m => m.DocName, StringComparer.Ordinal)
            .ThenBy(m => m.Mention.RawSpan.Start)
            .Select(m => new ReportEvidence(m.DocName, m.DocumentId, m.Mention.RawSpan, m.Mention.Item, Clean(m.Mention.Evidence), m.Publisher, m.Published))
            .ToList();
        var e = new ReportEvent
        {
            Number = number,
            Id = f.Id,
            Date = f.Dates.Count > 0 ? f.Dates[0].Value : null,
            Headline = "",
            Summary = Summary(evidence),
            EventType = type.EventType,
            SubEventType = type.SubEventType,
            Kind = kind,
            Actor1 = f.Actor1.Count > 0 ? f.Actor1[0].Value : null,
            Actor2 = f.Actor2.Count > 0 ? f.Actor2[0].Value : null,
            Location = place?.Name,
            Admin1 = place?.Admin1,
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = place?.GeoPrecision,
            Legend = Legend(f, type),
            Counts = counts,
            CountWords = words,
            Fatalities = fatalities,
            Hedged = f.Mentions.All(m => m.Mention.Hedged),
            Hedges = hedges,
            IndependentSources = f.IndependentSources,
            Significance = 0,
            Sources = evidence,
            Contradictions = f.Contradictions.Select(c => new ReportContradiction(number, f.Id, c.Attribute, c.PossibleUpdate, c.Note,
                c.Values.Select(v => new ReportContradictionValue(v.Value, v.DocName, v.RawSpan, v.Reported)).ToList())).ToList(),
        };
        return e with { Headline = Headlines.Headline(e), Significance = Significance.Of(e, registry, f) };
    }

    /// <summary>The legend category of the event's marker: actor1's, else actor2's; protests without a known actor are
    /// demonstrations.</summary>
    private string Legend(FusedEvent f, AcledTypeName type)
    {
        foreach (var pick in new Func<EventMention, EventActor?>[] { m => m.Actor1, m => m.Actor2 })
        {
            var categories = f.Mentions.Select(m => pick(m.Mention)?.ActorId).OfType<string>().Select(registry.ById).OfType<Actor>()
                .Select(a => a.LegendCategory).Where(c => c is not null && c != "Other").GroupBy(c => c!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
            if (categories.Count > 0) return categories[0];
        }
        return type.EventType is "Protests" or "Riots" ? "Demonstration" : "Other";
    }

    /// <summary>A short summary: the clearest source's sentence (a situation report's item first), cut at a word.</summary>
    private static string Summary(IReadOnlyList<ReportEvidence> evidence)
    {
        if (evidence.Count == 0) return "";
        var text = evidence[0].Evidence;
        const int max = 320;
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > 200 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Evidence as one line: PDF text keeps its line breaks and double spaces.</summary>
    internal static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static PeriodFigures Figures(DateOnly from, DateOnly to, IReadOnlyList<ReportEvent> events) => new(
        from, to, events.Count, events.Sum(e => e.Fatalities ?? 0),
        Tally(events.Select(e => e.EventType)),
        Tally(events.Select(e => e.Admin1 ?? "No place")));

    private static IReadOnlyDictionary<string, int> Tally(IEnumerable<string> keys)
    {
        var d = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in keys) d[k] = d.GetValueOrDefault(k) + 1;
        return d;
    }

    private static List<ReportSource> Sources(IReadOnlyList<ReportEvent> events, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        var byDoc = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var e in events)
            foreach (var s in e.Sources)
            {
                if (!byDoc.TryGetValue(s.DocumentId, out var set)) byDoc[s.DocumentId] = set = [];
                set.Add(e.Number);
            }
        return byDoc.Select(kv =>
            {
                var d = documents.GetValueOrDefault(kv.Key);
                var first = events.SelectMany(e => e.Sources).First(s => s.DocumentId == kv.Key);
                return new ReportSource(d?.FileName ?? first.Doc, kv.Key, d?.Title, d?.Publisher ?? first.Publisher,
                    d?.Published ?? first.Published, d?.Period, d?.Url, kv.Value.ToList());
            })
            .OrderBy(s => s.Published ?? s.Period?.End ?? DateOnly.MaxValue).ThenBy(s => s.Doc, StringComparer.Ordinal).ToList();
    }
}
