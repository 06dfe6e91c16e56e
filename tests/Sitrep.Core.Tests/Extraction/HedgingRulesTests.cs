using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Hedging on the occurrence or its perpetrator, not on the target; who the report is attributed to.</summary>
public class HedgingRulesTests
{
    [Theory]
    [InlineData("Kata'ib Hezbollah reportedly fired rockets at Balad Air Base on June 27.", "reportedly")]
    [InlineData("Kata'ib Hezbollah likely attacked a logistics convoy near Diwaniyah on June 27.", "likely")]
    public void A_hedge_before_the_verb_hedges_the_event(string text, string hedge)
    {
        var e = Assert.Single(Run(text));
        Assert.True(e.Hedged);
        Assert.Contains(hedge, e.Hedges);
    }

    [Theory]
    [InlineData("Kata'ib Hezbollah fired rockets at Balad Air Base on June 27, reportedly targeting US trainers.")]
    [InlineData("Gunmen attacked a convoy near Diwaniyah on June 27 that likely belonged to a US contractor.")]
    public void A_hedge_on_the_target_after_the_verb_does_not_hedge_the_event(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.False(e.Hedged);
    }

    [Fact]
    public void According_to_X_sets_claimed_by()
    {
        var e = Assert.Single(Run("Three rockets struck Balad Air Base on June 27, according to the Security Media Cell."));
        Assert.NotNull(e.ClaimedBy);
        Assert.Contains("Security Media Cell", e.ClaimedBy);
        Assert.False(e.Hedged);
    }

    [Fact]
    public void X_announced_that_forces_found_a_rocket_gives_the_finding_claimed_by_X_and_no_statement_event()
    {
        var e = Assert.Single(Run(
            "The Baghdad Operations Command (BOC) announced that security forces found a rocket on its launcher in Dora on June 27."));
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("Baghdad Operations Command (BOC)", e.ClaimedBy);
        Assert.NotEqual("statement", e.Kind);
    }
}
