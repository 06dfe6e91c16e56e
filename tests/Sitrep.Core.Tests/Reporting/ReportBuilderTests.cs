using System.Text.Json;
using System.Xml.Linq;
using Sitrep.Core.Extraction;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Reporting;
using static Sitrep.Core.Tests.Linking.LinkingKit;

namespace Sitrep.Core.Tests.Reporting;

public class ReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2020, 7, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReportRequest Week = new(On(6, 24), On(6, 30), []);

    private static FusedEvent Fuse(string id, params LinkMention[] mentions) => EventFusion.Fuse(id, mentions, Registry);

    /// <summary>Two outlets on the CTS raid (they disagree on the number detained), a rocket attack, a protest, a
    /// statement, and an event of the week before.</summary>
    private static (List<FusedEvent> Events, Dictionary<string, SourceDocument> Docs) Corpus()
    {
        var raidA = Link("1", RaidA("isw"), "ISW", On(6, 26), "isw.txt");
        var raidB = Link("2", RaidB("news") with
        {
            Counts = new Dictionary<string, double> { ["detained"] = 13 },
            Hedged = true,
            Hedges = ["reportedly"],
        }, "Wire", On(6, 27), "news.html");
        var rockets = Link("3", Mention("isw", "Unknown militants fired three rockets at the US embassy in Baghdad.", 400, Day(6, 28),
            eventType: AcledType.Explosions, subEventType: "Shelling/artillery/missile attack", kind: "shelling",
            actor2: new EventActor("US Embassy", null), location: Karrada,
            counts: new Dictionary<string, double> { ["rockets"] = 3, ["fatalities"] = 2 }) with { Fatalities = 2 }, "ISW", On(6, 30), "isw.txt");
        var protest = Link("4", Mention("isw", "Protesters gathered in Basra to demand electricity.", 600, Day(6, 27),
            eventType: "Protests", subEventType: "Peaceful protest", kind: "protest", actor1: new EventActor("Protesters (Iraq)", "protesters-iraq"),
            location: Basra, counts: new Dictionary<string, double> { ["protesters"] = 40 }, qualifiers: new Dictionary<string, string> { ["protesters"] = "dozens" }),
            "ISW", On(6, 30), "isw.txt");
        var statement = Link("5", Mention("isw", "The prime minister said the raid upheld the rule of law.", 800, Day(6, 26),
            kind: "statement", subEventType: "Other", actor1: Kadhimi, actor2: Kh, location: BaghdadCity), "ISW", On(6, 30), "isw.txt");
        var earlier = Link("6", Mention("isw", "A roadside bomb struck a convoy near Basra.", 900, Day(6, 20),
            eventType: AcledType.Explosions, subEventType: "Remote explosive/landmine/IED", kind: "ied", location: Basra), "ISW", On(6, 21), "isw.txt");
        var events = new List<FusedEvent>
        {
            Fuse("ev-rockets", rockets), Fuse("ev-raid", raidA, raidB), Fuse("ev-protest", protest), Fuse("ev-statement", statement),
            Fuse("ev-earlier", earlier),
        };
        var docs = new Dictionary<string, SourceDocument>
        {
            ["isw"] = new("isw", "isw.txt", "Iraq Situation Report: June 24-30", "ISW", On(6, 30), Days(6, 24, 30), "https://example.org/isw"),
            ["news"] = new("news", "news.html", "Raid on militia site", "Wire", On(6, 27), null, "javascript:alert(1)"),
        };
        return (events, docs);
    }

    private static SituationReport Build(ReportRequest? request = null)
    {
        var (events, docs) = Corpus();
        return new ReportBuilder(Registry).Build(request ?? Week, events, events, docs, Now);
    }

    [Fact]
    public void Events_of_the_period_are_numbered_in_date_order_and_the_week_before_only_counts_in_trends()
    {
        var r = Build();
        Assert.Equal(["ev-raid", "ev-statement", "ev-protest", "ev-rockets"], r.Events.Select(e => e.Id));
        Assert.Equal([1, 2, 3, 4], r.Events.Select(e => e.Number));
        Assert.Equal(4, r.Trends.Current.Events);
        Assert.Equal(1, r.Trends.Previous.Events);
        Assert.Equal(On(6, 17), r.Trends.Previous.From);
        Assert.Equal(On(6, 23), r.Trends.Previous.To);
        Assert.Equal(2, r.Trends.Current.Fatalities);
        Assert.Equal(1, r.Trends.Previous.ByType[AcledType.Explosions]);
        Assert.Equal("Iraq Situation Report: June 24–30, 2020", r.Title);
    }

    [Fact]
    public void Headlines_are_phrased_from_the_fields_in_situation_report_style()
    {
        var r = Build();
        var raid = r.Events.Single(e => e.Id == "ev-raid");
        // Both outlets agree on 14? No: 14 and 13 are equally supported, and the lower figure is kept.
        Assert.Equal("Jun 25: Counterterrorism Service raids Kata'ib Hezbollah in Dora, Baghdad, detains 13", raid.Headline);
        var rockets = r.Events.Single(e => e.Id == "ev-rockets");
        Assert.Equal("Jun 28: Rocket attack on US Embassy in Karrada, Baghdad, kills 2", rockets.Headline);
        var protest = r.Events.Single(e => e.Id == "ev-protest");
        Assert.Equal("Jun 27: Protesters demonstrate in Basra, dozens protesters", protest.Headline);
        Assert.Equal("Demonstration", protest.Legend);
        Assert.Equal("Iraqi Security Forces", raid.Legend);
    }

    [Fact]
    public void Hedges_contradictions_and_sources_are_carried_through()
    {
        var r = Build();
        var raid = r.Events.Single(e => e.Id == "ev-raid");
        Assert.False(raid.Hedged); // one of two sources hedges: the event is not hedged as a whole
        Assert.Equal(["reportedly"], raid.Hedges);
        Assert.Equal(2, raid.IndependentSources);
        var c = Assert.Single(raid.Contradictions, x => x.Attribute == "count:detained");
        Assert.Equal(raid.Number, c.EventNumber);
        Assert.Equal(["13", "14"], c.Values.Select(v => v.Value).Order());
        Assert.Contains(r.Contradictions, x => x.EventId == "ev-raid" && x.Attribute == "count:detained");
        Assert.Equal(["isw.txt", "news.html"], r.Sources.Select(s => s.Doc).Order());
        Assert.Equal([1, 2, 3, 4], r.Sources.Single(s => s.Doc == "isw.txt").Events);
        // The situation report's item comes first among the evidence and gives the summary.
        Assert.Equal("isw.txt", raid.Sources[0].Doc);
        Assert.Equal(RaidEvidenceA, raid.Summary);
    }

    [Fact]
    public void Key_takeaway_has_three_to_five_sentences_each_resting_on_events_of_the_report()
    {
        var r = Build();
        Assert.InRange(r.KeyTakeaway.Count, 3, 5);
        var numbers = r.Events.Select(e => e.Number).ToHashSet();
        Assert.All(r.KeyTakeaway, t => Assert.NotEmpty(t.Events));
        Assert.All(r.KeyTakeaway, t => Assert.Subset(numbers, t.Events.ToHashSet()));
        Assert.StartsWith("Sitrep recorded 4 events in Iraq for June 24–30, 2020, 1 of them violent, with 2 reported fatalities.", r.KeyTakeaway[0].Text);
        // The most significant event (violent, with fatalities) is told first after the overview.
        Assert.Equal([4], r.KeyTakeaway[1].Events);
        Assert.Equal("On Jun 28, a rocket attack on US Embassy in Karrada, Baghdad, killing 2 was reported.", r.KeyTakeaway[1].Text);
        Assert.Contains(r.KeyTakeaway, t => t.Text.StartsWith("Events rose from 1 in June 17–23, 2020 to 4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_keeps_only_its_governorates_events()
    {
        var r = Build(Week with { Regions = ["Basra"] });
        Assert.Equal(["ev-protest"], r.Events.Select(e => e.Id));
        Assert.Equal("Iraq (Basra) Situation Report: June 24–30, 2020", r.Title);
        Assert.Equal(1, r.Trends.Previous.Events); // the Basra bomb of the week before
    }

    [Fact]
    public void An_empty_period_still_makes_a_report()
    {
        var r = Build(new ReportRequest(On(1, 1), On(1, 7), []));
        Assert.Empty(r.Events);
        Assert.Equal("No events were recorded in Iraq for January 1–7, 2020.", Assert.Single(r.KeyTakeaway).Text);
        Assert.Contains("No events in this period.", ReportMarkdown.Write(r));
        Assert.Contains("No events in this period.", ReportHtml.Write(r, new ReportArt(null, null), _ => "#000"));
    }

    [Fact]
    public void Json_carries_the_contract_fields()
    {
        var r = Build();
        using var doc = JsonDocument.Parse(ReportJson.Write(r));
        var root = doc.RootElement;
        Assert.Equal(r.Title, root.GetProperty("title").GetString());
        Assert.Equal("2020-06-24", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2020-06-30", root.GetProperty("period").GetProperty("to").GetString());
        Assert.True(root.GetProperty("key_takeaway")[0].GetProperty("events").GetArrayLength() > 0);
        var e = root.GetProperty("events")[0];
        foreach (var name in new[] { "number", "id", "date_start", "date_end", "headline", "summary", "event_type", "sub_event_type", "actor1",
                     "actor2", "location", "admin1", "latitude", "longitude", "geo_precision", "legend", "counts", "hedged", "sources", "contradictions" })
            Assert.True(e.TryGetProperty(name, out _), $"events[] lacks {name}");
        Assert.Equal("isw.txt", e.GetProperty("sources")[0].GetProperty("doc").GetString());
        Assert.Equal(100, e.GetProperty("sources")[0].GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal(13, e.GetProperty("counts").GetProperty("detained").GetDouble());
        Assert.True(root.GetProperty("trends").GetProperty("by_type").GetArrayLength() > 0);
        Assert.Contains(root.GetProperty("contradictions").EnumerateArray(), c => c.GetProperty("attribute").GetString() == "count:detained");
        Assert.Equal(2, root.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Document_text_is_escaped_in_html_and_markdown_and_unsafe_links_are_dropped()
    {
        var (events, docs) = Corpus();
        const string hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> & \"quoted\"";
        var m = Mention("news", "Gunmen attacked a checkpoint " + hostile, 10, Day(6, 29), eventType: "Battles", subEventType: "Armed clash",
            kind: "attack", actor1: new EventActor("<b>Gunmen</b>", null), location: Basra);
        events.Add(Fuse("ev-<x>", Link("9", m, "Wire<script>", On(6, 29), "news<i>.html")));
        docs["news"] = docs["news"] with { Title = "<script>t()</script>", Publisher = "Wire<script>" };
        var r = new ReportBuilder(Registry).Build(Week, events, events, docs, Now);

        var html = ReportHtml.Write(r, new ReportArt("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", [1, 2, 3]), _ => "#123456");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/isw\"", html);
        Assert.Contains("data:image/png;base64,AQID", html);
        // The page is well-formed apart from the doctype and void tags: check the body parses as XML once those are closed.
        var body = html[html.IndexOf("<main>", StringComparison.Ordinal)..(html.IndexOf("</main>", StringComparison.Ordinal) + 7)]
            .Replace("<br>", "<br/>", StringComparison.Ordinal).Replace("\"></picture>", "\"/></picture>", StringComparison.Ordinal);
        XElement.Parse(body);

        var md = ReportMarkdown.Write(r);
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", md);
    }
}
