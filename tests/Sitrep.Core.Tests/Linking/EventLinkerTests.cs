using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

public class EventLinkerTests
{
    private static EventLinker NewLinker() => new(Registry);

    [Fact]
    public void RegistryHasTheActorsTheseTestsUse()
    {
        foreach (var a in new[] { Cts, Isf, Kh, Pmf, Kadhimi, Sadr })
        {
            var actor = Registry.ById(a.ActorId!);
            Assert.NotNull(actor);
        }
        Assert.True(Registry.IsWithin(Registry.ById(Cts.ActorId!)!, Isf.ActorId!));
        Assert.True(Registry.IsWithin(Registry.ById(Kh.ActorId!)!, Pmf.ActorId!));
    }

    [Fact]
    public void TwoReportsOfTheSameRaidFromDifferentDocumentsAreOneEvent()
    {
        var linker = NewLinker();
        var a = linker.Add(Link("a#0", RaidA()));
        var b = linker.Add(Link("b#0", RaidB()));
        Assert.Equal(a.EventId, b.EventId);
        Assert.Equal(1, linker.EventCount);
        Assert.Equal(1.0, a.Confidence);
        Assert.InRange(b.Confidence, EventLinker.Threshold, 1.0);
    }

    [Fact]
    public void TheSameRaidReportedInEitherOrderIsOneEvent()
    {
        var links = NewLinker().AddRange([Link("b#0", RaidB()), Link("a#0", RaidA())]);
        Assert.Single(links.Select(l => l.EventId).Distinct());
    }

    [Fact]
    public void TheSameKindOfActInDifferentGovernoratesIsTwoEvents()
    {
        var linker = NewLinker();
        var baghdad = linker.Add(Link("a#0", RaidA()));
        var basra = linker.Add(Link("b#0", RaidB(location: Basra)));
        Assert.NotEqual(baghdad.EventId, basra.EventId);
        Assert.Equal(2, linker.EventCount);
    }

    [Fact]
    public void DatesThreeWeeksApartAreTwoEvents()
    {
        var linker = NewLinker();
        var early = linker.Add(Link("a#0", RaidA(date: Day(6, 4))));
        var late = linker.Add(Link("b#0", RaidB(date: Day(6, 25))));
        Assert.NotEqual(early.EventId, late.EventId);
    }

    [Fact]
    public void TwoActsOfOneSentenceAreNeverOneEvent()
    {
        // "CTS raided KH in Dora and detained 14 members": the source itself tells a raid and an arrest apart, and the
        // two mentions' raw spans overlap.
        const string sentence = "The Counterterrorism Service raided a Kata'ib Hezbollah headquarters in Dora and detained 14 members.";
        var raid = Mention("doc-a", sentence, 100, Day(6, 25), subEventType: "Other", kind: "raid", actor1: Cts, actor2: Kh, location: Dora);
        var arrest = Mention("doc-a", sentence, 150, Day(6, 25), subEventType: "Arrests", kind: "arrest", actor1: Cts, actor2: Kh, location: Dora,
            length: 50);
        Assert.Equal(-1, new MentionCompatibility(Registry).Score(Link("a#0", raid), Link("a#1", arrest)));
        var linker = NewLinker();
        var x = linker.Add(Link("a#0", raid));
        var y = linker.Add(Link("a#1", arrest));
        Assert.NotEqual(x.EventId, y.EventId);
    }

    [Fact]
    public void TwoActsOfOneSituationReportItemAreNeverOneEvent()
    {
        var first = Mention("sitrep", RaidEvidenceA, 100, Day(6, 25), actor1: Cts, actor2: Kh, location: Dora, item: 3);
        var second = Mention("sitrep", RaidEvidenceB, 400, Day(6, 25), actor1: Isf, actor2: Kh, location: Dora, item: 3);
        Assert.Equal(-1, new MentionCompatibility(Registry).Score(Link("s#0", first), Link("s#1", second)));
        var linker = NewLinker();
        Assert.NotEqual(linker.Add(Link("s#0", first)).EventId, linker.Add(Link("s#1", second)).EventId);
    }

