using System.Globalization;
using System.Text;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Recognition.Dates;

/// <summary>
/// Runs the date and quantity recognizers over the shared evaluation data and prints what they find: the GTD summaries
/// (first date found vs the coded date) and the five seeds (a sample of dates and quantities, read by eye).
/// </summary>
public sealed class RecognitionEvaluation(ITestOutputHelper output)
{
    [SeedFact]
    public void Prints_dates_and_quantities_on_gtd_and_seeds()
    {
        var dates = new DateRecognizer();
        var quantities = new QuantityRecognizer();

        if (GtdRows.Path is not null)
        {
            var rows = GtdRows.Read();
            int total = 0, equal = 0, others = 0;
            var misses = new List<string>();
            var sample = new List<string>();
            var seen = new HashSet<string>();
            foreach (var row in rows)
            {
                total++;
                var coded = row.Date;
                var found = dates.Recognize(row.Summary, DateContext.None);
                if (found.Count > 0 && found[0].Range == new DateRange(coded, coded)) equal++;
                else if (misses.Count < 5) misses.Add($"{coded:yyyy-MM-dd}: {(found.Count > 0 ? found[0].Text + " → " + found[0].Range : "none")} | {Head(row.Summary)}");
                // The dates inside the summary, read against the coded day as the item date.
                var context = new DateContext(coded, null, new DateRange(coded, coded));
                foreach (var m in dates.Recognize(row.Summary, context).Skip(1))
                {
                    others++;
                    if (sample.Count < 30 && seen.Add(m.Text)) sample.Add($"{coded:yyyy-MM-dd}  \"{m.Text}\" → {m.Range} p{(int)m.Precision}{(m.Relative ? " rel" : "")}");
                }
            }
            output.WriteLine($"GTD: first date found equals the coded date in {equal}/{total} summaries ({100.0 * equal / total:0.0}%); {others} further dates");
            foreach (var m in misses) output.WriteLine("  miss " + m);
            foreach (var s in sample) output.WriteLine("  " + s);
            Assert.True(equal >= total * 0.95, "the GTD date header should nearly always be found");
        }
        else output.WriteLine("GTD file not found; GTD figure skipped");

        foreach (var file in SeedFiles.All())
        {
            var text = new TextNormaliser().Normalise(File.ReadAllText(file));
            var segments = new DocumentSegmenter().Segment(text);
            var meta = new DocumentMetadataDetector().Detect(text, segments);
            var context = new DateContext(meta.Published, meta.Period);
            var found = new List<DateMention>();
            if (segments.Items.Count > 0)
                foreach (var item in segments.Items)
                {
                    // Each numbered item's dates are read against its own header date.
                    var itemDate = DateExpressions.ParsePeriod(item.DateText, (meta.Period?.End ?? meta.Published)?.Year);
                    found.AddRange(dates.Recognize(text.Text, item.Span, context with { ItemDate = itemDate }));
                }
            else found.AddRange(dates.Recognize(text.Text, context));
            var counts = quantities.Recognize(text.Text);
            output.WriteLine($"{Path.GetFileName(file)}: published {meta.Published:yyyy-MM-dd}, period {meta.Period}; {found.Count} dates, {counts.Count} quantities");
            foreach (var m in found.Take(30))
                output.WriteLine($"   date \"{Flat(m.Text)}\" → {m.Range} p{(int)m.Precision}{(m.Relative ? " rel" : "")}");
            foreach (var q in counts.Take(40))
                output.WriteLine($"   qty  \"{Flat(q.Text)}\" = {q.Value}{(q.Vague ? " (vague)" : "")} unit={q.Unit} qual={q.Qualifier} role={QuantityRoles.Classify(text.Text, q)}" +
                                 (q.Unit is null ? $"  ← \"{Flat(Around(text.Text, q.Span))}\"" : ""));
            foreach (var m in found) Assert.Equal(m.Text, m.Span.Slice(text.Text).ToString());
            foreach (var q in counts) Assert.Equal(q.Text, q.Span.Slice(text.Text).ToString());
        }
    }

    private static string Around(string text, Sitrep.Core.Text.TextSpan span) =>
        text[Math.Max(0, span.Start - 50)..Math.Min(text.Length, span.End + 40)];

    private static string Flat(string s) => s.Replace('\n', ' ');
    private static string Head(string s) => s.Length > 90 ? s[..90] + "…" : s;

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.</summary>
}
