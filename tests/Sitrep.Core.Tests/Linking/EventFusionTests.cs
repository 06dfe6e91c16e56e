using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

public class EventFusionTests
{
    private static Dictionary<string, double> Detained(double n) => new() { ["detained"] = n };

    [Fact]
    public void TwoDocumentsByOnePublisherCountAsOneIndependentSource()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a"), "Institute for the Study of War", On(6, 26)),
            Link("b#0", RaidB("doc-b"), "Institute for the Study of War", On(6, 30)),
        ], Registry);
        Assert.Equal(1, fused.IndependentSources);
    }

    [Fact]
    public void PublisherIsComparedCaseInsensitivelyAndDocumentsWithoutPublisherCountByDocument()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a"), "Institute for the Study of War", On(6, 26)),
            Link("b#0", RaidB("doc-b"), "institute for the study of war", On(6, 30)),
            Link("c#0", RaidB("doc-c"), "Rudaw", On(6, 27)),
            Link("d#0", RaidB("doc-d"), null, On(6, 27)),
            Link("e#0", RaidB("doc-e"), null, On(6, 28)),
        ], Registry);
        Assert.Equal(4, fused.IndependentSources);
    }

    [Fact]
    public void EarliestReportIsTheMinimumPublishedDate()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a"), "ISW", On(6, 30)),
            Link("b#0", RaidB("doc-b"), "Rudaw", On(6, 26)),
            Link("c#0", RaidB("doc-c"), "AP", null),
        ], Registry);
        Assert.Equal(On(6, 26), fused.EarliestReport);
        Assert.Equal("ev-1", fused.Id);
        Assert.Equal(3, fused.Mentions.Count);
    }

    [Fact]
    public void EarliestReportIsNullWhenNoSourceIsDated()
    {
        var fused = EventFusion.Fuse("ev-1", [Link("a#0", RaidA()), Link("b#0", RaidB())], Registry);
        Assert.Null(fused.EarliestReport);
    }

    [Fact]
    public void ValuesAreListedBestSupportedFirst()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a", date: Day(6, 26))),
            Link("b#0", RaidA("doc-b", date: Day(6, 25)) with { Actor1 = Isf }),
            Link("c#0", RaidA("doc-c", date: Day(6, 25), location: Karrada) with { Actor1 = Isf }),
        ], Registry);
        Assert.Equal(Day(6, 25), fused.Dates[0].Value);
        Assert.Equal(["b#0", "c#0"], fused.Dates[0].MentionKeys);
        Assert.Equal(Day(6, 26), fused.Dates[1].Value);
        Assert.Equal(Isf.Name, fused.Actor1[0].Value);
        Assert.Equal(Cts.Name, fused.Actor1[1].Value);
        Assert.Equal("Dora", fused.Places[0].Value.Name);
        Assert.Equal(2, fused.Places[0].MentionKeys.Count);
        Assert.Equal(Kh.Name, Assert.Single(fused.Actor2).Value);
        Assert.Equal(new AcledTypeName(AcledType.Strategic, "Arrests"), Assert.Single(fused.Types).Value);
    }

    [Fact]
    public void CountsListTheLowestFigureFirstAmongEquallySupportedValues()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a") with { Counts = Detained(16) }),
            Link("b#0", RaidB("doc-b") with { Counts = Detained(12) }),
            Link("c#0", RaidB("doc-c") with { Counts = Detained(14) }),
        ], Registry);
        Assert.Equal([12.0, 14.0, 16.0], fused.Counts["detained"].Select(v => v.Value));
    }

    [Fact]
    public void ABetterSupportedCountComesBeforeALowerOne()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a") with { Counts = Detained(14) }),
            Link("b#0", RaidB("doc-b") with { Counts = Detained(12) }),
            Link("c#0", RaidB("doc-c") with { Counts = Detained(14) }),
        ], Registry);
        var detained = fused.Counts["detained"];
        Assert.Equal(14.0, detained[0].Value);
        Assert.Equal(["a#0", "c#0"], detained[0].MentionKeys);
        Assert.Equal(12.0, detained[1].Value);
    }

    [Fact]
    public void FusionCarriesTheContradictionsOfItsMentions()
    {
        var fused = EventFusion.Fuse("ev-1",
        [
            Link("a#0", RaidA("doc-a") with { Counts = new Dictionary<string, double> { ["released"] = 11 } }, "ISW", On(6, 26)),
            Link("b#0", RaidB("doc-b") with { Counts = new Dictionary<string, double> { ["released"] = 13 } }, "Rudaw", On(6, 29)),
        ], Registry);
        Assert.Contains(fused.Contradictions, c => c.Attribute == "count:released");
    }
}