    [Fact]
    public void AThirdReportCannotJoinAnEventHoldingAnotherActOfItsOwnSentence()
    {
        // doc-b's raid joins doc-a's; doc-a's second act of the same sentence must not join through doc-b.
        const string sentence = "The Counterterrorism Service raided a Kata'ib Hezbollah headquarters in Dora and detained 14 members.";
        var linker = NewLinker();
        var raid = linker.Add(Link("a#0", Mention("doc-a", sentence, 100, Day(6, 25), actor1: Cts, actor2: Kh, location: Dora)));
        linker.Add(Link("b#0", RaidB()));
        var other = linker.Add(Link("a#1", Mention("doc-a", sentence, 150, Day(6, 25), kind: "arrest", actor1: Cts, actor2: Kh, location: Dora, length: 50)));
        Assert.NotEqual(raid.EventId, other.EventId);
    }

    [Fact]
    public void AStatementAndAConvoyShowOfForceBySameActorOnSameDayAreTwoEvents()
    {
        var statement = Mention("doc-a", "Kata'ib Hezbollah warned that it would respond to the raid on its headquarters.", 0, Day(6, 26),
            subEventType: "Other", kind: "statement", actor1: Kh, location: BaghdadCity);
        var convoy = Mention("doc-b", "Kata'ib Hezbollah paraded a convoy of armed pickups near the Green Zone to respond to the raid.", 0, Day(6, 26),
            subEventType: "Other", kind: "show of force", actor1: Kh, location: BaghdadCity);
        var linker = NewLinker();
        Assert.NotEqual(linker.Add(Link("a#0", statement)).EventId, linker.Add(Link("b#0", convoy)).EventId);
    }

    [Fact]
    public void TwoStatementsByDifferentSpeakersAreTwoEvents()
    {
        const string words = "condemned the raid on the headquarters and called for restraint from all armed factions.";
        var pm = Mention("doc-a", "Prime Minister Mustafa al-Kadhimi " + words, 0, Day(6, 26), subEventType: "Other", kind: "statement",
            actor1: Kadhimi, location: BaghdadCity);
        var sadr = Mention("doc-b", "Moqtada al-Sadr " + words, 0, Day(6, 26), subEventType: "Other", kind: "statement",
            actor1: Sadr, location: BaghdadCity);
        var linker = NewLinker();
        Assert.NotEqual(linker.Add(Link("a#0", pm)).EventId, linker.Add(Link("b#0", sadr)).EventId);
    }

    [Fact]
    public void TwoStatementsBySameSpeakerOnSameDayAreOneEvent()
    {
        // The counterpart of the test above: the same speaker, same day, same kind needs no shared wording.
        var a = Mention("doc-a", "Prime Minister Mustafa al-Kadhimi condemned the attack.", 0, Day(6, 26), subEventType: "Other", kind: "statement",
            actor1: Kadhimi, location: BaghdadCity);
        var b = Mention("doc-b", "Mustafa al-Kadhimi said that nobody stands above the law.", 0, Day(6, 26), subEventType: "Other", kind: "statement",
            actor1: Kadhimi, location: BaghdadCity);
        var linker = NewLinker();
        Assert.Equal(linker.Add(Link("a#0", a)).EventId, linker.Add(Link("b#0", b)).EventId);
    }

    [Fact]
    public void AnUndatedMentionIsItsOwnEvent()
    {
        var linker = NewLinker();
        var dated = linker.Add(Link("a#0", RaidA()));
        var undated = linker.Add(Link("b#0", RaidB() with { Date = null, TimePrecision = null }));
        Assert.NotEqual(dated.EventId, undated.EventId);
        Assert.Equal(1.0, undated.Confidence);
        // Nor does a later dated report join the undated one.
        var later = linker.Add(Link("c#0", RaidB(doc: "doc-c")));
        Assert.NotEqual(undated.EventId, later.EventId);
    }

    [Fact]
    public void AnUndatedMentionIsItsOwnEventInABatch()
    {
        var links = NewLinker().AddRange([Link("b#0", RaidB() with { Date = null, TimePrecision = null }), Link("a#0", RaidA())]);
        Assert.Equal(2, links.Select(l => l.EventId).Distinct().Count());
    }

    private static List<LinkMention> Batch() =>
    [
        Link("a#0", RaidA()),
        Link("b#0", RaidB()),
        Link("c#0", RaidB(doc: "doc-c", location: Basra)),
        Link("d#0", RaidA(doc: "doc-d", date: Day(6, 4))),
        Link("e#0", RaidA(doc: "doc-e") with { Date = null }),
    ];

