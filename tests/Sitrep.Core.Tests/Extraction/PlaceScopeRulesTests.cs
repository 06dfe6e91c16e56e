using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Places that do not pin an event down: regions, acts across several governorates, a trip that was called off.</summary>
public class PlaceScopeRulesTests
{
    private static IReadOnlyList<EventMention> RunPublished(string text, DateOnly published) =>
        EventExtraction.Default.Run(new RawDocument { FileName = "t.txt", Format = "text", Text = text, Published = published }, "id").Events;

    [Theory]
    [InlineData("Protesters rallied in southern Iraq on June 27 against power cuts.", "southern Iraq")]
    [InlineData("Gunmen attacked a police checkpoint in northern Iraq on June 27.", "northern Iraq")]
    public void A_region_is_the_location_but_gives_no_admin1(string text, string region)
    {
        // The region's point lies inside some governorate; the event is not in that governorate.
        var e = Assert.Single(Run(text));
        Assert.Equal(region, e.Location.Name);
        Assert.Equal("Iraq", e.Location.Country);
        Assert.Null(e.Location.Admin1);
    }

    [Theory]
    [InlineData("The Counterterrorism Service (CTS) launched operations in Anbar, Nineveh and Kirkuk provinces on June 27.")]
    [InlineData("Security forces arrested 12 ISIS suspects in Anbar, Nineveh and Kirkuk provinces on June 27.")]
    public void An_act_across_three_governorates_has_no_location(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Null(e.Location.Name);
        Assert.Null(e.Location.Admin1);
        Assert.Null(e.Location.GeoPrecision);
        Assert.Null(e.Location.Latitude);
    }

    [Fact]
    public void An_act_across_two_governorates_keeps_a_location()
    {
        // The control for the rule above: below three governorates the most specific place is kept.
        var e = Assert.Single(Run("Security forces arrested 12 ISIS suspects in Kirkuk and Diyala on June 27."));
        Assert.Equal("Kirkuk", e.Location.Name);
        Assert.Equal("Kirkuk", e.Location.Admin1);
    }

    [Fact]
    public void A_cancelled_visit_is_not_located_at_its_destination()
    {
        var e = Assert.Single(RunPublished("The Prime Minister cancelled his visit to Riyadh on July 20.", new DateOnly(2020, 7, 25)));
        Assert.Equal("visit", e.Kind);
        Assert.Equal("Mustafa al-Kadhimi", e.Actor1?.Name);
        Assert.NotEqual("Riyadh", e.Location.Name);
        Assert.NotEqual("Saudi Arabia", e.Location.Country);
    }

    [Fact]
    public void A_visit_that_took_place_is_located_at_its_destination()
    {
        // The control for the rule above.
        var e = Assert.Single(RunPublished("Prime Minister Mustafa al-Kadhimi visited Riyadh on July 20.", new DateOnly(2020, 7, 25)));
        Assert.Equal("Riyadh", e.Location.Name);
        Assert.Equal("Saudi Arabia", e.Location.Country);
    }

    [Fact]
    public void A_cancelled_visit_by_the_prime_minister_defaults_to_Baghdad_at_geo_precision_3()
    {
        var e = Assert.Single(RunPublished("The Prime Minister cancelled his visit to Riyadh on July 20.", new DateOnly(2020, 7, 25)));
        Assert.Equal("Baghdad", e.Location.Name);
        Assert.Equal("Baghdad", e.Location.Admin1);
        Assert.Equal(3, e.Location.GeoPrecision);
    }
}
