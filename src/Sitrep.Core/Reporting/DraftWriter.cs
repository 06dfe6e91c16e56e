using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Reporting;

/// <summary>
/// A first situation-report draft from stored documents: the period covered, the key takeaways, the numbered items of
/// every situation report in date order, the other sources, and a source table. Each line cites its document and the
/// span of the original text it came from, so an analyst can check it. Event-based reports replace this later.
/// </summary>
public static class DraftWriter
{
    public static string Write(IReadOnlyList<(Document Doc, DocumentSegments Segments)> docs, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        var periods = docs.Select(d => d.Doc.Period).OfType<DateRange>().ToList();
        // A document's reporting period says what it covers; its publication date only stands in when it has none.
        var dated = docs.Where(d => d.Doc.Period is null).Select(d => d.Doc.Published).OfType<DateOnly>().ToList();
        var starts = periods.Select(p => p.Start).Concat(dated).ToList();
        var ends = periods.Select(p => p.End).Concat(dated).ToList();
        var title = starts.Count > 0
            ? $"Situation report draft: {starts.Min().ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} to {ends.Max().ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}"
            : "Situation report draft";
        sb.AppendLine($"# {title}").AppendLine();
        sb.AppendLine($"_Compiled by Sitrep from {docs.Count} document(s) on {now:yyyy-MM-dd HH:mm} UTC. A draft for review: " +
                      "items are quoted from their sources, with the source and the span of its original text._").AppendLine();

        var reports = docs.Where(d => d.Segments.Items.Count > 0)
            .OrderBy(d => d.Doc.Period?.Start ?? d.Doc.Published ?? DateOnly.MaxValue).ThenBy(d => d.Doc.FileName, StringComparer.Ordinal)
            .ToList();

        var takeaways = docs.Where(d => d.Segments.KeyTakeaway is not null).ToList();
        if (takeaways.Count > 0)
        {
            sb.AppendLine("## Key takeaways").AppendLine();
            foreach (var (doc, seg) in takeaways)
            {
                var span = seg.KeyTakeaway!.Value;
                sb.AppendLine($"- {Markdown.Escape(doc.Text.Substring(span.Start, span.Length))} " +
                              $"({Cite(doc, doc.Map.ToRaw(span))})");
            }
            sb.AppendLine();
        }

        if (reports.Count > 0)
        {
            sb.AppendLine("## Numbered events").AppendLine();
            var n = 0;
            foreach (var (doc, seg) in reports)
                foreach (var item in seg.Items)
                    sb.AppendLine($"{++n}. **{Markdown.Escape(item.DateText)}**: {Markdown.Escape(item.Headline)} " +
                                  $"({Cite(doc, item.RawSpan)}, item {item.Number})");
            sb.AppendLine();
        }

        var others = docs.Where(d => d.Segments.Items.Count == 0).ToList();
        if (others.Count > 0)
        {
            sb.AppendLine("## Other reporting").AppendLine();
            foreach (var (doc, seg) in others)
            {
                // The lead: the first full sentence, not the title line repeated in the text.
                var lead = seg.Sentences.FirstOrDefault(s => s.Span.Length > 60
                    && !doc.Text.AsSpan(s.Span.Start, s.Span.Length).Trim().SequenceEqual((doc.Title ?? "").AsSpan().Trim()));
                var leadText = lead.Span.IsEmpty ? "" : doc.Text.Substring(lead.Span.Start, lead.Span.Length);
                sb.AppendLine($"- **{Markdown.Escape(doc.Title ?? doc.FileName)}** ({doc.Kind.Label()}" +
                              (doc.Published is { } p ? $", {p:yyyy-MM-dd}" : "") + $"): {Markdown.Escape(leadText)} " +
                              (lead.Span.IsEmpty ? "" : $"({Cite(doc, doc.Map.ToRaw(lead.Span))})"));
            }
            sb.AppendLine();
        }

        sb.AppendLine("## Sources").AppendLine();
        sb.AppendLine("| # | document | kind | publisher | date or period | id |");
        sb.AppendLine("|---|---|---|---|---|---|");
        var i = 0;
        foreach (var (doc, _) in docs)
        {
            var when = doc.Period?.ToString() ?? doc.Published?.ToString("yyyy-MM-dd") ?? "";
            sb.AppendLine($"| {++i} | {Markdown.Escape(doc.Title ?? doc.FileName)} ({Markdown.Escape(doc.FileName)}) | {doc.Kind.Label()} | " +
                          $"{Markdown.Escape(doc.Source)} | {when} | `{doc.Id[..12]}` |");
        }
        return sb.ToString();
    }

    private static string Cite(Document doc, Text.TextSpan rawSpan) => $"{Markdown.Escape(doc.FileName)} {rawSpan.Start}-{rawSpan.End}";
}
