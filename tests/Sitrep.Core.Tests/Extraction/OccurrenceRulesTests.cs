using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Only acts reported as having happened are events: not negated, modal, planned, aimed at, or quoted ones.</summary>
public class OccurrenceRulesTests
{
    [Fact]
    public void A_negated_act_is_not_an_event()
    {
        Assert.Empty(Run("Police did not arrest anyone in Basra on June 27."));
    }

    [Theory]
    [InlineData("The Counterterrorism Service (CTS) will raid militia depots in Basra.")]
    [InlineData("Police could arrest the suspects in Basra within days.")]
    public void A_modal_or_future_act_is_not_an_event(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void A_planned_act_is_not_an_event()
    {
        Assert.Empty(Run("Kata'ib Hezbollah plans to seize the Mandali border crossing."));
    }

    [Fact]
    public void An_infinitive_act_is_not_an_event()
    {
        // The vow is a statement; the attack it names has not happened.
        var doc = RunDocument("Kata'ib Hezbollah vowed to attack US forces in Baghdad.");
        Assert.DoesNotContain(doc.Events, e => e.EventType is "Explosions/Remote violence" or "Violence against civilians" or "Battles");
        Assert.DoesNotContain(doc.Events, e => TriggerText(doc, e) == "attack");
    }

    [Fact]
    public void A_planned_visit_is_not_an_event()
    {
        var doc = RunDocument("A planned visit by the Prime Minister to Tehran was discussed by officials.");
        Assert.DoesNotContain(doc.Events, e => e.Kind == "visit");
    }

    [Theory]
    [InlineData("The spokesman said, \"We detained 14 Kata'ib Hezbollah members in Dora.\"")]
    [InlineData("\"We detained 14 Kata'ib Hezbollah members in Dora,\" the spokesman said.")]
    [InlineData("The spokesman said: \u201cOur forces raided a warehouse in Basra.\u201d")]
    public void Quoted_speech_is_not_an_event(string text)
    {
        var doc = RunDocument(text);
        Assert.DoesNotContain(doc.Events, e => e.Kind is "arrest" or "raid");
    }
}
