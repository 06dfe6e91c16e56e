using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

/// <summary>How big a force was: qualifiers leave room for other figures, but not for any figure.</summary>
public class ForceSizeContradictionTests
{
    private static LinkMention Convoy(string doc, double fighters, string? qualifier) =>
        Link(doc, Mention(doc, "Armed militiamen drove a convoy through the Green Zone.", kind: "show of force", subEventType: "Other",
            actor1: Kh, counts: new Dictionary<string, double> { ["fighters"] = fighters },
            qualifiers: qualifier is null ? null : new Dictionary<string, string> { ["fighters"] = qualifier }));

    [Theory]
    [InlineData(100, "over", 150, null)]
    [InlineData(14, "at least", 14, null)]
    [InlineData(40, "about", 60, null)]
    [InlineData(15, null, 20, "up to")]
    public void Figures_a_qualifier_makes_room_for_agree(double low, string? lowQualifier, double high, string? highQualifier)
    {
        var found = ContradictionFinder.Find([Convoy("a", low, lowQualifier), Convoy("b", high, highQualifier)], Registry);
        Assert.DoesNotContain(found, c => c.Attribute == "count:fighters");
    }

    [Theory]
    [InlineData(12, "approximately", 100, "over")]
    [InlineData(12, "dozens", 100, "over")]
    [InlineData(100, "over", 400, null)]
    [InlineData(11, null, 13, null)]
    public void Figures_beyond_what_the_qualifier_allows_disagree(double low, string? lowQualifier, double high, string? highQualifier)
    {
        var found = ContradictionFinder.Find([Convoy("a", low, lowQualifier), Convoy("b", high, highQualifier)], Registry);
        var c = Assert.Single(found, c => c.Attribute == "count:fighters");
        Assert.Equal(2, c.Values.Count);
    }

    [Theory]
    [InlineData("Over 100 heavily armed members of the militia drove through the city.", 0, QuantityRole.Fighters)]
    [InlineData("The militia mustered a 150 fighter force near the office.", 0, QuantityRole.Fighters)]
    [InlineData("Police arrested 14 members of the cell in Mosul.", 0, QuantityRole.Detained)]
    public void Armed_men_are_counted_as_fighters_unless_a_verb_says_otherwise(string text, int index, QuantityRole role)
    {
        var found = new QuantityRecognizer().Recognize(text, new TextSpan(0, text.Length));
        Assert.Equal(role, QuantityRoles.Classify(text, found[index]));
    }
}
