using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>
/// Feeds the whole pipeline text assembled from the pieces that trip parsers (item markers, month names, impossible
/// dates, lone hyphens and U+FFFD, bullets, blank lines) and checks it never throws and every span stays valid.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "1 ", "12   ", "3  Jun 31: ", "5 Feb 30-31: ", "7 Sept 2 - Oct. 40: ", "July 8 - 14, 2020", "Aug. 19-25",
        "Key Takeaway: ", "Key Takeaway:", "\uFFFD", "\uFFFDe ", "o\uFFFDcial ", "al-", "-", "-\n", "-\n\n", "\n", "\n\n", "\r\n",
        "  ", "\t", "• ", "* ", "U.S. ", "Gen. ", "No. ", "4.38 ", "(", ")", "“", "”", "\"", ". ", "? ", "! ", ":", "Iraq ",
        "Baghdad ", "the ", "Forces ", "Kata’ib ", "Hezbollah ", "militia ", "desig", "nated ", "Situation Report: June 24-30, 2020\n\n",
        "Skip to content\n", "July 6, 2020\n", "0 ", "99 ", "2020 ", "1999 ", "\u00A0", "\u200B", "\uD83D\uDE00", "\uD800",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_damaged_text_never_breaks_the_pipeline(int seed)
    {
        var rng = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 120);
            for (var i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
            var raw = sb.ToString();
            if (raw.Trim().Length == 0) raw = "x";

            var doc = DocumentPipeline.Default.Build(new RawDocument { FileName = "fuzz.txt", Format = "text", Text = raw }, "id");
            Assert.Equal(doc.Text.Length, doc.Map.Length);
            var segments = DocumentPipeline.Default.Segment(doc);
            foreach (var s in segments.Sentences)
                Assert.InRange(s.Span.End, s.Span.Start, doc.Text.Length);
            foreach (var item in segments.Items)
            {
                Assert.InRange(item.RawSpan.Start, 0, raw.Length);
                Assert.InRange(item.RawSpan.End, item.RawSpan.Start, raw.Length);
                Assert.True(item.RawSpan.Contains(item.RawBodySpan) || item.RawBodySpan.IsEmpty, $"round {round}: body outside item");
            }
            var items = segments.Items.OrderBy(i => i.RawSpan.Start).ToList();
            for (var i = 1; i < items.Count; i++)
                Assert.True(items[i - 1].RawSpan.End <= items[i].RawSpan.Start, $"round {round}: items overlap in {Escape(raw)}");
            if (doc.Period is { } p) Assert.True(p.Start <= p.End);

            // The recognizers take the same text, with and without a date to anchor relative expressions.
            var anchored = round % 2 == 0 ? doc with { Published = new DateOnly(2020, 2, 29) } : doc;
            var notes = Sitrep.Core.Recognition.Annotator.Default.Annotate(anchored, segments);
            foreach (var m in notes.Places.Select(x => x.Span).Concat(notes.Actors.Select(x => x.Span))
                         .Concat(notes.Dates.Select(x => x.Span)).Concat(notes.Quantities.Select(x => x.Span)))
                Assert.InRange(m.End, m.Start, doc.Text.Length);
        }
    }

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\r", "\\r");
}
