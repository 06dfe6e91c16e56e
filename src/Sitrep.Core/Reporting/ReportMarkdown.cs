using System.Globalization;
using System.Text;

namespace Sitrep.Core.Reporting;

/// <summary>
/// The report as Markdown that reads well in a plain viewer: numbered events with their facts and sources, a table of
/// where each numbered marker sits (the drawn map is in the HTML and PNG), trends, disagreements and sources. Every
/// value that can come from a document goes through <see cref="Markdown.Escape"/>.
/// </summary>
public static class ReportMarkdown
{
    public static string Write(SituationReport r)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine($"# {Markdown.Escape(r.Title)}").AppendLine();
        sb.AppendLine($"_Period {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}" +
                      (r.Regions.Count > 0 ? $", {Markdown.Escape(string.Join(", ", r.Regions))}" : "") +
                      $". {ReportText.Plural(r.Events.Count, "event")} from {ReportText.Plural(r.Sources.Count, "source")}; compiled by Sitrep on " +
                      $"{r.Generated.ToString("yyyy-MM-dd HH:mm", ci)} UTC._").AppendLine();

        sb.AppendLine("## Key takeaway").AppendLine();
        foreach (var t in r.KeyTakeaway)
            sb.AppendLine($"- {Markdown.Escape(t.Text)}" + (t.Events.Count > 0 ? $" ({Refs(t.Events)})" : ""));
        sb.AppendLine();

