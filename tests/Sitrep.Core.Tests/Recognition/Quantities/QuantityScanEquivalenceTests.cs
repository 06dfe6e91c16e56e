using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Synthetic;
using Sitrep.Core.Tests.Seeds;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Quantities;

/// <summary>
/// <see cref="QuantityRecognizer"/> tokenises only around digits and number words; it must find exactly what trying every
/// token of the range finds (<see cref="QuantityRecognizer.RecognizeByFullScan"/>), whatever the text, range and dates.
/// </summary>
public sealed class QuantityScanEquivalenceTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    // Numbers, their qualifiers, units and look-alikes, and plenty of filler to skip.
    private static readonly string[] Vocabulary =
    [
        "2,200", "4.19", "14", "5", "10", "1", "2020", "2000", "107mm", "8%", "$5", "US$5", "COVID-19", "F-16", "10:30", "3/4",
        "#3", "A4", "5th", "1990s", "one", "One", "two", "ten", "Twenty", "twenty-one", "forty", "several", "dozens", "Dozens",
        "tens", "scores", "hundreds", "thousands", "millions", "a", "A", "an", "An", "dozen", "hundred", "thousand", "million",
        "billion", "few", "number", "handful", "couple", "of", "the", "out", "at", "least", "no", "fewer", "than", "more", "up",
        "to", "as", "many", "an estimated", "estimated", "over", "about", "some", "nearly", "-", "\u2013", "killed", "injured",
        "were", "was", "reportedly", "people", "fighters", "fighter", "rocket", "rockets", "members", "KH", "MPs", "IEDs",
        "attacks", "force", "Katyusha", "km", "kilometres", "percent", "per", "cent", "US", "dollars", "pm", "a.m.", "p", "m",
        "Article", "Phase", "Brigade", "No.", "June", "July 5", "on", "in", "said", "often", "someone", "Nineveh", "seventh",
        "severe", "tenfold", "fortnight", "numbers", "\u201d", "\u201c", "\"", "'", "(", ")", ".", ",", ":", ";", "ſix", "ÖZ",
        "Baghdad", "police", "militants", "fired", "near", "checkpoint", "protesters", "gathered", "and",
        // Context that reaches furthest back from a number.
        "no fewer than", "no more than", "as many as", "at least", "a dozen", "an estimated", "No. 3", "US$ 5", "at least US$5",
    ];

    private static readonly string[] Filler = ["the", "Baghdad", "police", "said", "on", "near", "and", "(the)", "“the”", "it's"];

    private static readonly string[] Separators = [" ", " ", " ", " ", " ", "", "\n", "\n\n", ". ", ", ", "  ", "\n1. ", " (", ") ", "-", "\t"];

    [Fact]
    public void Finds_what_the_full_scan_finds_in_generated_text()
    {
        var random = new Random(20201126);
        for (var n = 0; n < 20000; n++)
        {
            var text = RandomText(random);
            var a = random.Next(text.Length + 1);
            var b = a + random.Next(text.Length - a + 1);
            foreach (var range in new[] { new TextSpan(0, text.Length), new TextSpan(a, b) })
            {
                Compare(text, range, null);
                Compare(text, range, RandomDates(random, range));
            }
        }
    }

    [Fact]
    public void Finds_what_the_full_scan_finds_in_the_synthetic_corpus()
    {
        var random = new Random(7);
        var dates = new DateRecognizer();
        foreach (var doc in new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = 20200625 }.Generate(300))
            CompareDocument(doc.Text, random, dates);
    }

    [SeedFact]
    public void Finds_what_the_full_scan_finds_in_the_seeds()
    {
        var random = new Random(11);
        var dates = new DateRecognizer();
        foreach (var file in SeedFiles.All()) CompareDocument(File.ReadAllText(file), random, dates);
    }

    private static void CompareDocument(string text, Random random, DateRecognizer dates)
    {
        var whole = new TextSpan(0, text.Length);
        Compare(text, whole, null);
        var context = new DateContext(new DateOnly(2020, 7, 6), null);
        Compare(text, whole, dates.Recognize(text, whole, context).Select(d => d.Span).ToList());
        for (var k = 0; k < 20; k++)
        {
            var a = random.Next(text.Length + 1);
            var range = new TextSpan(a, a + random.Next(Math.Min(2000, text.Length - a) + 1));
            Compare(text, range, null);
            Compare(text, range, RandomDates(random, range));
        }
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 60);
        for (var k = 0; k < count; k++)
        {
            if (k > 0) sb.Append(Separators[random.Next(Separators.Length)]);
            // Stretches without candidates, so the scan restarts often.
            sb.Append(random.Next(2) == 0 ? Filler[random.Next(Filler.Length)] : Vocabulary[random.Next(Vocabulary.Length)]);
        }
        return sb.ToString();
    }

    // Spans in text order, not overlapping, anywhere in the range (both scans take them as given).
    private static List<TextSpan> RandomDates(Random random, TextSpan range)
    {
        var spans = new List<TextSpan>();
        var at = range.Start;
        while (random.Next(3) != 0 && at < range.End)
        {
            var start = at + random.Next(range.End - at);
            var end = Math.Min(range.End, start + random.Next(1, 12));
            spans.Add(new TextSpan(start, end));
            at = end;
        }
        return spans;
    }

    private static void Compare(string text, TextSpan range, IReadOnlyList<TextSpan>? dates)
    {
        var expected = Describe(Recognizer.RecognizeByFullScan(text, range, dates));
        var actual = Describe(Recognizer.Recognize(text, range, dates));
        Assert.True(expected.SequenceEqual(actual),
            $"\"{text}\" {range}: full scan [{string.Join(", ", expected)}], windowed [{string.Join(", ", actual)}]");
    }

    private static string[] Describe(IReadOnlyList<QuantityMention> found) => found.Select(m => m.ToString()).ToArray();
}
