using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Counts with their qualifiers, and ACLED fatalities: 0 non-violent, null violent without a number, else the figure.</summary>
public class CountingRulesTests
{
    [Fact]
    public void A_vague_amount_keeps_its_word_as_the_qualifier_beside_the_conservative_figure()
    {
        var e = Assert.Single(Run("Dozens of armed militiamen surrounded the ministry building in Baghdad on June 27."));
        Assert.Equal(12, e.Counts["fighters"]);
        Assert.Equal("dozens", e.CountQualifiers["fighters"]);
    }

    [Fact]
    public void At_least_14_detained_gives_a_detained_count_with_its_qualifier()
    {
        var e = Assert.Single(Run("Security forces detained at least 14 Kata'ib Hezbollah members in Dora on June 27."));
        Assert.Equal(14, e.Counts["detained"]);
        Assert.Equal("at least", e.CountQualifiers["detained"]);
    }

    [Fact]
    public void A_non_violent_event_has_zero_fatalities()
    {
        var e = Assert.Single(Run("The Counterterrorism Service (CTS) detained 14 Kata'ib Hezbollah members in Dora on June 27."));
        Assert.Equal(0, e.Fatalities);
    }

    [Theory]
    [InlineData("Gunmen attacked a police checkpoint in Tarmiyah on June 27.")]
    [InlineData("Three rockets landed near Balad Air Base on June 27.")]
    public void Violence_without_a_number_has_unknown_fatalities(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Violence_with_a_number_has_that_figure_as_fatalities()
    {
        var e = Assert.Single(Run("Gunmen killed two policemen in Tarmiyah on June 27."));
        Assert.Equal(2, e.Fatalities);
        Assert.Equal(2, e.Counts["killed"]);
    }
}
