using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

public class ContradictionFinderTests
{
    private static IReadOnlyList<Contradiction> Find(params LinkMention[] mentions) => ContradictionFinder.Find(mentions, Registry);

    private static EventMention WithCount(EventMention m, string key, double n, string? qualifier = null, TextSpan? source = null) => m with
    {
        Counts = new Dictionary<string, double> { [key] = n },
        CountQualifiers = qualifier is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [key] = qualifier },
        Sources = source is { } s ? new Dictionary<string, TextSpan> { ["count:" + key] = s } : new Dictionary<string, TextSpan>(),
    };

    [Fact]
    public void AtLeast14AndExactly14Agree()
    {
        var found = Find(
            Link("a#0", WithCount(RaidA(), "detained", 14, "at least")),
            Link("b#0", WithCount(RaidB(), "detained", 14)));
        Assert.DoesNotContain(found, c => c.Attribute.StartsWith("count:", StringComparison.Ordinal));
    }

    [Fact]
    public void AtLeast12And14Agree()
    {
        var found = Find(
            Link("a#0", WithCount(RaidA(), "detained", 12, "at least")),
            Link("b#0", WithCount(RaidB(), "detained", 14)));
        Assert.DoesNotContain(found, c => c.Attribute.StartsWith("count:", StringComparison.Ordinal));
    }

    [Fact]
    public void Over12And14Agree()
    {
        var found = Find(
            Link("a#0", WithCount(RaidA(), "detained", 12, "over")),
            Link("b#0", WithCount(RaidB(), "detained", 14)));
        Assert.DoesNotContain(found, c => c.Attribute.StartsWith("count:", StringComparison.Ordinal));
    }

    [Fact]
    public void AtLeast16And14Disagree()
    {
        // "at least" makes room above its own figure, not below it.
        var found = Find(
            Link("a#0", WithCount(RaidA(), "detained", 16, "at least")),
            Link("b#0", WithCount(RaidB(), "detained", 14)));
        Assert.Contains(found, c => c.Attribute == "count:detained");
    }

    [Fact]
    public void ElevenReleasedAgainstThirteenReleasedIsACountContradictionWithItsSpans()
    {
        var a = WithCount(RaidA(start: 100), "released", 11, source: new TextSpan(160, 162));
        var b = WithCount(RaidB(start: 40), "released", 13); // no Sources entry: rests on the whole RawSpan
        var found = Find(Link("a#0", a, "ISW", On(6, 26), "isw-0626.txt"), Link("b#0", b, "Rudaw", On(6, 29), "rudaw.html"));
        var c = Assert.Single(found, x => x.Attribute == "count:released");
        Assert.Equal(2, c.Values.Count);
        var eleven = Assert.Single(c.Values, v => v.Value == "11");
        var thirteen = Assert.Single(c.Values, v => v.Value == "13");
        Assert.Equal("a#0", eleven.MentionKey);
        Assert.Equal("doc-a", eleven.DocumentId);
        Assert.Equal("isw-0626.txt", eleven.DocName);
        Assert.Equal(new TextSpan(160, 162), eleven.RawSpan);
        Assert.Equal(On(6, 26), eleven.Reported);
        Assert.Equal("b#0", thirteen.MentionKey);
        Assert.Equal(b.RawSpan, thirteen.RawSpan);
        Assert.Equal(On(6, 29), thirteen.Reported);
        Assert.True(c.PossibleUpdate);
        Assert.Equal("11", c.Values[0].Value); // lowest first
    }

    [Fact]
    public void ACountContradictionReportedTheSameDayIsNotAPossibleUpdate()
    {
        var found = Find(
            Link("a#0", WithCount(RaidA(), "released", 11), "ISW", On(6, 26)),
            Link("b#0", WithCount(RaidB(), "released", 13), "Rudaw", On(6, 26)));
        var c = Assert.Single(found, x => x.Attribute == "count:released");
        Assert.False(c.PossibleUpdate);
    }

    [Fact]
    public void June25AgainstJune25To26IsAnOverlappingDateContradiction()
    {
        var found = Find(Link("a#0", RaidA(date: Day(6, 25))), Link("b#0", RaidB(date: Days(6, 25, 26))));
        var c = Assert.Single(found, x => x.Attribute == "date");
        Assert.Contains("overlap", c.Note);
        Assert.Equal(2, c.Values.Count);
        Assert.Contains(c.Values, v => v.MentionKey == "a#0" && v.Value.Contains("June 25", StringComparison.Ordinal));
        Assert.Contains(c.Values, v => v.MentionKey == "b#0" && v.Value.Contains("25-26", StringComparison.Ordinal));
    }

    [Fact]
    public void DaysThatDoNotOverlapAreADateContradictionWithoutTheOverlapNote()
    {
        var found = Find(Link("a#0", RaidA(date: Day(6, 23))), Link("b#0", RaidB(date: Day(6, 25))));
        var c = Assert.Single(found, x => x.Attribute == "date");
        Assert.Null(c.Note);
    }

    [Fact]
    public void AWeeklySummarysRangeContainingTheDayIsNoContradiction()
    {
        var found = Find(Link("a#0", RaidA(date: Day(6, 25))), Link("b#0", RaidB(date: Days(6, 24, 30))));
        Assert.DoesNotContain(found, x => x.Attribute == "date");
    }

    [Fact]
    public void TwoPlacesSevenKilometresApartWithDifferentNamesAreAPlaceContradiction()
    {
        var km = Sitrep.Core.Knowledge.Gazetteer.DistanceKm(Dora.Latitude!.Value, Dora.Longitude!.Value, Karrada.Latitude!.Value, Karrada.Longitude!.Value);
        Assert.InRange(km, 5, 9);
        var found = Find(Link("a#0", RaidA(location: Dora)), Link("b#0", RaidB(location: Karrada)));
        var c = Assert.Single(found, x => x.Attribute == "place");
        Assert.Contains(c.Values, v => v.MentionKey == "a#0" && v.Value.StartsWith("Dora", StringComparison.Ordinal));
        Assert.Contains(c.Values, v => v.MentionKey == "b#0" && v.Value.StartsWith("Karrada", StringComparison.Ordinal));
        Assert.Contains("same governorate", c.Note);
    }

    [Fact]
    public void ARegionWithoutAdmin1AgainstAGovernorateIsNoContradiction()
    {
        var found = Find(Link("a#0", RaidA(location: SouthernIraq)), Link("b#0", RaidB(location: Basra)));
        Assert.DoesNotContain(found, x => x.Attribute == "place");
    }

    [Fact]
    public void AnAttackAgainstAStrategicOtherIsATypeContradiction()
    {
        var attack = Mention("doc-a", "Unknown gunmen attacked a Kata'ib Hezbollah convoy in Dora.", 0, Day(6, 25),
            eventType: AcledType.Violence, subEventType: "Attack", kind: "attack", actor2: Kh, location: Dora);
        var other = Mention("doc-b", "Kata'ib Hezbollah moved a convoy through Dora without incident.", 0, Day(6, 25),
            eventType: AcledType.Strategic, subEventType: "Other", kind: "show of force", actor1: Kh, location: Dora);
        var c = Assert.Single(Find(Link("a#0", attack), Link("b#0", other)), x => x.Attribute == "type");
        Assert.Contains(c.Values, v => v.MentionKey == "a#0" && v.Value == "Violence against civilians: Attack");
        Assert.Contains(c.Values, v => v.MentionKey == "b#0" && v.Value == "Strategic developments: Other");
    }

    [Fact]
    public void TwoWaysOfCodingViolenceAreNoTypeContradiction()
    {
        var a = Mention("doc-a", "Gunmen attacked a checkpoint in Dora.", 0, Day(6, 25), eventType: AcledType.Violence, subEventType: "Attack", kind: "attack", location: Dora);
        var b = Mention("doc-b", "Militants clashed with police at a checkpoint in Dora.", 0, Day(6, 25), eventType: AcledType.Battles, subEventType: "Armed clash", kind: "clash", location: Dora);
        Assert.DoesNotContain(Find(Link("a#0", a), Link("b#0", b)), x => x.Attribute == "type");
    }

    [Fact]
    public void ADeniedStanceIsAnOccurrenceContradictionIncludingTheDenialSpan()
    {
        var denial = new TextSpan(220, 270);
        var m = RaidA(start: 100) with { Sources = new Dictionary<string, TextSpan> { ["stance:denied:1"] = denial } };
        var c = Assert.Single(Find(Link("a#0", m, "ISW", On(6, 26))), x => x.Attribute == "occurrence");
        Assert.Contains(c.Values, v => v.Value == "reported" && v.RawSpan == m.RawSpan);
        Assert.Contains(c.Values, v => v.Value == "denied" && v.RawSpan == denial && v.MentionKey == "a#0");
    }

    [Fact]
    public void AgreeingReportsHaveNoContradictions()
    {
        var found = Find(Link("a#0", RaidA(), "ISW", On(6, 26)), Link("b#0", RaidA("doc-b", start: 10) with { Actor1 = Isf }, "Rudaw", On(6, 27)));
        Assert.Empty(found);
    }

    [Fact]
    public void ActorsInOneHierarchyAreNoActorContradiction()
    {
        var found = Find(Link("a#0", RaidA()), Link("b#0", RaidB()));
        Assert.DoesNotContain(found, x => x.Attribute == "actor1");
    }

    [Fact]
    public void UnrelatedNamedPerpetratorsAreAnActorContradiction()
    {
        var found = Find(Link("a#0", RaidA()), Link("b#0", RaidB() with { Actor1 = Kh, Actor2 = Cts }));
        Assert.Contains(found, x => x.Attribute == "actor1");
    }
}

public class ContradictionFinderCountOrderTests
{
    private static EventMention Count(EventMention m, double n, string? qualifier = null) => m with
    {
        Counts = new Dictionary<string, double> { ["detained"] = n },
        CountQualifiers = qualifier is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["detained"] = qualifier },
    };

    private static LinkMention[] Sources() =>
    [
        Link("b#0", Count(RaidB("doc-b"), 12, "at least")),
        Link("c#0", Count(RaidB("doc-c"), 12)),
        Link("a#0", Count(RaidA("doc-a"), 14)),
    ];

    [Fact]
    public void Plain12AgainstPlain14IsAContradictionWhenThePlain12ComesFirst()
    {
        var s = Sources();
        var found = ContradictionFinder.Find([s[1], s[0], s[2]], Registry);
        Assert.Contains(found, x => x.Attribute == "count:detained");
    }

    [Fact]
    public void Plain12AgainstPlain14IsAContradictionWhateverTheOrderOfSources()
    {
        var found = ContradictionFinder.Find(Sources(), Registry);
        Assert.Contains(found, x => x.Attribute == "count:detained");
    }
}
