using Sitrep.Core.Evaluation;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Evaluation;

public sealed class EventRecordReaderTests
{
    [Fact]
    public void Reads_lines_with_nulls_missing_fields_and_numeric_doc_ids()
    {
        var jsonl = """
            {"doc":"a.txt","item":3,"span":{"start":10,"end":42},"date_start":"2021-05-03","date_end":null,"event_type":"Battles","actor1":"ISF","latitude":33.5,"longitude":44.25,"fatalities":2,"event_id":"e1","extra":{"ignored":true}}

            {"doc":7,"span":{"end":5},"fatalities":2.0}
            {"doc":null}
            """;
        var records = EventRecordReader.Read(new StringReader(jsonl));
        Assert.Equal(3, records.Count);
        var a = records[0];
        Assert.Equal(("a.txt", 3, 10, 42), (a.Doc, a.Item, a.SpanStart, a.SpanEnd));
        Assert.Equal(("2021-05-03", null, "Battles", null), (a.DateStart, a.DateEnd, a.EventType, a.SubEventType));
        Assert.Equal(("ISF", null, 33.5, 44.25, 2.0, "e1"), (a.Actor1, a.Admin1, a.Latitude, a.Longitude, a.Fatalities, a.EventId));
        Assert.Equal("7", records[1].Doc);
        Assert.Null(records[1].SpanStart);
        Assert.Equal(5, records[1].SpanEnd);
        Assert.Equal(2.0, records[1].Fatalities);
        Assert.Null(records[2].Doc);
    }

    [Theory]
    [InlineData("{\"doc\":\"a\",\"event_type\":3}", "line 2: 'event_type' is not a string")]
    [InlineData("{\"doc\":\"a\",\"latitude\":\"33.1\"}", "line 2: 'latitude' is not a number")]
    [InlineData("{\"doc\":\"a\",\"span\":{\"start\":1.5}}", "line 2: 'start' is not an integer")]
    [InlineData("[1,2]", "line 2: not a JSON object")]
    public void A_value_of_the_wrong_type_names_its_line(string bad, string message)
    {
        var e = Assert.Throws<FormatException>(() => EventRecordReader.Read(new StringReader("{\"doc\":\"ok\"}\n" + bad)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Broken_json_names_its_line()
    {
        var e = Assert.Throws<FormatException>(() => EventRecordReader.Read(new StringReader("{\"doc\":")));
        Assert.StartsWith("line 1: ", e.Message);
    }

    [Fact]
    public void A_mention_becomes_the_record_extract_would_write()
    {
        var mention = new EventMention
        {
            DocumentId = "hash",
            Item = 4,
            Span = new TextSpan(1, 20),
            RawSpan = new TextSpan(3, 25),
            Evidence = "Gunmen attacked a checkpoint.",
            Date = new DateRange(new DateOnly(2021, 5, 3), new DateOnly(2021, 5, 4)),
            EventType = "Battles",
            SubEventType = "Armed clash",
            Kind = "attack",
            Actor1 = new EventActor("Unidentified Armed Group", null),
            Location = new EventLocation("Baqubah", null, "Iraq", "Diyala", null, 33.75, 44.64, 1),
            Fatalities = 2,
            EventId = "ev-1",
        };
        var r = EventRecord.From(mention, "week1.txt");
        Assert.Equal(("week1.txt", 4, 3, 25), (r.Doc, r.Item, r.SpanStart, r.SpanEnd));
        Assert.Equal(("2021-05-03", "2021-05-04", "Battles", "Armed clash"), (r.DateStart, r.DateEnd, r.EventType, r.SubEventType));
        Assert.Equal(("Unidentified Armed Group", "Diyala", 33.75, 44.64, 2.0, "ev-1"), (r.Actor1, r.Admin1, r.Latitude, r.Longitude, r.Fatalities, r.EventId));

        var bare = EventRecord.From(mention with { Date = null, Actor1 = null, Location = EventLocation.None(), Fatalities = null }, "x");
        Assert.Equal((null, null, null, null, null, null), (bare.DateStart, bare.DateEnd, bare.Actor1, bare.Admin1, bare.Latitude, bare.Fatalities));
    }

    [Fact]
    public void Seed_gold_loads_events_actors_and_keeps_contradictions_as_json()
    {
        var gold = SeedGold.Parse("""
            {"events":[
              {"id":"A-1","doc":"a.txt","evidence":"x","date_start":"2021-05-03","date_end":"2021-05-03","event_type":"Battles",
               "sub_event_type":"Armed clash","actor1":"ISF","admin1":"Diyala","latitude":33.7,"longitude":44.6,"fatalities":2,"cluster":"C1"},
              {"id":"B-1","doc":"b.txt","evidence":"y","date_start":null,"date_end":null,"event_type":"Protests","sub_event_type":"Peaceful protest"},
              {"id":"A-2","doc":"a.txt","evidence":"z","date_start":null,"date_end":null,"event_type":"Riots","sub_event_type":"Mob violence"}],
             "actors":[{"name":"Iraqi Security Forces","aliases":["ISF"]},{"name":"Protesters"}],
             "contradictions":[{"cluster":"C1","attribute":"date","values":[]}]}
            """);
        Assert.Equal(["a.txt", "b.txt"], gold.Documents);
        Assert.Equal(3, gold.Events.Count);
        Assert.Equal(("C1", 2.0, 33.7), (gold.Events[0].Cluster, gold.Events[0].Fatalities, gold.Events[0].Latitude));
        Assert.Null(gold.Events[1].Actor1);
        Assert.Equal(["ISF"], gold.Actors[0].Aliases);
        Assert.Empty(gold.Actors[1].Aliases);
        Assert.Equal("date", Assert.Single(gold.Contradictions).GetProperty("attribute").GetString());
    }

    [Fact]
    public void Seed_gold_without_evidence_names_the_event()
    {
        var e = Assert.Throws<FormatException>(() => SeedGold.Parse("""{"events":[{"id":"A-1","doc":"a.txt"}]}"""));
        Assert.Equal("event A-1: 'evidence' is missing", e.Message);
    }
}
