using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

/// <summary>A vague word allows what it means: "several" is more than two, "dozens" less than a hundred.</summary>
public class VagueAmountContradictionTests
{
    private static IReadOnlyList<Contradiction> Find(params LinkMention[] mentions) => ContradictionFinder.Find(mentions, Registry);

    private static LinkMention Rockets(string key, EventMention m, double n, string? word) => Link(key, m with
    {
        Counts = new Dictionary<string, double> { ["rockets"] = n },
        CountQualifiers = word is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["rockets"] = word },
        Sources = new Dictionary<string, TextSpan> { ["count:rockets"] = new(m.RawSpan.Start + 5, m.RawSpan.Start + 20) },
    });

    [Theory]
    [InlineData("several", 2)] // several is three or more
    [InlineData("several", 12)]
    [InlineData("a couple", 5)]
    [InlineData("dozens", 150)]
    [InlineData("hundreds", 100)]
    public void AVagueWordAndAFigureOutsideWhatItMeansDisagree(string word, double figure)
    {
        // The vague word's own number is whatever the reader stored (here the figure itself): the word decides.
        var found = Find(Rockets("a#0", RaidA(), figure, word), Rockets("b#0", RaidB(), figure, null));
        var c = Assert.Single(found, c => c.Attribute == "count:rockets");
        Assert.Equal(2, c.Values.Count);
        Assert.Contains(c.Values, v => v.Value.StartsWith(word, StringComparison.Ordinal));
        Assert.All(c.Values, v => Assert.Equal(15, v.RawSpan.Length));
    }

    [Theory]
    [InlineData("several", 4)]
    [InlineData("a few", 3)]
    [InlineData("dozens", 40)]
    [InlineData("hundreds", 300)]
    public void AVagueWordAndAFigureItCoversAgree(string word, double figure)
    {
        var found = Find(Rockets("a#0", RaidA(), 2, word), Rockets("b#0", RaidB(), figure, null));
        Assert.DoesNotContain(found, c => c.Attribute == "count:rockets");
    }

    [Fact]
    public void DozensAndOverAHundredDisagreeButHundredsAndOverAHundredAgree()
    {
        Assert.Contains(Find(Rockets("a#0", RaidA(), 24, "dozens"), Rockets("b#0", RaidB(), 100, "over")), c => c.Attribute == "count:rockets");
        Assert.DoesNotContain(Find(Rockets("a#0", RaidA(), 200, "hundreds"), Rockets("b#0", RaidB(), 100, "over")), c => c.Attribute == "count:rockets");
    }

    [Fact]
    public void TheProvincesOfOneSplitSentenceAreNoPlaceContradiction()
    {
        const string sentence = "Protests over power cuts spread through Basra and Baghdad all week.";
        LinkMention Province(int n, EventLocation place) => Link($"a#{n}", Mention("doc-a", sentence, 10, Days(7, 8, 14),
            eventType: AcledType.Protests, subEventType: "Peaceful protest", kind: "protest", location: place));
        Assert.DoesNotContain(Find(Province(0, Basra), Province(1, Dora)), c => c.Attribute == "place");
        // Another source placing the same act elsewhere still disagrees.
        var other = Link("b#0", Mention("doc-b", "Protesters gathered in Basra.", 0, Days(7, 8, 14), eventType: AcledType.Protests,
            subEventType: "Peaceful protest", kind: "protest", location: Basra));
        var dora = Link("c#0", Mention("doc-c", "Protesters gathered in Dora.", 0, Days(7, 8, 14), eventType: AcledType.Protests,
            subEventType: "Peaceful protest", kind: "protest", location: Dora));
        Assert.Contains(Find(other, dora), c => c.Attribute == "place");
    }
}
