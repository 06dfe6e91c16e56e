using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>One event per distinct occurrence: split different acts and places, fold detail about the same act.</summary>
public class SplittingRulesTests
{
    private const string RocketsAndArrests =
        "Gunmen fired rockets at Balad Air Base on June 27 and the Counterterrorism Service (CTS) arrested three suspects in Dujail.";

    [Theory]
    [InlineData(RocketsAndArrests, "Shelling/artillery/missile attack", "Unidentified militants", "Arrests", "Counterterrorism Service (CTS)")]
    [InlineData("The Counterterrorism Service (CTS) arrested three suspects in Dujail on June 27, while Kata'ib Hezbollah condemned the arrests.",
        "Arrests", "Counterterrorism Service (CTS)", "Other", "Kata'ib Hezbollah")]
    public void Two_acts_of_different_kinds_by_different_actors_in_one_sentence_are_two_events(
        string text, string firstType, string firstActor, string secondType, string secondActor)
    {
        var events = Run(text);
        Assert.Equal(2, events.Count);
        Assert.Equal(firstType, events[0].SubEventType);
        Assert.Equal(firstActor, events[0].Actor1?.Name);
        Assert.Equal(secondType, events[1].SubEventType);
        Assert.Equal(secondActor, events[1].Actor1?.Name);
        Assert.NotEqual(events[0].Kind, events[1].Kind);
    }

    [Fact]
    public void Each_of_two_split_acts_keeps_its_own_place_target_and_counts()
    {
        var events = Run(RocketsAndArrests);
        var shelling = Assert.Single(events, e => e.SubEventType == "Shelling/artillery/missile attack");
        var arrest = Assert.Single(events, e => e.SubEventType == "Arrests");
        Assert.Equal("Balad Air Base", shelling.Location.Name);
        Assert.Null(shelling.Actor2);
        Assert.False(shelling.Counts.ContainsKey("detained"));
        Assert.Equal("Dujail", arrest.Location.Name);
        Assert.Equal(3, arrest.Counts["detained"]);
    }

    [Theory]
    [InlineData("Protesters rallied in Basra, Maysan and Dhi Qar on June 27 against power cuts.")]
    [InlineData("Demonstrators protested in Basra, Amarah and Nasiriyah on June 27 over unpaid salaries.")]
    public void A_protest_sentence_naming_several_governorates_gives_one_event_per_governorate(string text)
    {
        var events = Run(text);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("Protests", e.EventType));
        Assert.Equal(["Basra", "Dhi Qar", "Maysan"], events.Select(e => e.Location.Admin1).Order());
        Assert.All(events, e => Assert.Equal(Day(6, 27), e.Date));
    }

    [Fact]
    public void Protest_splitting_also_applies_in_a_situation_report_item()
    {
        var events = Run(Report("2 Jun 26: Protests Spread Across the South. Protesters rallied in Basra, Maysan and Dhi Qar against power cuts."));
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.Item));
        Assert.Equal(["Basra", "Dhi Qar", "Maysan"], events.Select(e => e.Location.Admin1).Order());
    }

    [Fact]
    public void Later_sentences_that_add_detail_to_the_same_act_by_the_same_actor_are_folded_into_one_event()
    {
        var events = Run(Report(
            "1 Jun 25: CTS Raids Militia Site in Baghdad. The Counterterrorism Service (CTS) raided a Kata'ib Hezbollah site in Dora. " +
            "The CTS detained 14 fighters during the operation. The CTS also seized two rocket launchers at the site. " +
            "Kata'ib Hezbollah condemned the raid on Telegram."));
        // The raid, the detentions and the seizure are one operation; the condemnation is another actor's act.
        Assert.Equal(2, events.Count);
        var raid = Assert.Single(events, e => e.Actor1?.Name == "Counterterrorism Service (CTS)");
        Assert.Equal("Arrests", raid.SubEventType);
        Assert.Equal(14, raid.Counts["detained"]);
        Assert.Equal("Kata'ib Hezbollah", raid.Actor2?.Name);
        var statement = Assert.Single(events, e => e.Actor1?.Name == "Kata'ib Hezbollah");
        Assert.Equal("statement", statement.Kind);
    }
}