    [Fact]
    public void IdsAreDeterministic()
    {
        var first = NewLinker().AddRange(Batch()).ToDictionary(l => l.MentionKey, l => l.EventId);
        var second = NewLinker().AddRange(Batch()).ToDictionary(l => l.MentionKey, l => l.EventId);
        Assert.Equal(first, second);
        // Input order does not matter either: the linker orders the batch itself.
        var reversed = Batch();
        reversed.Reverse();
        var third = NewLinker().AddRange(reversed).ToDictionary(l => l.MentionKey, l => l.EventId);
        Assert.Equal(first, third);
        Assert.All(first.Values, id => Assert.StartsWith("ev-", id));
    }

    [Fact]
    public void IdsDependOnlyOnTheFoundingMention()
    {
        var alone = NewLinker().Add(Link("a#0", RaidA())).EventId;
        var linker = NewLinker();
        linker.Add(Link("c#0", RaidB(doc: "doc-c", location: Basra)));
        linker.Add(Link("d#0", RaidA(doc: "doc-d", date: Day(6, 4))));
        var afterOthers = linker.Add(Link("a#0", RaidA())).EventId;
        Assert.Equal(alone, afterOthers);
        // The joining mention does not change the event's id.
        var joined = NewLinker();
        var founder = joined.Add(Link("a#0", RaidA()));
        Assert.Equal(alone, founder.EventId);
        Assert.Equal(alone, joined.Add(Link("b#0", RaidB())).EventId);
    }

    [Fact]
    public void DifferentFoundingMentionsGetDifferentIds()
    {
        var linker = NewLinker();
        var ids = Batch().Select(m => linker.Add(m).EventId).Distinct().Count();
        Assert.Equal(4, ids); // a and b are one event; c (Basra), d (three weeks earlier) and e (undated) stand alone
    }

    [Fact]
    public void AMentionThatFoundedAnEventAndNoLongerFitsItGetsAnotherId()
    {
        // Linking revisits its own links: the founder of an event is linked again while the event's other mention is
        // seeded. If the founder no longer fits (here: another governorate), it founds an event of its own, and its
        // natural id is taken.
        var founder = Link("a#0", RaidA());
        var id = NewLinker().Add(founder).EventId;
        var linker = NewLinker();
        linker.Seed(Link("b#0", RaidB(location: Basra)), id);
        var again = linker.AddRange([founder]);
        var link = Assert.Single(again);
        Assert.NotEqual(id, link.EventId);
        Assert.StartsWith("ev-", link.EventId);
        Assert.Equal(2, linker.EventCount);
    }

    [Fact]
    public void ASeededEventIsJoinedByACompatibleNewMention()
    {
        var linker = NewLinker();
        linker.Seed(Link("a#0", RaidA()), "ev-analyst-merge");
        Assert.Equal(1, linker.EventCount);
        var link = linker.Add(Link("b#0", RaidB()));
        Assert.Equal("ev-analyst-merge", link.EventId);
        Assert.Equal("b#0", link.MentionKey);
        Assert.Equal(1, linker.EventCount);
    }

    [Fact]
    public void ASeededEventIsNotJoinedByAnIncompatibleMention()
    {
        var linker = NewLinker();
        linker.Seed(Link("a#0", RaidA()), "ev-analyst-merge");
        var link = linker.Add(Link("c#0", RaidB(doc: "doc-c", location: Basra)));
        Assert.NotEqual("ev-analyst-merge", link.EventId);
    }
}

public class EventLinkerLargeEventTests
{
    [Fact]
    public void AnotherActOfAMembersSentenceCannotJoinEvenAWidelyReportedEvent()
    {
        // EventLinker.Score: "a hard conflict with any member (same sentence, same item) rules the event out".
        const string sentence = "The Counterterrorism Service raided a Kata'ib Hezbollah headquarters in Dora and detained 14 members.";
        var linker = new EventLinker(Registry);
        var founder = linker.Add(Link("f#0", RaidB("doc-f"))).EventId;
        var own = linker.Add(Link("a#0", Mention("doc-a", sentence, 100, Day(6, 25), actor1: Cts, actor2: Kh, location: Dora)));
        Assert.Equal(founder, own.EventId);
        // Eight more outlets report the raid, so doc-a's mention is no longer among the members the linker compares.
        for (var i = 0; i < 8; i++)
            Assert.Equal(founder, linker.Add(Link($"r{i}#0", RaidB($"doc-r{i}"))).EventId);
        var second = linker.Add(Link("a#1", Mention("doc-a", sentence, 150, Day(6, 25), kind: "arrest", actor1: Cts, actor2: Kh, location: Dora, length: 50)));
        Assert.NotEqual(founder, second.EventId);
    }
}
