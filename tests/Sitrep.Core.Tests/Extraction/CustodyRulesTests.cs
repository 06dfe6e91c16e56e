using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Handing detainees to another custodian is a transfer, with the new custodian as actor2; freeing them is a release.</summary>
public class CustodyRulesTests
{
    [Fact]
    public void Releasing_detainees_to_the_custody_of_a_unit_is_a_transfer_to_that_unit()
    {
        var doc = RunDocument("On June 29, police freed the nine suspects they held into the custody of the PMF Security Directorate.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("transfer", e.Kind);
        Assert.Equal("Agreement", e.SubEventType);
        Assert.Equal("PMF Security Directorate", e.Actor2?.Name);
        var span = e.Sources["custodian"];
        Assert.Equal("into the custody of the PMF Security Directorate", doc.Document.Text[span.Start..span.End]);
    }

    [Fact]
    public void The_custodian_is_who_controls_the_unit_or_prison_named()
    {
        var e = Assert.Single(Run("On June 27, Kadhimi agreed to move the detainees to a jail under the control of Kata'ib Hezbollah."));
        Assert.Equal("transfer", e.Kind);
        Assert.Equal("Kata'ib Hezbollah", e.Actor2?.Name);
        var unit = Assert.Single(Run("On June 27, Kadhimi agreed to hand the prisoners into the custody of a brigade run by Kata'ib Hezbollah."));
        Assert.Equal("Kata'ib Hezbollah", unit.Actor2?.Name);
    }

    [Fact]
    public void Remaining_in_custody_is_no_transfer()
    {
        var e = Assert.Single(Run("On June 29, seven of the suspects were freed on bail, while the other two stayed in custody."));
        Assert.Equal("release", e.Kind);
        Assert.False(e.Sources.ContainsKey("custodian"));
    }

    [Fact]
    public void In_one_item_a_transfer_and_a_later_release_stay_two_events()
    {
        var events = Run(Report(
            "1 Jun 29: Police Hand Over Suspects. Police freed the nine men they held into the custody of the " +
            "PMF Security Directorate. A lawyer for the men said that 6 of the 9 were released on bail."));
        Assert.Equal(2, events.Count);
        Assert.Equal("transfer", events[0].Kind);
        Assert.Equal("release", events[1].Kind);
        Assert.Equal(6, events[1].Counts["released"]);
    }
}
