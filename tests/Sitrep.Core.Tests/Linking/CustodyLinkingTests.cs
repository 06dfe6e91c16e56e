using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Linking;

/// <summary>
/// Custody transfers and releases across sources: a transfer is not a release; the state's organs (the Prime Minister,
/// the security forces) may tell one act; sources agreeing on a share's whole ("of 14") point at one release; who
/// received the detainees can itself be disputed.
/// </summary>
public class CustodyLinkingTests
{
    private static readonly EventActor PmfSecurity = new("PMF Security Directorate", "pmf-security-directorate");
    private static readonly EventActor AhlAlHaq = new("Asa'ib Ahl al-Haq (AAH)", "asaib-ahl-al-haq");

    private static EventMention Transfer(string doc, string text, EventActor by, EventActor to, DateRange date, int custodianAt) =>
        Mention(doc, text, 0, date, subEventType: "Agreement", kind: "transfer", actor1: by, actor2: to, location: BaghdadCity,
            sources: new Dictionary<string, TextSpan> { ["custodian"] = new(custodianAt, text.Length) });

    private static EventMention Release(string doc, string text, double released, DateRange date, EventActor? by = null) =>
        Mention(doc, text, 0, date, subEventType: "Agreement", kind: "release", actor1: by,
            counts: new Dictionary<string, double> { ["released"] = released },
            qualifiers: new Dictionary<string, string> { ["released"] = "of 14" });

    [Fact]
    public void AnOrganOfTheStateAndTheStateAgreeingToTheSameTransferAreOneEvent()
    {
        const string a = "Police passed the nine men they held into the custody of the PMF Security Directorate.";
        const string b = "The premier agreed to transfer the men to the custody of a unit controlled by Kata'ib Hezbollah.";
        var links = new EventLinker(Registry).AddRange([
            Link("a#0", Transfer("doc-a", a, Isf, PmfSecurity, Day(6, 29), 40)),
            Link("b#0", Transfer("doc-b", b, Kadhimi, Kh, Days(6, 25, 29), 40)),
        ]);
        Assert.Single(links.Select(l => l.EventId).Distinct());
    }

    [Fact]
    public void RivalMilitiasAreNotOneActorTheWayStateOrgansAre()
    {
        var compat = new MentionCompatibility(Registry);
        const string text = "Fighters fired two rockets at a base near the airport.";
        EventMention Attack(string doc, EventActor by) => Mention(doc, text, 0, Day(6, 25), eventType: AcledType.Explosions,
            subEventType: "Shelling/artillery/missile attack", kind: "shelling", actor1: by, location: Dora);
        Assert.True(compat.Score(Link("a#0", Attack("doc-a", Kh)), Link("b#0", Attack("doc-b", AhlAlHaq))) < EventLinker.Threshold);
        Assert.True(compat.Score(Link("a#0", Attack("doc-a", Kh)), Link("b#0", Attack("doc-b", Kh))) >= EventLinker.Threshold);
    }

    [Fact]
    public void TwoForcesOfOneStateAreTwoUnitsNotOneActor()
    {
        var compat = new MentionCompatibility(Registry);
        var police = new EventActor("Iraqi Police", "iraqi-police");
        var army = new EventActor("Iraqi Army", "iraqi-army");
        const string text = "Forces detained five suspects during a dawn sweep.";
        EventMention Sweep(string doc, EventActor by) => Mention(doc, text, 0, Day(6, 25), actor1: by, location: Basra, kind: "arrest");
        var organs = compat.Score(Link("a#0", Sweep("doc-a", Kadhimi)), Link("b#0", Sweep("doc-b", Isf)));
        var units = compat.Score(Link("a#0", Sweep("doc-a", police)), Link("b#0", Sweep("doc-b", army)));
        Assert.True(organs > units);
    }

