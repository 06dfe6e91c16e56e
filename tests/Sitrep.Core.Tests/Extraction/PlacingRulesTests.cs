using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Where an event happened: the most specific place, the capital for national institutions, none for online acts.</summary>
public class PlacingRulesTests
{
    [Fact]
    public void The_most_specific_place_named_wins_and_its_governorate_is_filled()
    {
        var e = Assert.Single(Run("Police arrested two men in the Karrada neighbourhood of Baghdad on June 27."));
        Assert.Equal("Karrada", e.Location.Name);
        Assert.Equal("Baghdad", e.Location.Admin1);
        Assert.Equal(1, e.Location.GeoPrecision);
    }

    [Fact]
    public void A_town_named_with_its_governorate_is_placed_at_the_town()
    {
        var e = Assert.Single(Run("Gunmen killed a shop owner in Zubair, Basra, on June 27."));
        Assert.Equal("Zubair", e.Location.Name);
        Assert.Equal("Basra", e.Location.Admin1);
    }

    [Fact]
    public void A_law_passed_by_parliament_with_no_place_is_Baghdad_at_geo_precision_3()
    {
        var e = Assert.Single(Run("The Council of Representatives passed the new election law on June 27."));
        Assert.Equal("Baghdad", e.Location.Name);
        Assert.Equal("Baghdad", e.Location.Admin1);
        Assert.Equal(3, e.Location.GeoPrecision);
    }

    [Fact]
    public void A_ministry_announcement_with_no_place_is_Baghdad_at_geo_precision_3()
    {
        var e = Assert.Single(Run("The Ministry of Health announced new curfew measures on June 27."));
        Assert.Equal("Baghdad", e.Location.Name);
        Assert.Equal(3, e.Location.GeoPrecision);
    }

    [Theory]
    [InlineData("Kata'ib Hezbollah threatened the Prime Minister in a Telegram post on June 27.")]
    [InlineData("Qais al-Khazali condemned the arrests on Twitter on June 27.")]
    [InlineData("The Ministry of Interior announced a new border policy on Telegram on June 27.")]
    public void A_statement_made_on_Twitter_or_Telegram_has_no_location(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Null(e.Location.Name);
        Assert.Null(e.Location.Admin1);
        Assert.Null(e.Location.GeoPrecision);
        Assert.Null(e.Location.Latitude);
    }

    [Theory]
    [InlineData("Protesters rallied in Iraq on June 27 against power cuts.")]
    [InlineData("The Counterterrorism Service (CTS) arrested five men in Iraq on June 27.")]
    public void Iraq_alone_is_not_a_location(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Null(e.Location.Name);
        Assert.Null(e.Location.Admin1);
    }
}
