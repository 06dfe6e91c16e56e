using Sitrep.Core.Linking;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>What the people an operation stopped were allegedly planning to attack, by side, and sources that differ on it.</summary>
public class PlanRulesTests
{
    [Fact]
    public void A_plan_against_us_bases_in_the_acts_sentence_is_read_with_its_span()
    {
        var doc = RunDocument("On June 25, 2020, police arrested 9 members of Kata'ib Hezbollah who were plotting rocket attacks against camps that host U.S. soldiers.");
        var e = Assert.Single(doc.Events);
        var span = e.Sources["plan:us"];
        Assert.Equal("plotting rocket attacks against camps that host U.S. soldiers", doc.Document.Text[span.Start..span.End]);
    }

    [Fact]
    public void A_plan_told_later_in_the_item_belongs_to_the_items_act()
    {
        var e = Assert.Single(Run(Report(
            "1 Jun 25: Police Raid Militia Cell. Police raided a militia cell in Dora and detained 14 members. " +
            "Officials claimed the cell was planning further attacks on government offices in the Green Zone.")));
        Assert.True(e.Sources.ContainsKey("plan:iraqi-government"));
    }

    [Fact]
    public void Plans_without_a_side_or_without_a_security_act_are_not_read()
    {
        var e = Assert.Single(Run("On June 25, 2020, police arrested 14 men who were planning attacks on a wedding party."));
        Assert.DoesNotContain(e.Sources.Keys, k => k.StartsWith("plan:", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_sources_naming_targets_of_different_sides_disagree_and_of_one_side_agree()
    {
        var a = RunDocument("On June 25, 2020, police arrested 14 members of Kata'ib Hezbollah who were planning attacks on the U.S. Embassy.").Events[0];
        var b = RunDocument("On June 25, 2020, police detained 14 militiamen who were plotting attacks against government ministries.").Events[0];
        var c = RunDocument("On June 25, 2020, police arrested 14 militiamen who were planning attacks on American bases.").Events[0];
        LinkMention L(string key, Model.EventMention m) => new(key, key, key + ".txt", null, null, m);
        var found = Assert.Single(ContradictionFinder.Find([L("a", a), L("b", b)], Core.Knowledge.ActorRegistry.Default),
            x => x.Attribute == "planned target");
        Assert.Equal(["Iraqi government", "United States"], found.Values.Select(v => v.Value).ToArray());
        Assert.DoesNotContain(ContradictionFinder.Find([L("a", a), L("c", c)], Core.Knowledge.ActorRegistry.Default),
            x => x.Attribute == "planned target");
    }
}