    [Fact]
    public void ExactFiguresFarApartWeighAgainstALink()
    {
        var compat = new MentionCompatibility(Registry);
        EventMention Killed(string doc, double n) => Mention(doc, "A roadside bomb struck an army patrol outside the town.", 0, Day(6, 25),
            eventType: AcledType.Explosions, subEventType: "Remote explosive/landmine/IED", kind: "ied", actor1: Isf, location: Dora,
            counts: new Dictionary<string, double> { ["killed"] = n });
        var same = compat.Score(Link("a#0", Killed("doc-a", 3)), Link("b#0", Killed("doc-b", 3)));
        var close = compat.Score(Link("a#0", Killed("doc-a", 3)), Link("b#0", Killed("doc-b", 4)));
        var far = compat.Score(Link("a#0", Killed("doc-a", 3)), Link("b#0", Killed("doc-b", 12)));
        Assert.True(same >= close);
        Assert.True(close > far);
    }

    [Fact]
    public void ATransferAndAReleaseAreTwoEvents()
    {
        const string a = "Police passed the nine men they held into the custody of the PMF Security Directorate.";
        var links = new EventLinker(Registry).AddRange([
            Link("a#0", Transfer("doc-a", a, Isf, PmfSecurity, Day(6, 29), 40)),
            Link("b#0", Release("doc-b", "Eleven of the fourteen detainees walked free on bail that day.", 11, Day(6, 29), Isf)),
        ]);
        Assert.Equal(2, links.Select(l => l.EventId).Distinct().Count());
    }

    [Fact]
    public void TwoReleasesOfSharesOfTheSameWholeAreOneEventAndTheirFiguresAreDisputed()
    {
        var a = Link("a#0", Release("doc-a", "A militia official said eleven of the fourteen suspects walked free on bail.", 11, Day(6, 29)));
        var b = Link("b#0", Release("doc-b", "Thirteen of the fourteen had been let go by Monday.", 13, Days(6, 25, 29)));
        var links = new EventLinker(Registry).AddRange([a, b]);
        Assert.Single(links.Select(l => l.EventId).Distinct());
        var found = ContradictionFinder.Find([a, b], Registry);
        var c = Assert.Single(found, c => c.Attribute == "count:released");
        Assert.Equal(["11 of 14", "13 of 14"], c.Values.Select(v => v.Value).ToArray());
    }

    [Fact]
    public void CustodiansOneWithinTheOtherAgreeTwoSiblingUnitsDisagree()
    {
        const string a = "Police passed the nine men they held into the custody of the PMF Security Directorate.";
        const string b = "The premier agreed to transfer the men to the custody of a unit controlled by Kata'ib Hezbollah.";
        const string c = "The men ended up in a jail the PMF runs.";
        var x = Link("a#0", Transfer("doc-a", a, Isf, PmfSecurity, Day(6, 29), 40));
        var y = Link("b#0", Transfer("doc-b", b, Kadhimi, Kh, Days(6, 25, 29), 40));
        var z = Link("c#0", Transfer("doc-c", c, Isf, Pmf, Day(6, 29), 30));
        Assert.DoesNotContain(ContradictionFinder.Find([x, z], Registry), k => k.Attribute == "custodian");
        var found = Assert.Single(ContradictionFinder.Find([x, y, z], Registry), k => k.Attribute == "custodian");
        Assert.Equal(3, found.Values.Count);
        Assert.Equal(new TextSpan(40, a.Length), found.Values.Single(v => v.MentionKey == "a#0").RawSpan);
    }

    [Fact]
    public void AnItemHeadersDateSpansFromTheHeaderToTheActItDates()
    {
        var m = Mention("doc-a", "Security forces handed the detainees over.", 500, Day(6, 29), item: 10,
            sources: new Dictionary<string, TextSpan> { ["date"] = new(300, 306) });
        Assert.Equal(new TextSpan(300, 500 + m.Evidence.Length), EventFusion.SpanOf(m, "date"));
        // A date stated inside the act's own sentence is its own span.
        var own = m with { Sources = new Dictionary<string, TextSpan> { ["date"] = new(510, 516) } };
        Assert.Equal(new TextSpan(510, 516), EventFusion.SpanOf(own, "date"));
    }
}
