using System.Globalization;
using System.Net;
using System.Text;

namespace Sitrep.Core.Reporting;

/// <summary>What the HTML embeds besides text: the map (an SVG element) and the trends chart (PNG bytes; a narrow one
/// for phones, where the wide chart's labels would shrink below legibility).</summary>
public sealed record ReportArt(string? MapSvg, byte[]? TrendsPng, byte[]? TrendsPngNarrow = null);

/// <summary>
/// The report as one self-contained HTML file: styles inline, the map as inline SVG, the chart as a data URI; no
/// scripts and nothing fetched. It reads on a phone (one column, fluid map) and prints on A4 (print styles, events
/// never split across pages). Every text from a document is HTML-encoded; links are kept only for http(s) URLs.
/// </summary>
public static class ReportHtml
{
    public static string Write(SituationReport r, ReportArt art, Func<string, string> legendColour)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(art);
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
          .Append("<title>").Append(E(r.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");

        sb.Append("<header><h1>").Append(E(r.Title)).Append("</h1>\n<p class=\"meta\">")
          .Append(E($"{r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}"))
          .Append(r.Regions.Count > 0 ? " · " + E(string.Join(", ", r.Regions)) : "")
          .Append(" · ").Append(E(ReportText.Plural(r.Events.Count, "event"))).Append(" from ").Append(E(ReportText.Plural(r.Sources.Count, "source")))
          .Append(" · compiled by Sitrep ").Append(E(r.Generated.ToString("yyyy-MM-dd HH:mm", ci))).Append(" UTC</p></header>\n");

        sb.Append("<section class=\"takeaway\" id=\"key-takeaway\"><h2>Key takeaway</h2>\n<ul>\n");
        foreach (var t in r.KeyTakeaway)
        {
            sb.Append("<li>").Append(E(t.Text));
            if (t.Events.Count > 0)
            {
                sb.Append(" <span class=\"refs\">(");
                sb.AppendJoin(", ", t.Events.Select(n => $"<a href=\"#event-{n.ToString(ci)}\">{n.ToString(ci)}</a>"));
                sb.Append(")</span>");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ul></section>\n");

        sb.Append("<section class=\"map\" id=\"map\"><h2>Map</h2>\n");
        // On a phone the map keeps a legible size and pans sideways rather than shrinking its labels to nothing.
        if (art.MapSvg is not null) sb.Append("<figure class=\"scroll\">").Append(art.MapSvg).Append("</figure>\n");
        var unplaced = r.Events.Where(e => e.Latitude is null).Select(e => e.Number).ToList();
        if (unplaced.Count > 0)
            sb.Append("<p class=\"note\">Not on the map (no place given): ")
              .AppendJoin(", ", unplaced.Select(n => $"<a href=\"#event-{n.ToString(ci)}\">{n.ToString(ci)}</a>")).Append("</p>\n");
        sb.Append("</section>\n");

        sb.Append("<section class=\"events\" id=\"events\"><h2>Events</h2>\n");
        if (r.Events.Count == 0) sb.Append("<p>No events in this period.</p>\n");
        foreach (var e in r.Events) Event(sb, e, legendColour);
        sb.Append("</section>\n");

        Trends(sb, r, art);

        sb.Append("<section class=\"disagree\" id=\"contradictions\"><h2>Where sources disagree</h2>\n");
        if (r.Contradictions.Count == 0) sb.Append("<p>The sources agree on every event in this period.</p>\n");
        else
        {
            sb.Append("<div class=\"scroll\"><table><thead><tr><th>#</th><th>what</th><th>values and sources</th></tr></thead><tbody>\n");
            foreach (var c in r.Contradictions)
            {
                sb.Append("<tr><td><a href=\"#event-").Append(c.EventNumber.ToString(ci)).Append("\">").Append(c.EventNumber.ToString(ci))
                  .Append("</a></td><td class=\"what\">").Append(E(ReportText.Attribute(c.Attribute)));
                if (c.PossibleUpdate) sb.Append("<br><small>reported on different days: may be an update</small>");
                if (c.Note is not null && !(c.PossibleUpdate && c.Note.Contains("different days", StringComparison.Ordinal)))
                    sb.Append("<br><small>").Append(E(c.Note)).Append("</small>");
                sb.Append("</td><td>");
                Values(sb, c);
                sb.Append("</td></tr>\n");
            }
            sb.Append("</tbody></table></div>\n");
        }
        sb.Append("</section>\n");

        sb.Append("<section class=\"sources\" id=\"sources\"><h2>Sources</h2>\n<div class=\"scroll\"><table><thead><tr>")
          .Append("<th>title</th><th>publisher</th><th>date</th><th>events</th></tr></thead><tbody>\n");
        foreach (var s in r.Sources)
        {
            sb.Append("<tr id=\"doc-").Append(E(s.DocumentId)).Append("\"><td>");
            var title = E(s.Title ?? s.Doc);
            if (SafeUrl(s.Url) is { } url) sb.Append("<a href=\"").Append(E(url)).Append("\" rel=\"noreferrer\">").Append(title).Append("</a>");
            else sb.Append(title);
            sb.Append("<br><small class=\"doc\">").Append(E(s.Doc)).Append("</small></td><td>").Append(E(s.Publisher ?? ""))
              .Append("</td><td class=\"nowrap\">").Append(E(ReportText.SourceDate(s))).Append("</td><td>")
              .AppendJoin(", ", s.Events.Select(n => $"<a href=\"#event-{n.ToString(ci)}\">{n.ToString(ci)}</a>")).Append("</td></tr>\n");
        }
        sb.Append("</tbody></table></div></section>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Event(StringBuilder sb, ReportEvent e, Func<string, string> legendColour)
    {
        var ci = CultureInfo.InvariantCulture;
        var n = e.Number.ToString(ci);
        sb.Append("<article class=\"event\" id=\"event-").Append(n).Append("\">\n<h3><span class=\"num\" style=\"background:")
          .Append(E(legendColour(e.Legend))).Append("\">").Append(n).Append("</span> ").Append(E(e.Headline)).Append("</h3>\n");
        if (e.Summary.Length > 0) sb.Append("<p class=\"summary\">").Append(E(e.Summary)).Append("</p>\n");
        sb.Append("<dl>");
        Fact(sb, "type", $"{e.EventType} / {e.SubEventType}");
        Fact(sb, "place", (Headlines.PlaceText(e) ?? "no place given") +
                          (e.Latitude is { } lat && e.Longitude is { } lon
                              ? $" ({lat.ToString("0.###", ci)}, {lon.ToString("0.###", ci)}; precision {e.GeoPrecision?.ToString(ci) ?? "?"})" : ""));
        Fact(sb, "actors", (e.Actor1 ?? "unnamed") + (e.Actor2 is null ? "" : " → " + e.Actor2));
        Fact(sb, "legend", e.Legend);
        if (e.Counts.Count > 0) Fact(sb, "counts", ReportMarkdown.CountsText(e));
        if (e.Fatalities is { } f) Fact(sb, "fatalities", f.ToString(ci));
        if (e.Hedges.Count > 0)
            Fact(sb, "hedged", (e.Hedged ? "" : "by some sources: ") + string.Join(", ", e.Hedges.Select(h => "\u201c" + h + "\u201d")));
        Fact(sb, "sources", $"{e.IndependentSources.ToString(ci)} independent, {e.Sources.Count.ToString(ci)} account(s)");
        sb.Append("</dl>\n<ol class=\"evidence\">\n");
        foreach (var s in e.Sources)
        {
            sb.Append("<li><a class=\"doc\" href=\"#doc-").Append(E(s.DocumentId)).Append("\">").Append(E(s.Publisher ?? s.Doc)).Append("</a> ")
              .Append("<small class=\"nowrap\">").Append(E($"{s.Doc} {s.Span.Start}-{s.Span.End}" + (s.Item is { } item ? $", item {item}" : ""))).Append("</small>")
              .Append("<blockquote>").Append(E(s.Evidence)).Append("</blockquote></li>\n");
        }
        sb.Append("</ol>\n");
        foreach (var c in e.Contradictions)
        {
            sb.Append("<p class=\"conflict\"><strong>Sources disagree on ").Append(E(ReportText.Attribute(c.Attribute))).Append(":</strong> ");
            Values(sb, c);
            sb.Append("</p>\n");
        }
        sb.Append("</article>\n");
    }

    private static void Trends(StringBuilder sb, SituationReport r, ReportArt art)
    {
        var (cur, prev) = (r.Trends.Current, r.Trends.Previous);
        var curLabel = Headlines.Day(new(cur.From, cur.To));
        var prevLabel = Headlines.Day(new(prev.From, prev.To));
        sb.Append("<section class=\"trends\" id=\"trends\"><h2>Trends</h2>\n<p>")
          .Append(E($"{ReportText.Plural(cur.Events, "event")} and {ReportText.Plural(cur.Fatalities, "reported fatality", "reported fatalities")} in {curLabel}, " +
                    $"against {ReportText.Plural(prev.Events, "event")} and {ReportText.Plural(prev.Fatalities, "reported fatality", "reported fatalities")} in {prevLabel}."))
          .Append("</p>\n");
        if (art.TrendsPng is { Length: > 0 } png)
            sb.Append("<figure><picture>")
              .Append(art.TrendsPngNarrow is { Length: > 0 } narrow
                  ? "<source media=\"(max-width:640px)\" srcset=\"data:image/png;base64," + Convert.ToBase64String(narrow) + "\">" : "")
              .Append("<img class=\"chart\" alt=\"")
              .Append(E($"Events by type and governorate, {curLabel} against {prevLabel}"))
              .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"></picture></figure>\n");
        sb.Append("<div class=\"cols\">");
        TrendTableHtml(sb, "Event type", TrendTable.Changes(cur.ByType, prev.ByType), curLabel, prevLabel);
        TrendTableHtml(sb, "Governorate", TrendTable.Changes(cur.ByGovernorate, prev.ByGovernorate), curLabel, prevLabel);
        sb.Append("</div></section>\n");
    }

    private static void TrendTableHtml(StringBuilder sb, string head, IReadOnlyList<TrendRow> rows, string cur, string prev)
    {
        var ci = CultureInfo.InvariantCulture;
        sb.Append("<div class=\"scroll\"><table class=\"trend\"><thead><tr><th>").Append(E(head)).Append("</th><th>").Append(E(cur))
          .Append("</th><th>").Append(E(prev)).Append("</th><th>change</th></tr></thead><tbody>");
        foreach (var row in rows)
            sb.Append("<tr><td>").Append(E(row.Key)).Append("</td><td class=\"n\">").Append(row.Current.ToString(ci))
              .Append("</td><td class=\"n\">").Append(row.Previous.ToString(ci)).Append("</td><td class=\"n\">").Append(E(ReportText.Signed(row.Change)))
              .Append("</td></tr>");
        sb.Append("</tbody></table></div>");
    }

    private static void Values(StringBuilder sb, ReportContradiction c)
    {
        var first = true;
        foreach (var v in c.Values)
        {
            if (!first) sb.Append("; ");
            first = false;
            sb.Append("<strong>").Append(E(v.Value)).Append("</strong> <small>(").Append(E($"{v.Doc} {v.Span.Start}-{v.Span.End}"))
              .Append(v.Reported is { } d ? E($", reported {d:yyyy-MM-dd}") : "").Append(")</small>");
        }
    }

    private static void Fact(StringBuilder sb, string term, string value) =>
        sb.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");

    /// <summary>Only web links become links: a document's URL could be anything (javascript:, file:).</summary>
    private static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? u.AbsoluteUri : null;

    /// <summary>HTML-encodes text for element content and quoted attributes (&amp; &lt; &gt; " ').</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private const string Css = """
        :root{--ink:#1d232b;--muted:#5b6570;--rule:#d5dae0;--accent:#1f4e79;--bg:#fff;--soft:#f3f5f7}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 "DejaVu Sans",Arial,Helvetica,sans-serif}
        main{max-width:980px;margin:0 auto;padding:16px}
        h1{font-size:1.6em;margin:.2em 0;color:var(--accent)}
        h2{font-size:1.2em;border-bottom:2px solid var(--accent);padding-bottom:2px;margin:1.4em 0 .6em;color:var(--accent)}
        h3{font-size:1em;margin:0 0 .3em;display:flex;gap:.5em;align-items:flex-start}
        .meta,.note,small{color:var(--muted)}
        .takeaway{background:var(--soft);border-left:4px solid var(--accent);padding:4px 16px 8px}
        .takeaway h2{border:0;margin-top:.6em}
        .takeaway ul{padding-left:1.2em;margin:.2em 0}
        .refs a,.num{font-weight:bold}
        a{color:var(--accent)}
        figure{margin:0}
        .map svg{display:block;width:100%;height:auto;max-height:1100px}
        .map figure.scroll{overflow-x:auto}
        .num{flex:0 0 auto;display:inline-block;min-width:1.8em;height:1.8em;line-height:1.8em;border-radius:50%;color:#fff;text-align:center;font-size:.85em}
        .event{border-top:1px solid var(--rule);padding:10px 0;break-inside:avoid;page-break-inside:avoid}
        .summary{margin:.2em 0 .4em}
        dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:2px 16px;margin:.3em 0;font-size:.9em}
        dl div{display:flex;gap:.4em;min-width:0}
        dt{color:var(--muted);flex:0 0 auto}
        dd{margin:0;overflow-wrap:break-word;min-width:0}
        .evidence{margin:.3em 0;padding-left:1.4em;font-size:.88em}
        blockquote{margin:.1em 0 .4em;padding-left:.6em;border-left:3px solid var(--rule);color:#333;overflow-wrap:break-word}
        .conflict{background:#fff4e5;border-left:4px solid #d9822b;padding:4px 8px;font-size:.9em;overflow-wrap:break-word}
        table{border-collapse:collapse;width:100%;font-size:.88em}
        th,td{text-align:left;border-bottom:1px solid var(--rule);padding:3px 6px;vertical-align:top;overflow-wrap:break-word}
        th{white-space:nowrap}
        td.what{min-width:8em}
        td.n,th.n{text-align:right;white-space:nowrap}
        .nowrap{white-space:nowrap}
        .scroll{overflow-x:auto;max-width:100%}
        .cols{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        img.chart{max-width:100%;height:auto;display:block}
        @media (max-width:640px){main{padding:10px}.cols{grid-template-columns:1fr}dl{grid-template-columns:1fr}.map svg{min-width:620px}}
        @page{size:A4;margin:12mm}
        @media print{body{font-size:10.5pt}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
          .map{break-inside:avoid;page-break-inside:avoid}.map svg{max-height:240mm}h2{break-after:avoid}}
        """;
}