        sb.AppendLine("## Events").AppendLine();
        if (r.Events.Count == 0) sb.AppendLine("No events in this period.").AppendLine();
        foreach (var e in r.Events)
        {
            sb.AppendLine($"### {e.Number.ToString(ci)}. {Markdown.Escape(e.Headline)}").AppendLine();
            if (e.Summary.Length > 0) sb.AppendLine($"> {Markdown.Escape(e.Summary)}").AppendLine();
            sb.AppendLine($"- **Type:** {Markdown.Escape(e.EventType)} / {Markdown.Escape(e.SubEventType)}");
            sb.AppendLine($"- **Date:** {DateText(e)}");
            sb.AppendLine($"- **Place:** {Markdown.Escape(Headlines.PlaceText(e) ?? "no place given")}" +
                          (e.Latitude is { } lat && e.Longitude is { } lon
                              ? $" ({lat.ToString("0.####", ci)}, {lon.ToString("0.####", ci)}; precision {e.GeoPrecision?.ToString(ci) ?? "?"})" : ""));
            sb.AppendLine($"- **Actors:** {Markdown.Escape(e.Actor1 ?? "unnamed")}" + (e.Actor2 is null ? "" : $" → {Markdown.Escape(e.Actor2)}") +
                          $" _(legend: {Markdown.Escape(e.Legend)})_");
            if (e.Counts.Count > 0) sb.AppendLine($"- **Counts:** {Markdown.Escape(CountsText(e))}");
            if (e.Fatalities is { } f) sb.AppendLine($"- **Fatalities:** {f.ToString(ci)}");
            if (e.Hedges.Count > 0)
                sb.AppendLine($"- **Hedged:** {(e.Hedged ? "yes" : "by some sources")} ({Markdown.Escape(string.Join(", ", e.Hedges.Select(h => "\u201c" + h + "\u201d")))})");
            sb.AppendLine($"- **Sources ({e.IndependentSources.ToString(ci)} independent):**");
            foreach (var s in e.Sources)
                sb.AppendLine($"  - {Markdown.Escape(s.Doc)} {s.Span.Start.ToString(ci)}-{s.Span.End.ToString(ci)}" +
                              (s.Item is { } item ? $" (item {item.ToString(ci)})" : "") + $": \u201c{Markdown.Escape(Shorten(s.Evidence, 240))}\u201d");
            foreach (var c in e.Contradictions)
                sb.AppendLine($"- **Sources disagree on {Markdown.Escape(ReportText.Attribute(c.Attribute))}:** {ValuesText(c)}");
            sb.AppendLine();
        }

        sb.AppendLine("## Map").AppendLine();
        var placed = r.Events.Where(e => e.Latitude is not null).ToList();
        if (placed.Count == 0) sb.AppendLine("No event in this period has a place.").AppendLine();
        else
        {
            sb.AppendLine("The HTML and PNG versions draw these markers on a map of Iraq.").AppendLine();
            sb.AppendLine("| # | place | governorate | latitude, longitude | legend |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var e in placed)
                sb.AppendLine($"| {e.Number.ToString(ci)} | {Markdown.Escape(e.Location)} | {Markdown.Escape(e.Admin1)} | " +
                              $"{e.Latitude!.Value.ToString("0.####", ci)}, {e.Longitude!.Value.ToString("0.####", ci)} | {Markdown.Escape(e.Legend)} |");
            var unplaced = r.Events.Where(e => e.Latitude is null).Select(e => e.Number).ToList();
            if (unplaced.Count > 0) sb.AppendLine().AppendLine($"Not on the map (no place given): {Refs(unplaced)}.");
            sb.AppendLine();
        }

        var (cur, prev) = (r.Trends.Current, r.Trends.Previous);
        var curLabel = Headlines.Day(new(cur.From, cur.To));
        var prevLabel = Headlines.Day(new(prev.From, prev.To));
        sb.AppendLine("## Trends").AppendLine();
        sb.AppendLine($"{ReportText.Plural(cur.Events, "event")} and {ReportText.Plural(cur.Fatalities, "reported fatality", "reported fatalities")} in {curLabel}, " +
                      $"against {ReportText.Plural(prev.Events, "event")} and {ReportText.Plural(prev.Fatalities, "reported fatality", "reported fatalities")} in {prevLabel}.").AppendLine();
        TrendTableMd(sb, "Event type", TrendTable.Changes(cur.ByType, prev.ByType), curLabel, prevLabel);
        TrendTableMd(sb, "Governorate", TrendTable.Changes(cur.ByGovernorate, prev.ByGovernorate), curLabel, prevLabel);

        sb.AppendLine("## Where sources disagree").AppendLine();
        if (r.Contradictions.Count == 0) sb.AppendLine("The sources agree on every event in this period.");
        foreach (var c in r.Contradictions)
            sb.AppendLine($"- **#{c.EventNumber.ToString(ci)}, {Markdown.Escape(ReportText.Attribute(c.Attribute))}:** {ValuesText(c)}" +
                          (c.PossibleUpdate ? " _(reported on different days: may be an update)_" : "") +
                          (c.Note is null ? "" : $" _{Markdown.Escape(c.Note)}_"));
        sb.AppendLine();

        sb.AppendLine("## Sources").AppendLine();
        sb.AppendLine("| document | title | publisher | date | events |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var s in r.Sources)
            sb.AppendLine($"| {Markdown.Escape(s.Doc)} | {Markdown.Escape(s.Title ?? "")} | {Markdown.Escape(s.Publisher ?? "")} | " +
                          $"{ReportText.SourceDate(s)} | {string.Join(", ", s.Events.Select(n => n.ToString(ci)))} |");
        return sb.ToString();
    }

    private static void TrendTableMd(StringBuilder sb, string head, IReadOnlyList<TrendRow> rows, string cur, string prev)
    {
        if (rows.Count == 0) return;
        sb.AppendLine($"| {head} | {cur} | {prev} | change |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var row in rows)
            sb.AppendLine($"| {Markdown.Escape(row.Key)} | {row.Current.ToString(CultureInfo.InvariantCulture)} | " +
                          $"{row.Previous.ToString(CultureInfo.InvariantCulture)} | {ReportText.Signed(row.Change)} |");
        sb.AppendLine();
    }

    private static string ValuesText(ReportContradiction c) =>
        string.Join("; ", c.Values.Select(v => $"{Markdown.Escape(v.Value)} ({Markdown.Escape(v.Doc)} " +
                                               $"{v.Span.Start.ToString(CultureInfo.InvariantCulture)}-{v.Span.End.ToString(CultureInfo.InvariantCulture)})"));

    private static string DateText(ReportEvent e) => e.Date is { } d
        ? (d.Start == d.End ? d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{d.Start:yyyy-MM-dd} to {d.End:yyyy-MM-dd}")
        : "undated";

    internal static string CountsText(ReportEvent e) => string.Join("; ", e.Counts.Select(c =>
        $"{c.Key.Replace('_', ' ')} {(e.CountWords.TryGetValue(c.Key, out var w) ? w + " (" + Num(c.Value) + ")" : Num(c.Value))}"));

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Refs(IEnumerable<int> numbers) =>
        "events " + string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max].TrimEnd() + "…";

}

/// <summary>Wording the report's writers share.</summary>
public static class ReportText
{
    /// <summary>"count:detained" → "the number detained"; "actor1" → "who acted".</summary>
    public static string Attribute(string attribute) => attribute switch
    {
        "date" => "the date",
        "place" => "the place",
        "actor1" => "who acted",
        "actor2" => "the target",
        "type" => "what happened",
        _ when attribute.StartsWith("count:", StringComparison.Ordinal) => "the number " + attribute[6..].Replace('_', ' '),
        _ => attribute.Replace('_', ' '),
    };

    public static string Signed(int n) => n > 0 ? "+" + n.ToString(CultureInfo.InvariantCulture)
        : n < 0 ? "−" + (-n).ToString(CultureInfo.InvariantCulture) : "0";

    /// <summary>"1 event", "3 events" (or the given plural).</summary>
    public static string Plural(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    public static string SourceDate(ReportSource s) =>
        s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? s.Period?.ToString() ?? "";
}
