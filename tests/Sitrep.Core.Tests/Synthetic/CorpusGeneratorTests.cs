using System.Text;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Synthetic;

namespace Sitrep.Core.Tests.Synthetic;

/// <summary>The synthetic corpus behind `sitrep bench`: deterministic, streamed, sized and shaped like real reporting.</summary>
public class CorpusGeneratorTests
{
    private const int Sample = 300;

    private static CorpusGenerator Generator(int seed = 20200625) => new(ActorRegistry.Default, Gazetteer.Default) { Seed = seed };

    // One shared sample: generating is deterministic, so every test sees the same documents.
    private static readonly Lazy<IReadOnlyList<SyntheticDocument>> Docs = new(() => Generator().Generate(Sample).ToArray());

    private static bool Damaged(SyntheticDocument d) => d.Text.Contains('\uFFFD') || d.Text.Contains("-\n", StringComparison.Ordinal);

    [Fact]
    public void The_same_seed_and_count_give_byte_identical_documents()
    {
        var a = Generator().Generate(120).ToArray();
        var b = Generator().Generate(120).ToArray();
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].Name, b[i].Name);
            Assert.Equal(a[i].Text, b[i].Text, StringComparer.Ordinal);
            Assert.Equal(a[i].Published, b[i].Published);
        }
    }

    [Fact]
    public void A_different_seed_gives_different_documents()
    {
        var a = Generator(1).Generate(20).Select(d => d.Text).ToArray();
        var b = Generator(2).Generate(20).Select(d => d.Text).ToArray();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_shorter_run_is_a_prefix_of_a_longer_one()
    {
        var shorter = Generator().Generate(30).Select(d => d.Text).ToArray();
        var longer = Generator().Generate(90).Take(30).Select(d => d.Text).ToArray();
        Assert.Equal(shorter, longer);
    }

    [Fact]
    public void Generate_is_lazy_and_yields_exactly_the_count()
    {
        // A million documents would take minutes and gigabytes if materialised; taking five must not.
        Assert.Equal(5, Generator().Generate(1_000_000).Take(5).Count());
        Assert.Equal(Sample, Docs.Value.Count);
        Assert.Empty(Generator().Generate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator().Generate(-1));
    }

    [Fact]
    public void Every_document_is_between_2_and_15_KB_and_lengths_spread()
    {
        var sizes = Docs.Value.Select(d => Encoding.UTF8.GetByteCount(d.Text)).ToArray();
        Assert.All(sizes, s => Assert.InRange(s, 2 * 1024, 15 * 1024));
        Assert.Contains(sizes, s => s < 5 * 1024);
        Assert.Contains(sizes, s => s > 10 * 1024);
    }

    [Fact]
    public void Both_kinds_appear_with_their_layouts()
    {
        var sitreps = Docs.Value.Where(d => d.Kind == "sitrep").ToArray();
        var news = Docs.Value.Where(d => d.Kind == "news").ToArray();
        Assert.True(sitreps.Length >= 10, $"{sitreps.Length} sitreps");
        Assert.True(news.Length >= 100, $"{news.Length} news");
        Assert.All(sitreps, d =>
        {
            Assert.Contains("Situation Report", d.Text.Split('\n')[0], StringComparison.Ordinal);
            Assert.Contains("Key Takeaway:", d.Text, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^1 [A-Z][a-z]{2} \d{1,2}: ", d.Text);
        });
        Assert.All(news, d => Assert.Matches(@"(?m)^(Published: )?[A-Z][a-z]+ \d{1,2}, \d{4}$", d.Text));
        Assert.Equal(Docs.Value.Count, Docs.Value.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_share_of_documents_carries_PDF_damage_and_the_rest_is_clean()
    {
        var docs = Docs.Value;
        var ligatures = docs.Count(d => d.Text.Contains('\uFFFD'));
        var hyphenated = docs.Count(d => d.Text.Contains("-\n", StringComparison.Ordinal));
        var clean = docs.Count(d => !Damaged(d));
        Assert.True(ligatures >= 30, $"{ligatures} with U+FFFD");
        Assert.True(hyphenated >= 30, $"{hyphenated} with hyphenated line breaks");
        Assert.InRange(clean, docs.Count / 2, docs.Count * 9 / 10);
        // A damaged document is hard-wrapped: no line much longer than the column.
        var wrapped = docs.First(d => d.Text.Contains("-\n", StringComparison.Ordinal));
        Assert.All(wrapped.Text.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void The_same_event_is_told_by_several_documents_with_differing_figures()
    {
        var accounts = Docs.Value.SelectMany(d => d.Events.Select(e => (Doc: d, Event: e))).ToArray();
        var multi = accounts.GroupBy(a => a.Event.EventId).Where(g => g.Select(a => a.Doc.Name).Distinct().Count() >= 2).ToArray();
        Assert.True(multi.Length >= 50, $"{multi.Length} events told more than once");
        Assert.Contains(multi, g => g.Select(a => a.Event.ToldCount).Where(c => c is not null).Distinct().Count() >= 2);
        Assert.Contains(multi, g => g.Select(a => a.Event.ToldDay).Distinct().Count() >= 2);
        Assert.Contains(accounts, a => a.Event.Hedged);
        // Accounts of one event agree on what and where; nobody reports a day after publishing.
        Assert.All(multi, g => Assert.Single(g.Select(a => (a.Event.Kind, a.Event.PlaceId)).Distinct()));
        Assert.All(accounts, a => Assert.True(a.Event.ToldDay <= a.Doc.Published, $"{a.Doc.Name}: {a.Event.ToldDay}"));
        // The figure recorded is the one written (checked on clean texts, where no line break splits it).
        Assert.All(accounts.Where(a => a.Event.ToldCount is { } c && c != "0" && !Damaged(a.Doc)),
            a => Assert.Contains(a.Event.ToldCount!, a.Doc.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_extraction_pipeline_finds_events_in_most_documents_and_every_sitrep_item()
    {
        var docs = Docs.Value.Take(40).Concat(Docs.Value.Where(d => d.Kind == "sitrep").Take(10)).ToArray();
        var withEvents = 0;
        foreach (var d in docs)
        {
            var x = EventExtraction.Default.Run(new RawDocument { FileName = d.Name, Format = "text", Text = d.Text, Published = d.Published }, "id");
            if (x.Events.Count > 0) withEvents++;
            if (d.Kind == "sitrep") Assert.Equal(d.Events.Count, x.Segments.Items.Count);
        }
        Assert.True(withEvents >= docs.Length * 8 / 10, $"{withEvents} of {docs.Length} documents with events");
    }
}
