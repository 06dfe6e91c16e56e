using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>A protest listed by governorate takes the sharper place a later sentence of the item gives it.</summary>
public class ProtestPlaceRulesTests
{
    [Fact]
    public void A_later_sentence_naming_a_town_of_a_listed_governorate_gives_that_governorates_event()
    {
        var doc = RunDocument(Report(
            "2 Jun 26: Power Cuts Bring Crowds Out. Residents of Basra and Maysan provinces held large protests over power cuts. " +
            "Protesters in Amarah, Maysan Province, blamed the local council for the outages."));
        var events = doc.Events.Where(e => e.EventType == "Protests").ToList();
        Assert.Equal(2, events.Count);
        var maysan = Assert.Single(events, e => e.Location.Admin1 == "Maysan");
        Assert.Equal("Amarah", maysan.Location.Name);
        Assert.Contains("Amarah", maysan.Evidence);
        var basra = Assert.Single(events, e => e.Location.Admin1 == "Basra");
        Assert.DoesNotContain("Amarah", basra.Evidence);
    }

    [Fact]
    public void Without_a_sharper_sentence_each_governorate_keeps_the_listing()
    {
        var events = Run(Report(
            "2 Jun 26: Power Cuts Bring Crowds Out. Residents of Basra and Maysan provinces held large protests over power cuts. " +
            "The governor promised new generators by August."))
            .Where(e => e.EventType == "Protests").ToList();
        Assert.Equal(new[] { "Basra", "Maysan" }, events.Select(e => e.Location.Admin1 ?? "").Order().ToArray());
        Assert.All(events, e => Assert.StartsWith("Residents of Basra", e.Evidence.Split(". ")[^1], StringComparison.Ordinal));
    }
}
