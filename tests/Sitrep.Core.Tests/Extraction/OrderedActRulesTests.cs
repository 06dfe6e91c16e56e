using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>An order whose content is an act: the act is the event, by the unit ordered, the orderer associated.</summary>
public class OrderedActRulesTests
{
    [Fact]
    public void An_order_to_do_two_things_of_which_the_second_is_a_raid_gives_the_order_and_the_raid()
    {
        var doc = RunDocument(
            "On June 25, Prime Minister Mustafa al-Kadhimi ordered the Counterterrorism Service to secure the Mandali crossing " +
            "and to conduct a raid on a Kata'ib Hezbollah depot in Dora.");
        Assert.Equal(2, doc.Events.Count);
        var order = Assert.Single(doc.Events, e => e.Kind == "order");
        var raid = Assert.Single(doc.Events, e => e.Kind == "raid");
        Assert.Equal("Mustafa al-Kadhimi", order.Actor1?.Name);
        Assert.Equal("Counterterrorism Service (CTS)", raid.Actor1?.Name);
        Assert.Equal("Kata'ib Hezbollah", raid.Actor2?.Name);
        Assert.Equal("raid", TriggerText(doc, raid));
        // Each act points at its own part of the sentence.
        Assert.DoesNotContain("raid", order.Evidence);
        Assert.StartsWith("and to conduct a raid", raid.Evidence);
        Assert.Equal(Day(6, 25), raid.Date);
    }

    [Fact]
    public void An_order_whose_second_part_is_no_act_stays_one_order()
    {
        var e = Assert.Single(Run(
            "On June 25, Prime Minister Mustafa al-Kadhimi ordered the Counterterrorism Service to secure the Mandali crossing " +
            "and to report back within a week."));
        Assert.Equal("order", e.Kind);
    }

    [Fact]
    public void The_unit_ordered_is_the_head_of_its_noun_phrase_not_a_name_inside_it()
    {
        // "US-trained" names the United States, but the unit ordered is the CTS.
        var e = Assert.Single(Run(
            "On June 25, Kadhimi ordered Iraq's US-trained Counterterrorism Service to arrest the cell's leaders in Dora."));
        Assert.Equal("arrest", e.Kind);
        Assert.Equal("Counterterrorism Service (CTS)", e.Actor1?.Name);
    }
}

/// <summary>"They also arrested ...": more of the act just told, whose count it adds to.</summary>
public class AlsoArrestedRulesTests
{
    [Fact]
    public void Also_arresting_one_more_person_adds_to_the_raids_count_and_is_no_event_of_its_own()
    {
        var doc = RunDocument(
            "Iraqi counterterrorism forces raided a Kata'ib Hezbollah depot in Dora on June 25, 2020, and arrested 14 militia members. " +
            "The depot held a room full of drone parts. They also arrested an Iranian engineer who trained the members.");
        var e = Assert.Single(doc.Events);
        Assert.Equal(15, e.Counts["detained"]);
        // The count's source runs from the first figure to the added arrest.
        var span = e.Sources["count:detained"];
        var stated = doc.Document.Text[span.Start..span.End];
        Assert.StartsWith("14", stated);
        Assert.EndsWith("trained the members.", stated);
    }

    [Fact]
    public void An_arrest_without_also_is_its_own_event()
    {
        var doc = RunDocument(
            "Iraqi counterterrorism forces raided a Kata'ib Hezbollah depot in Dora on June 25, 2020, and arrested 14 militia members. " +
            "On June 27, police in Basra arrested an Iranian engineer.");
        Assert.Equal(2, doc.Events.Count);
        Assert.Equal(14, doc.Events[0].Counts["detained"]);
    }
}

/// <summary>A vague number of munitions is one attack; a vague number of attacks sums up a series.</summary>
public class MunitionCountRulesTests
{
    [Fact]
    public void Several_rockets_striking_a_base_is_one_shelling_with_a_vague_count()
    {
        var e = Assert.Single(Run("Several rockets struck Balad Air Base on January 3, 2020."));
        Assert.Equal("shelling", e.Kind);
        Assert.Equal("several", e.CountQualifiers["rockets"]);
        Assert.Equal(new DateOnly(2020, 1, 3), e.Date!.Value.Start);
    }

    [Fact]
    public void Dozens_of_attacks_sum_up_a_series_and_are_no_event()
    {
        Assert.Empty(Run("Dozens of attacks have struck convoys in the south since May 2020."));
    }
}
