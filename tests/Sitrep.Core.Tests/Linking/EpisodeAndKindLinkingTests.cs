using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

/// <summary>
/// Episodes (one act a source split per province, joined by another source's summary), "Other" acts of different
/// kinds, collective actors, and a leader's announced decision with the order that carries it out.
/// </summary>
public class EpisodeAndKindLinkingTests
{
    private static readonly EventActor Protesters = new("Protesters (Iraq)", "protesters-iraq");
    private static readonly EventActor IranBacked = new("Iranian proxy militias", "iran-aligned-militias");
    private static readonly EventLocation Maysan = new("Amarah", null, "Iraq", "Maysan", null, 31.84, 47.14, 3);
    private static readonly EventLocation DhiQar = new("Nasiriyah", null, "Iraq", "Dhi Qar", null, 31.05, 46.26, 3);

    private const string SplitSentence = "Large protests over power cuts filled the streets of Basra, Maysan and Dhi Qar all week.";

    /// <summary>One sentence of doc-a split per governorate: same span, trigger, kind and dates, different places.</summary>
    private static LinkMention Sibling(int n, EventLocation place) =>
        Link($"a#{n}", Mention("doc-a", SplitSentence, 10, Days(7, 8, 14), eventType: AcledType.Protests, subEventType: "Peaceful protest",
            kind: "protest", actor1: Protesters, location: place));

    private static LinkMention Summary(EventLocation place) =>
        Link("b#0", Mention("doc-b", "Demonstrations against the electricity shortages spread across the south of the country.", 300,
            Days(7, 8, 14), eventType: AcledType.Protests, subEventType: "Peaceful protest", kind: "protest", actor1: Protesters, location: place));

    [Fact]
    public void ASummaryFromAnotherSourceJoinsTheProvincesOneSentenceWasSplitInto()
    {
        var siblings = new[] { Sibling(0, Basra), Sibling(1, Maysan), Sibling(2, DhiQar) };
        foreach (var order in new[] { siblings.Append(Summary(SouthernIraq)), siblings.Prepend(Summary(SouthernIraq)) })
        {
            var links = new EventLinker(Registry).AddRange(order.ToList());
            Assert.Single(links.Select(l => l.EventId).Distinct());
        }
    }

    [Fact]
    public void WithoutASummaryTheProvincesOfOneSentenceStayApart()
    {
        var links = new EventLinker(Registry).AddRange([Sibling(0, Basra), Sibling(1, Maysan), Sibling(2, DhiQar)]);
        Assert.Equal(3, links.Select(l => l.EventId).Distinct().Count());
    }

    [Fact]
    public void AReportPlacedInOneGovernorateIsNoSummaryOfTheOthers()
    {
        // Placed in Basra, the other report is one more account of the Basra protests, not of the whole episode.
        var links = new EventLinker(Registry).AddRange([Sibling(0, Basra), Sibling(1, Maysan), Sibling(2, DhiQar), Summary(Basra)]);
        var byKey = links.ToDictionary(l => l.MentionKey, l => l.EventId);
        Assert.Equal(byKey["a#0"], byKey["b#0"]);
        Assert.NotEqual(byKey["a#1"], byKey["b#0"]);
        Assert.NotEqual(byKey["a#2"], byKey["b#0"]);
    }

    [Fact]
    public void TwoActsOfOneSentenceThatAreNotSplitSiblingsStayApartEvenWithASummary()
    {
        // Different kinds from one sentence are two acts, whatever else joins them.
        var protest = Sibling(0, Basra);
        var riot = Link("a#1", Mention("doc-a", SplitSentence, 10, Days(7, 8, 14), eventType: AcledType.Riots, subEventType: "Violent demonstration",
            kind: "riot", actor1: Protesters, location: Maysan));
        var links = new EventLinker(Registry).AddRange([protest, riot, Summary(SouthernIraq)]);
        var byKey = links.ToDictionary(l => l.MentionKey, l => l.EventId);
        Assert.NotEqual(byKey["a#0"], byKey["a#1"]);
    }

    [Fact]
    public void ARaidAndADeploymentAreNotTheSameOtherAct()
    {
        var compat = new MentionCompatibility(Registry);
        var raid = Link("a#0", Mention("doc-a", "Counter-terrorism units raided a militia depot in Dora.", 0, Day(6, 25),
            subEventType: "Other", kind: "raid", actor1: Cts, location: Dora));
        var deployment = Link("b#0", Mention("doc-b", "Counter-terrorism units deployed to Dora to secure the district.", 0, Day(6, 25),
            subEventType: "Other", kind: "deployment", actor1: Cts, location: Dora));
        var sameRaid = Link("c#0", Mention("doc-c", "Counter-terrorism units raided a depot in Dora overnight.", 0, Day(6, 25),
            subEventType: "Other", kind: "raid", actor1: Cts, location: Dora));
        var raidWorded = Link("d#0", deployment.Mention with { DocumentId = "doc-d", Kind = "raid" });
        Assert.True(compat.Score(raid, sameRaid) > compat.Score(raid, deployment));
        // The same words and roles, but another kind of act, weigh less than the same kind.
        Assert.True(compat.Score(raid, raidWorded) > compat.Score(raid, deployment));
    }

    [Fact]
    public void ACollectiveActorNeitherConfirmsNorRulesOutANamedMemberOfItsCategory()
    {
        var compat = new MentionCompatibility(Registry);
        const string a = "Kata'ib Hezbollah fired two rockets at the embassy compound, which air defences intercepted.";
        const string b = "Iran-backed militias fired two rockets at the embassy compound; air defences intercepted them.";
        EventMention Rocket(string doc, string text, EventActor actor) => Mention(doc, text, 0, Day(7, 4), eventType: AcledType.Strategic,
            subEventType: "Disrupted weapons use", kind: "disrupted", actor1: actor, location: BaghdadCity);
        var named = Link("a#0", Rocket("doc-a", a, Kh));
        var collective = Link("b#0", Rocket("doc-b", b, IranBacked));
        var otherNamed = Link("c#0", Rocket("doc-c", b, Sadr));
        Assert.True(compat.Score(named, collective) >= EventLinker.Threshold);
        // A named actor of another category still disagrees.
        Assert.True(compat.Score(collective, otherNamed) < compat.Score(named, collective));
        Assert.True(Registry.ById("iran-aligned-militias")!.IsCollective);
        Assert.False(Registry.ById(Kh.ActorId!)!.IsCollective);
    }

    [Fact]
    public void AnAnnouncedDecisionAndTheOrderCarryingItOutAreOneActWhenTheyShareItsWording()
    {
        var compat = new MentionCompatibility(Registry);
        var announcement = Link("a#0", Mention("doc-a",
            "Kadhimi announced that the government would start a drive to retake the border crossings from smuggling networks.", 0,
            Day(6, 25), subEventType: "Other", kind: "statement", actor1: Kadhimi, location: BaghdadCity));
        var order = Link("b#0", Mention("doc-b", "Kadhimi ordered the army to retake the border crossings from smuggling networks.", 0,
            Days(6, 24, 30), subEventType: "Other", kind: "order", actor1: Kadhimi, location: BaghdadCity));
        var unrelated = Link("c#0", Mention("doc-c", "Kadhimi ordered an inquiry into the collapse of the hospital roof in Basra.", 0,
            Days(6, 24, 30), subEventType: "Other", kind: "order", actor1: Kadhimi, location: BaghdadCity));
        Assert.True(compat.Score(announcement, order) >= EventLinker.Threshold);
        Assert.Equal(0, compat.Score(announcement, unrelated));
    }
}
