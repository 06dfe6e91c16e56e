using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Actors and victims named around an event noun: "his inauguration", "killed along with Y in a U.S. strike".</summary>
public class NamedActorRulesTests
{
    [Fact]
    public void A_possessive_pronoun_on_an_event_noun_takes_the_actor_named_right_after()
    {
        var events = Run("Ever since his inauguration in May, the premier, Mustafa al-Kadhimi, reshuffled the security services.");
        var inauguration = Assert.Single(events, e => e.Kind == "appointment");
        Assert.Equal("Mustafa al-Kadhimi", inauguration.Actor1?.Name);
        Assert.Equal(new DateRange(new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 31)), inauguration.Date);
    }


    [Theory]
    [InlineData("a United States attack")]
    [InlineData("a U.S. attack")]
    [InlineData("a U.S. strike")]
    public void Killed_along_with_in_a_strike_counts_both_named_persons_and_takes_the_striker_as_actor1(string strike)
    {
        var e = Assert.Single(Run($"Qassem Soleimani was killed along with Abu Mahdi al-Muhandis in {strike} on January 3."));
        Assert.Equal(2, e.Fatalities);
        Assert.Equal("United States", e.Actor1?.Name);
        Assert.Equal(Day(1, 3), e.Date);
    }
}
