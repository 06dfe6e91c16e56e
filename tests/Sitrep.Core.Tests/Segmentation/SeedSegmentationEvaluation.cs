using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Segmentation;

/// <summary>
/// Evaluates segmentation and metadata on the five shared seed documents (two ISW situation reports, an index page,
/// a web article and a brief). Uses the project's normaliser when it is built into Sitrep.Core, else the raw text.
/// </summary>
public sealed class SeedSegmentationEvaluation(ITestOutputHelper output)
{
    private static readonly string[] Seeds = ["000", "001", "002", "003", "004"];

    private (NormalisedText Text, DocumentSegments Segments, DocumentMetadata Meta) Run(string seed)
    {
        var raw = SeedFiles.Read(seed);
        var text = new TextNormaliser().Normalise(raw);
        var segments = new DocumentSegmenter().Segment(text);
        var meta = new DocumentMetadataDetector().Detect(text, segments);
        return (text, segments, meta);
    }

    [SeedFact]
    public void Prints_what_each_seed_gives()
    {
        foreach (var seed in Seeds)
        {
            var (text, segments, meta) = Run(seed);
            output.WriteLine($"{seed}: {segments.Items.Count} items [{string.Join(",", segments.Items.Select(i => i.Number))}], " +
                             $"U+FFFD {text.Raw.Count(c => c == '\uFFFD')} in raw, {text.Text.Count(c => c == '\uFFFD')} remain, " +
                             $"{segments.Sentences.Count} sentences, {segments.Sections.Count} sections, key takeaway: {segments.KeyTakeaway is not null}");
            output.WriteLine($"     kind={meta.Kind} title=\"{meta.Title}\" published={meta.Published:yyyy-MM-dd} period={meta.Period} source={meta.Source}");
            foreach (var item in segments.Items)
                output.WriteLine($"     {item.Number,2} {item.DateText,-11} | {item.Headline} | body {item.Body.Length} chars: {Head(item.Body)}");
            Assert.Equal(text.Text.Length, text.Map.Length);
        }
    }

    [SeedFact]
    public void Situation_reports_give_items_one_to_eleven_in_order_without_overlap()
    {
        foreach (var seed in new[] { "000", "001" })
        {
            var (text, segments, _) = Run(seed);
            Assert.Equal(Enumerable.Range(1, 11), segments.Items.Select(i => i.Number));
            foreach (var a in segments.Items)
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Headline), $"{seed} item {a.Number} has no headline");
                Assert.True(a.Body.Length > 100, $"{seed} item {a.Number} body too short: {a.Body}");
                Assert.True(char.IsUpper(a.Headline[0]), $"{seed} item {a.Number} headline: {a.Headline}");
                // The headline is the title-case first sentence, not a run into the body.
                Assert.InRange(a.Headline.Split(' ').Length, 4, 40);
                var rawHeadline = a.RawHeadlineSpan.Slice(text.Raw).ToString();
                Assert.Contains(a.Headline.Split(' ')[0], rawHeadline);
                foreach (var b in segments.Items)
                    if (!ReferenceEquals(a, b))
                    {
                        Assert.False(a.RawBodySpan.Overlaps(b.RawBodySpan), $"{seed}: bodies of {a.Number} and {b.Number} overlap");
                        Assert.False(a.RawSpan.Overlaps(b.RawSpan), $"{seed}: items {a.Number} and {b.Number} overlap");
                    }
            }
        }
    }

    [SeedFact]
    public void Item_dates_and_headlines_are_right()
    {
        var first = Run("000").Segments.Items;
        Assert.Equal("Jun 24", first[0].DateText);
        Assert.Equal("Jun 25-26", first[4].DateText);
        Assert.StartsWith("Iraqi Parliament Approves Stimulus Package", first[0].Headline);
        Assert.EndsWith("Paying Government Salaries", first[0].Headline);
        // Item 8 of 000 has a blank line after every line, one inside the headline.
        Assert.EndsWith("Hezbollah Detainees", first[7].Headline);
        Assert.EndsWith("Entrenched Interests and Corruption", first[8].Headline);
        Assert.EndsWith("the airport on that date.", first[3].Body);

        var second = Run("001").Segments.Items;
        Assert.Equal("July 08-14", second[0].DateText);
        Assert.Equal("July 11-13", second[7].DateText);
        Assert.EndsWith("under Kadhimi Reshuffling", second[2].Headline);
        Assert.EndsWith("in the Heroes of Iraq operations.", second[7].Body);
    }

    [SeedFact]
    public void Metadata_matches_the_gold()
    {
        // Expected values come from the gold annotation at test time, so no title of a reference document lives here.
        using var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SeedFiles.GoldPath!));
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = doc.GetProperty("file").GetString()!;
            var (_, segments, meta) = Run(file[..3]);
            output.WriteLine($"{file}: kind={meta.Kind.Code()} title=\"{meta.Title}\" period={meta.Period} published={meta.Published} source={meta.Source}");

            Assert.Equal(doc.GetProperty("kind").GetString(), meta.Kind.Code());
            // Gold titles of index pages carry an editor's gloss in brackets: the detected title is its start.
            Assert.False(string.IsNullOrWhiteSpace(meta.Title), $"{file}: no title");
            Assert.StartsWith(meta.Title!, doc.GetProperty("title").GetString()!);
            Assert.Equal(Date(doc, "period_start"), meta.Period?.Start);
            Assert.Equal(Date(doc, "period_end"), meta.Period?.End);
            Assert.Equal(Date(doc, "published"), meta.Published);
            // Gold sources read "Name (ABBR)"; an index page that names no publisher may have none.
            if (meta.Source is not null) Assert.StartsWith(meta.Source, doc.GetProperty("source").GetString()!);
            else Assert.Equal(DocumentKind.IndexPage, meta.Kind);
            if (meta.Kind == DocumentKind.IndexPage) Assert.Equal(9, segments.Sections.Count);
        }
    }

    private static DateOnly? Date(System.Text.Json.JsonElement doc, string name) =>
        doc.GetProperty(name).GetString() is { } s ? DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Head(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
