using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>ACLED coding rules: which event type and sub-event type an act gets, and who is actor1 and actor2.</summary>
public class CodingRulesTests
{
    private const string Cts = "Counterterrorism Service (CTS)";
    private const string Kh = "Kata'ib Hezbollah";

    [Fact]
    public void A_raid_with_detentions_is_Arrests()
    {
        var e = Assert.Single(Run("The Counterterrorism Service (CTS) raided a Kata'ib Hezbollah compound in Dora on June 25 and detained 14 KH members."));
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(Cts, e.Actor1?.Name);
        Assert.Equal(Kh, e.Actor2?.Name);
    }

    [Fact]
    public void A_raid_alone_is_Strategic_developments_Other()
    {
        var e = Assert.Single(Run("The Counterterrorism Service (CTS) raided a Kata'ib Hezbollah compound in Dora on June 25."));
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Other", e.SubEventType);
        Assert.Equal("raid", e.Kind);
    }

    [Fact]
    public void Active_detention_gives_the_detainer_as_actor1_and_the_detained_group_as_actor2()
    {
        var e = Assert.Single(Run("The Counterterrorism Service (CTS) detained 14 KH members in Dora on June 25."));
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(Cts, e.Actor1?.Name);
        Assert.Equal(Kh, e.Actor2?.Name);
    }

    [Fact]
    public void Passive_detention_by_an_agent_gives_the_agent_as_actor1_and_the_subject_as_actor2()
    {
        var e = Assert.Single(Run("14 KH members were detained by the Counterterrorism Service (CTS) in Dora on June 25."));
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(Cts, e.Actor1?.Name);
        Assert.Equal(Kh, e.Actor2?.Name);
    }

    [Theory]
    [InlineData("Iraqi security forces found a rocket on its launcher in Dora on June 27 before it could be fired.")]
    [InlineData("Iraqi security forces discovered two rockets primed for launch near Abu Ghraib on June 27.")]
    [InlineData("Security forces intercepted a rocket over the Green Zone on June 27.")]
    [InlineData("A rocket fired at the Green Zone on June 27 was intercepted by the embassy's air defences.")]
    public void A_rocket_found_before_launch_or_intercepted_is_Disrupted_weapons_use(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
    }

    [Theory]
    [InlineData("Two Katyusha rockets struck Baghdad International Airport on June 27.")]
    [InlineData("Three rockets landed near Balad Air Base on June 27.")]
    [InlineData("A rocket struck the Green Zone on June 27.")]
    [InlineData("A Katyusha rocket landed near the US Embassy in Baghdad on June 27.")]
    public void A_rocket_that_lands_or_strikes_is_a_Shelling_artillery_missile_attack(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }

    [Fact]
    public void A_suicide_bomber_is_a_Suicide_bomb()
    {
        var e = Assert.Single(Run("A suicide bomber blew himself up at a market in Tarmiyah on June 27, killing three people."));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Suicide bomb", e.SubEventType);
    }

    [Theory]
    [InlineData("A roadside bomb struck a logistics convoy near Diwaniyah on June 27.")]
    [InlineData("An IED exploded beside a supply convoy in Samawah on June 27.")]
    public void A_roadside_bomb_or_IED_is_Remote_explosive_landmine_IED(string text)
    {
        var e = Assert.Single(Run(text));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [Fact]
    public void An_airstrike_is_an_Air_drone_strike()
    {
        var e = Assert.Single(Run("A US airstrike hit a Kata'ib Hezbollah weapons depot in Jurf al-Sakhar on June 27."));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal(Kh, e.Actor2?.Name);
    }

    [Fact]
    public void A_kidnapping_is_an_Abduction_forced_disappearance()
    {
        var e = Assert.Single(Run("Gunmen kidnapped a civil-society activist in Nasiriyah on June 27."));
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
    }
}
