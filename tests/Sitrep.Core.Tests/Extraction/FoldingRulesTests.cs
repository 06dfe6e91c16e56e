using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>
/// What folds into an item's event and what stays its own: allegations and denials are disputes of the event, political
/// acts fold only into the same act, escalations and differing figures stay separate.
/// </summary>
public class FoldingRulesTests
{
    [Fact]
    public void An_allegation_after_the_items_first_event_is_folded_into_it()
    {
        // Without the rule the alleged shooting (Attack, another group than the dispersal) would be a second event.
        var e = Assert.Single(Run(Report(
            "1 Jun 25: ISF Disperse Sit-in in Nasiriyah. Iraqi security forces dispersed a sit-in in Nasiriyah. " +
            "Some demonstrators claimed online that police fired on them.")));
        Assert.Equal("Protest with intervention", e.SubEventType);
        Assert.Equal(Day(6, 25), e.Date);
        Assert.DoesNotContain("claimed", e.Hedges);
    }

    [Fact]
    public void An_allegation_and_its_refutation_after_the_first_event_leave_one_event()
    {
        var e = Assert.Single(Run(Report(
            "1 Jun 25: Police Arrest Suspects in Basra. Police arrested three men in Basra. " +
            "Some residents claimed online that police fired on them. A Ministry of Interior spokesperson refuted that claim.")));
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(3, e.Counts["detained"]);
    }

    [Fact]
    public void A_denial_by_another_actor_after_the_first_event_is_folded_into_it()
    {
        // "rejected" is a statement trigger by an actor other than the police: only the denial rule folds it.
        var e = Assert.Single(Run(Report(
            "1 Jun 25: Police Arrest Suspects in Basra. Police arrested three men in Basra. " +
            "A Ministry of Interior spokesperson rejected the claim.")));
        Assert.Equal("Arrests", e.SubEventType);
    }

    [Fact]
    public void A_condemnation_by_another_actor_is_not_a_denial_and_stays_its_own_event()
    {
        // The control for the two rules above: a statement that neither alleges nor denies is an event of its own.
        var events = Run(Report(
            "1 Jun 25: Police Arrest Suspects in Basra. Police arrested three men in Basra. Kata'ib Hezbollah condemned the arrests."));
        Assert.Equal(2, events.Count);
        Assert.Single(events, e => e.Kind == "statement" && e.Actor1?.Name == "Kata'ib Hezbollah");
    }

    [Fact]
    public void An_allegation_that_is_the_items_first_event_stays_and_is_hedged_as_claimed()
    {
        var e = Assert.Single(Run(Report(
            "2 Jun 26: Militia Claims Convoy Attack. Ashab al-Kahf claimed that it attacked a logistics convoy near Diwaniyah.")));
        Assert.Equal("attack", e.Kind);
        Assert.Equal("Ashab al-Kahf", e.Actor1?.Name);
        Assert.True(e.Hedged);
        Assert.Contains("claimed", e.Hedges);
        Assert.Equal("Ashab al-Kahf", e.ClaimedBy);
        Assert.Equal(Day(6, 26), e.Date);
    }

    [Fact]
    public void Two_different_political_acts_of_one_actor_in_an_item_are_two_events()
    {
        var events = Run(Report(
            "3 Jun 27: Kadhimi Orders Review. Prime Minister Mustafa al-Kadhimi ordered a review of state salaries. " +
            "Kadhimi also set a date for early elections."));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Mustafa al-Kadhimi", e.Actor1?.Name));
        Assert.Equal(["order", "other"], events.Select(e => e.Kind).Order());
    }

    [Theory]
    [InlineData("Kadhimi also stated publicly that the package would protect the poor.")]
    [InlineData("Kadhimi also announced a review of state salaries.")]
    public void A_second_statement_of_the_same_actor_in_an_item_folds_into_the_first(string second)
    {
        var e = Assert.Single(Run(Report(
            "3 Jun 27: Kadhimi Announces Reforms. Prime Minister Mustafa al-Kadhimi announced a new reform package. " + second)));
        Assert.Equal("statement", e.Kind);
        Assert.Equal("Mustafa al-Kadhimi", e.Actor1?.Name);
    }

    [Fact]
    public void An_escalation_of_a_protest_stays_its_own_event()
    {
        var events = Run(Report(
            "4 Jun 28: Protests Spread in Basra. Protests spread in Basra. Several demonstrations resulted in the storming of a government building."));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(4, e.Item));
        var protest = Assert.Single(events, e => e.EventType == "Protests");
        Assert.Equal("Peaceful protest", protest.SubEventType);
        var riot = Assert.Single(events, e => e.EventType == "Riots");
        Assert.Equal("Violent demonstration", riot.SubEventType);
    }

    [Fact]
    public void Two_accounts_with_different_figures_for_the_same_count_are_not_folded()
    {
        var events = Run(Report("5 Jun 28: Police Release Detainees. Police released 14 detainees. An official said 11 detainees were released."));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("release", e.Kind));
        Assert.Equal([11.0, 14.0], events.Select(e => e.Counts["released"]).Order());
    }

    [Fact]
    public void Two_accounts_with_the_same_figure_are_folded()
    {
        // The control for the rule above.
        var e = Assert.Single(Run(Report("5 Jun 28: Police Release Detainees. Police released 14 detainees. An official said 14 detainees were released.")));
        Assert.Equal(14, e.Counts["released"]);
    }
}
