using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

public class CorpusLinkerTests
{
    private static Document Doc(string id, string source, DateOnly? published, DateRange? period = null)
    {
        var text = new string('x', 400);
        return new Document
        {
            Id = id, FileName = id + ".txt", Source = source, Kind = DocumentKind.Article, Published = published, Period = period,
            Format = "text", RawText = text, Text = text, Map = OffsetMap.Identity(text.Length),
        };
    }

    [Fact]
    public void LinksABatchAndSetsEventIdOnEveryMention()
    {
        var docs = new List<DocumentMentions>
        {
            new(Doc("doc-a", "Institute for the Study of War", On(6, 26)), "isw-0626", [RaidA("doc-a"), RaidA("doc-a", start: 300, location: Basra)]),
            new(Doc("doc-b", "Rudaw", null, Days(6, 22, 28)), "rudaw", [RaidB("doc-b")]),
        };
        var linked = CorpusLinker.Link(docs, Registry, out var events);
        Assert.Equal(3, linked.Count);
        Assert.All(linked, m => Assert.False(string.IsNullOrEmpty(m.Mention.EventId)));
        Assert.Equal(["isw-0626#0", "isw-0626#1", "rudaw#0"], linked.Select(m => m.Key));
        var byKey = linked.ToDictionary(m => m.Key);
        Assert.Equal(byKey["isw-0626#0"].Mention.EventId, byKey["rudaw#0"].Mention.EventId);
        Assert.NotEqual(byKey["isw-0626#0"].Mention.EventId, byKey["isw-0626#1"].Mention.EventId);
        // Publisher from Document.Source; report date from Published, else the period's end.
        Assert.Equal("Rudaw", byKey["rudaw#0"].Publisher);
        Assert.Equal(On(6, 28), byKey["rudaw#0"].Published);
        Assert.Equal(2, events.Count);
        var raid = Assert.Single(events, e => e.Mentions.Count == 2);
        Assert.Equal(byKey["rudaw#0"].Mention.EventId, raid.Id);
        Assert.Equal(2, raid.IndependentSources);
        Assert.Equal(On(6, 26), raid.EarliestReport);
        Assert.All(raid.Mentions, m => Assert.Equal(raid.Id, m.Mention.EventId));
    }

    [Fact]
    public void LinkingTheSameBatchTwiceGivesTheSameIds()
    {
        IReadOnlyList<DocumentMentions> Batch() =>
        [
            new(Doc("doc-a", "ISW", On(6, 26)), "isw", [RaidA("doc-a"), RaidA("doc-a", start: 300, location: Basra)]),
            new(Doc("doc-b", "Rudaw", On(6, 27)), "rudaw", [RaidB("doc-b")]),
        ];
        var first = CorpusLinker.Link(Batch(), Registry, out _).Select(m => m.Mention.EventId);
        var second = CorpusLinker.Link(Batch(), Registry, out _).Select(m => m.Mention.EventId);
        Assert.Equal(first, second);
    }
}
