using System.Security.Cryptography;
using Dapper;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Event links on a real SQLite file: attribute sources round trip, the linker's batch, an analyst's merge and split
/// with their audit rows, and re-linking that never touches an analyst's links. Invented texts throughout.
/// </summary>
public class EventLinkTests
{
    private static readonly DateTimeOffset T0 = new(2023, 9, 4, 7, 30, 0, TimeSpan.Zero);

    private const string TextA =
        "Border guards stopped a fuel convoy near Safwan on September 1 and held 6 drivers. " +
        "A drone struck a depot outside Tuz Khurmatu on September 2.";

    private const string TextB = "Guards at the Safwan crossing turned back a tanker convoy on September 1, holding 8 drivers.";

    /// <summary>A document whose original text has a header normalisation dropped: raw offset = offset + 4.</summary>
    private static Document Doc(string text, string fileName, string? source = null, DateOnly? published = null, DateRange? period = null)
    {
        var raw = "##\n\n" + text;
        var map = new int[text.Length + 1];
        for (var i = 0; i <= text.Length; i++) map[i] = i + 4;
        return new Document
        {
            Id = Docs.Hash(raw),
            FileName = fileName,
            Kind = DocumentKind.Article,
            Source = source,
            Published = published,
            Period = period,
            Format = "text",
            RawText = raw,
            Text = text,
            Map = new OffsetMap(map),
        };
    }

    private static EventMention Mention(Document doc, string sentenceStart, int day)
    {
        var at = doc.Text.IndexOf(sentenceStart, StringComparison.Ordinal);
        Assert.True(at >= 0, sentenceStart);
        var end = doc.Text.IndexOf('.', at) + 1;
        var span = new TextSpan(at, end);
        return new EventMention
        {
            DocumentId = doc.Id,
            Span = span,
            RawSpan = doc.Map.ToRaw(span),
            Evidence = doc.Text[at..end],
            Date = new DateRange(new DateOnly(2023, 9, day), new DateOnly(2023, 9, day)),
            TimePrecision = DatePrecision.Day,
            EventType = "Strategic developments",
            SubEventType = "Arrests",
            Kind = "arrest",
            Confidence = 0.6,
        };
    }

    /// <summary>The raw span of <paramref name="phrase"/> in <paramref name="doc"/>.</summary>
    private static TextSpan RawOf(Document doc, string phrase)
    {
        var at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        return doc.Map.ToRaw(new TextSpan(at, at + phrase.Length));
    }

    /// <summary>Two documents, three mentions: ids 1-2 from A (the convoy, the drone), 3 from B (the convoy).</summary>
    private static async Task<(SqliteEventStore Store, Document A, Document B)> SeedAsync(TempDatabase db, ManualClock clock)
    {
        var a = Doc(TextA, "desk-a.txt", source: "Desk A", published: new DateOnly(2023, 9, 2));
        var b = Doc(TextB, "desk-b.txt", period: new DateRange(new DateOnly(2023, 8, 28), new DateOnly(2023, 9, 3)));
        var store = await db.MigratedStoreAsync(clock);
        await store.AddDocumentAsync(a, [
            Mention(a, "Border guards", 1) with
            {
                Counts = new Dictionary<string, double> { ["detained"] = 6 },
                Sources = new Dictionary<string, TextSpan>
                {
                    ["date"] = RawOf(a, "September 1"),
                    ["count:detained"] = RawOf(a, "held 6 drivers"),
                    ["place"] = RawOf(a, "Safwan"),
                },
            },
            Mention(a, "A drone", 2),
        ]);
        await store.AddDocumentAsync(b, [Mention(b, "Guards at", 1)]);
        return (store, a, b);
    }

    private static string SplitId(params long[] ids) =>
        "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", ids.Order()))))[..12];

    [Fact]
    public async Task Attribute_sources_round_trip_as_raw_spans()
    {
        using var db = new TempDatabase();
        var (store, a, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var all = await store.ListEventMentionsAsync(new EventMentionFilter());
        var convoy = all.Single(m => m.Mention.Evidence.StartsWith("Border guards", StringComparison.Ordinal)).Mention;
        Assert.Equal(3, convoy.Sources.Count);
        Assert.Equal("September 1", a.RawText[convoy.Sources["date"].Start..convoy.Sources["date"].End]);
        Assert.Equal("held 6 drivers", a.RawText[convoy.Sources["count:detained"].Start..convoy.Sources["count:detained"].End]);
        Assert.Empty(all.Single(m => m.Mention.Evidence.StartsWith("A drone", StringComparison.Ordinal)).Mention.Sources);
        // The linking view loads them too.
        var linking = await store.ListMentionsForLinkingAsync();
        Assert.Equal(convoy.Sources, linking.Single(m => m.Stored.Mention.Evidence.StartsWith("Border", StringComparison.Ordinal)).Stored.Mention.Sources);
    }

    [Fact]
    public async Task A_source_outside_the_original_text_is_refused_before_anything_is_written()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var a = Doc(TextA, "desk-a.txt");
        var bad = Mention(a, "Border guards", 1) with { Sources = new Dictionary<string, TextSpan> { ["date"] = new(5, a.RawText.Length + 1) } };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddDocumentAsync(a, [bad]));
        Assert.Contains("date", error.Message);
        Assert.Equal(0, await store.CountDocumentsAsync());
    }

    [Fact]
    public async Task A_window_reads_linked_mentions_of_any_span_that_overlaps_it_and_began_within_the_year_before()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var a = Doc(TextA, "desk-a.txt");
        static DateRange Span(DateOnly from, DateOnly to) => new(from, to);
        var day = new DateOnly(2023, 9, 1);
        var mentions = new[]
        {
            Mention(a, "Border guards", 1) with { Date = Span(day, day) },                                   // inside
            Mention(a, "Border guards", 1) with { Date = Span(day.AddDays(-40), day.AddDays(-35)) },          // ended before
            Mention(a, "Border guards", 1) with { Date = Span(day.AddDays(-60), day.AddDays(3)) },           // long, overlaps
            Mention(a, "Border guards", 1) with { Date = Span(day.AddDays(-20), day) },                      // 20 days, overlaps
            Mention(a, "Border guards", 1) with { Date = Span(day.AddDays(-400), day.AddDays(5)) },          // began over a year before
        };
        await store.AddDocumentAsync(a, mentions);
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        await store.SaveLinksAsync(ids.Select((id, i) => new EventLinkWrite(id, "ev-" + i, 1)).ToList());
        var read = await store.ListLinkedMentionsAsync(day, day.AddDays(1));
        Assert.Equal([ids[0], ids[2], ids[3]], read.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task Linking_reads_the_unlinked_mentions_and_the_linked_ones_of_a_window_only()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        Assert.Equal(3, (await store.ListUnlinkedMentionsAsync()).Count);
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        // Link the September 1 convoy (two mentions) and leave the September 2 drone strike unlinked.
        await store.SaveLinksAsync([new EventLinkWrite(ids[0], "ev-convoy", 1), new EventLinkWrite(ids[2], "ev-convoy", 0.8)]);
        var unlinked = Assert.Single(await store.ListUnlinkedMentionsAsync());
        Assert.Equal(ids[1], unlinked.Id);
        Assert.Null(unlinked.Link);
        var day1 = await store.ListLinkedMentionsAsync(new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 1));
        Assert.Equal([ids[0], ids[2]], day1.Select(m => m.Id));
        Assert.All(day1, m => Assert.Equal("ev-convoy", m.Link!.EventId));
        // Linked mentions outside the window, and unlinked ones inside it, are not read.
        Assert.Empty(await store.ListLinkedMentionsAsync(new DateOnly(2023, 9, 2), new DateOnly(2023, 9, 30)));
        Assert.Empty(await store.ListLinkedMentionsAsync(new DateOnly(2023, 8, 1), new DateOnly(2023, 8, 31)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListLinkedMentionsAsync(new DateOnly(2023, 9, 2), new DateOnly(2023, 9, 1)));
    }

    [Fact]
    public async Task The_unlinked_read_for_linking_gives_every_field_of_the_plain_read_and_shares_repeated_values()
    {
        using var db = new TempDatabase();
        var (store, a, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var c = Doc("Police held 3 men in Basra on September 1, officials said.", "desk-c.txt", source: "Desk A");
        await store.AddDocumentAsync(c, [Mention(c, "Police held", 1) with
        {
            Actor1 = new EventActor("Police Forces of Iraq", "iraq-police"),
            AssocActors = [new EventActor("Civilians", null)],
            Location = new EventLocation("Basra", "basra", "Iraq", "Basra", null, 30.5, 47.8, 1),
            Counts = new Dictionary<string, double> { ["detained"] = 3 },
            CountQualifiers = new Dictionary<string, string> { ["detained"] = "at least" },
            Hedged = true,
            Hedges = ["officials said"],
        }]);
        // The plain read (no sharing) and the linking read (streamed, shared values) of the same rows.
        var plain = (await store.ListMentionsForLinkingAsync()).ToDictionary(m => m.Id);
        var pooled = await store.ListUnlinkedMentionsAsync();
        Assert.Equal(4, pooled.Count);
        foreach (var m in pooled)
        {
            var p = plain[m.Id];
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(p), System.Text.Json.JsonSerializer.Serialize(m));
        }
        // Two mentions of document A: one document id string, one event type string.
        var ofA = pooled.Where(m => m.Stored.DocumentId == a.Id).ToList();
        Assert.Equal(2, ofA.Count);
        Assert.Same(ofA[0].Stored.Mention.DocumentId, ofA[1].Stored.Mention.DocumentId);
        Assert.Same(ofA[0].Stored.Mention.EventType, pooled[^1].Stored.Mention.EventType);
        Assert.Same(ofA[0].Publisher, pooled[^1].Publisher);
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Fact]
    public async Task The_linking_reads_give_back_a_mention_with_every_optional_field_set_or_none_as_stored()
    {
        using var db = new TempDatabase();
        var store = await db.MigratedStoreAsync(new ManualClock(T0));
        await using var _ = store;
        var period = new DateRange(new DateOnly(2023, 8, 28), new DateOnly(2023, 9, 3));
        var full = Doc(TextA, "desk-a.txt", source: "Desk A", published: new DateOnly(2023, 9, 2), period: period);
        var bare = Doc(TextB, "desk-b.txt");
        var stopped = full.Text.IndexOf("stopped", StringComparison.Ordinal);
        var every = Mention(full, "Border guards", 1) with
        {
            Item = 3,
            Trigger = new TextSpan(stopped, stopped + "stopped".Length),
            Date = new DateRange(new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 2)),
            TimePrecision = DatePrecision.Range,
            Actor1 = new EventActor("Border guards", "iraq-border-guards"),
            Actor2 = new EventActor("Drivers", null),
            AssocActors = [new EventActor("Customs \"officers\"", "customs"), new EventActor("Escort", null)],
            Location = new EventLocation("Safwan", "gn:1", "Iraq", "Basra", "Zubair", 30.11, 47.72, 2),
            Fatalities = 0,
            Counts = new Dictionary<string, double> { ["detained"] = 6, ["tankers"] = 2.5 },
            CountQualifiers = new Dictionary<string, string> { ["detained"] = "at least" },
            Hedged = true,
            Hedges = ["reportedly", "said"],
            ClaimedBy = "the ministry's \"statement\"",
            Background = true,
            Sources = new Dictionary<string, TextSpan> { ["date"] = RawOf(full, "September 1"), ["place"] = RawOf(full, "Safwan") },
        };
        var none = new EventMention
        {
            DocumentId = bare.Id,
            Span = new TextSpan(0, 6),
            RawSpan = bare.Map.ToRaw(new TextSpan(0, 6)),
            Evidence = bare.Text[..6],
            EventType = "Strategic developments",
            SubEventType = "Other",
            Kind = "other",
            Location = EventLocation.None(null),
            Confidence = 0.25,
        };
        await store.AddDocumentAsync(full, [every]);
        await store.AddDocumentAsync(bare, [none]);

        var unlinked = await store.ListUnlinkedMentionsAsync();
        Assert.Equal(2, unlinked.Count);
        Assert.Equal(Json(every), Json(unlinked[0].Stored.Mention));
        Assert.Equal(Json(none), Json(unlinked[1].Stored.Mention));
        Assert.Equal((full.Id, "desk-a.txt", 0, full.Map.ToRaw(every.Trigger)),
            (unlinked[0].Stored.DocumentId, unlinked[0].Stored.FileName, unlinked[0].Stored.Ordinal, unlinked[0].Stored.RawTrigger));
        Assert.Equal(("Desk A", (DateOnly?)new DateOnly(2023, 9, 2), period), (unlinked[0].Publisher, unlinked[0].Published, unlinked[0].Period));
        Assert.Equal((null, null, null, null), (unlinked[1].Publisher, unlinked[1].Published, unlinked[1].Period, unlinked[1].Link));

        // Linked, the mention carries its link (the undated one is in no window).
        await store.SaveLinksAsync([new EventLinkWrite(unlinked[0].Id, "ev-convoy", 0.75), new EventLinkWrite(unlinked[1].Id, "ev-other", 1)]);
        var linked = Assert.Single(await store.ListLinkedMentionsAsync(new DateOnly(2023, 9, 2), new DateOnly(2023, 9, 2)));
        Assert.Equal(Json(every with { EventId = "ev-convoy" }), Json(linked.Stored.Mention));
        Assert.Equal(new EventLink("ev-convoy", 0.75, LinkOrigin.Auto), linked.Link);
        Assert.Equal(unlinked[0].Period, linked.Period);
        Assert.Empty(await store.ListUnlinkedMentionsAsync());
    }

    [Theory]
    [InlineData("{ \"date\" : { \"end\": 17, \"start\": 10 } }")] // spaced, reordered: read directly
    [InlineData("{\"date\":{\"start\":10,\"end\":17,\"note\":\"x\"},\"pl\\u0061ce\":{\"start\":2,\"end\":5}}")] // a property the code never writes
    [InlineData("{\"date\":{\"start\":10,\"end\":17},\"date\":{\"start\":1,\"end\":4}}")] // a repeated key
    public async Task A_sources_column_in_a_shape_the_code_does_not_write_reads_as_JsonSerializer_reads_it(string json)
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path}"))
            await connection.ExecuteAsync("UPDATE event_mentions SET sources = @Json, counts = '{ \"killed\" : 2, \"detained\": 1.5 }';", new { Json = json });
        var expected = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(json)!
            .ToDictionary(kv => kv.Key, kv => new TextSpan(kv.Value.GetProperty("start").GetInt32(), kv.Value.GetProperty("end").GetInt32()));
        foreach (var m in await store.ListUnlinkedMentionsAsync())
        {
            Assert.Equal(expected.ToList(), m.Stored.Mention.Sources.ToList());
            Assert.Equal([KeyValuePair.Create("killed", 2.0), KeyValuePair.Create("detained", 1.5)], m.Stored.Mention.Counts.ToList());
        }
    }

    [Fact]
    public async Task A_large_unlinked_read_in_two_halves_gives_the_single_read_in_its_order()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        for (var i = 0; i < 9; i++)
        {
            var d = Doc($"Police held {i + 2} men in Basra on September 1. Gunmen fired on a checkpoint near Hilla on September 2.", $"desk-{i}.txt");
            await store.AddDocumentAsync(d, [Mention(d, "Police held", 1), Mention(d, "Gunmen fired", 2)]);
        }
        // Link two mentions of the first document, so the unlinked ones do not start at the first row.
        var all = await store.ListMentionsForLinkingAsync();
        await store.SaveLinksAsync([new EventLinkWrite(all[0].Id, "ev-convoy", 1), new EventLinkWrite(all[1].Id, "ev-drone", 1)]);
        var single = await store.ListUnlinkedMentionsAsync();
        store.ParallelReadMentions = 1;
        var halves = await store.ListUnlinkedMentionsAsync();
        Assert.Equal(19, single.Count);
        Assert.Equal(all.Skip(2).Select(m => m.Id), single.Select(m => m.Id));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(single), System.Text.Json.JsonSerializer.Serialize(halves));
    }

    [Fact]
    public async Task Mentions_for_linking_carry_their_document_and_no_link_at_first()
    {
        using var db = new TempDatabase();
        var (store, a, b) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var list = await store.ListMentionsForLinkingAsync();
        Assert.Equal(3, list.Count);
        Assert.All(list, m => Assert.Null(m.Link));
        Assert.All(list, m => Assert.Null(m.Stored.Mention.EventId));
        Assert.Equal(["desk-a.txt", "desk-a.txt", "desk-b.txt"], list.Select(m => m.Stored.FileName));
        Assert.Equal([0, 1, 0], list.Select(m => m.Stored.Ordinal));
        Assert.Equal("Desk A", list[0].Publisher);
        Assert.Equal(new DateOnly(2023, 9, 2), list[0].Reported);
        Assert.Null(list[2].Publisher);
        Assert.Null(list[2].Published);
        Assert.Equal(new DateOnly(2023, 9, 3), list[2].Reported); // no publication date: the end of its reporting period
        Assert.Equal(b.Id, list[2].Stored.DocumentId);
        Assert.Equal(a.RawText.IndexOf("Border", StringComparison.Ordinal), list[0].Stored.Mention.RawSpan.Start);
        Assert.Equal(0, await store.CountEventsAsync());
    }

    [Fact]
    public async Task Saved_links_round_trip_with_confidence_and_one_audit_row_per_event()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(T0);
        var (store, _, _) = await SeedAsync(db, clock);
        await using var _ = store;
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();

        var written = await store.SaveLinksAsync([
            new EventLinkWrite(ids[0], "ev-convoy", 1.0),
            new EventLinkWrite(ids[1], "ev-drone", 1.0),
            new EventLinkWrite(ids[2], "ev-convoy", 1.0 / 3),
        ]);
        Assert.Equal(3, written);

        var list = await store.ListMentionsForLinkingAsync();
        Assert.Equal(["ev-convoy", "ev-drone", "ev-convoy"], list.Select(m => m.Link!.EventId));
        // Written as JSON to SQLite and read back: the same double, to the last bit.
        Assert.Equal([1.0, 1.0, 1.0 / 3], list.Select(m => m.Link!.Confidence));
        Assert.All(list, m => Assert.Equal(LinkOrigin.Auto, m.Link!.Origin));
        Assert.Equal(["ev-convoy", "ev-drone", "ev-convoy"], list.Select(m => m.Stored.Mention.EventId));
        // The 0002 column mirrors the link, so the mention listing shows it too.
        Assert.Equal(["ev-convoy", "ev-drone", "ev-convoy"],
            (await store.ListEventMentionsAsync(new EventMentionFilter())).OrderBy(m => m.Id).Select(m => m.Mention.EventId));

        var members = await store.ListEventMembersAsync(["ev-convoy"]);
        Assert.Equal([ids[0], ids[2]], members.Select(m => m.Id));
        Assert.Equal(2, await store.CountEventsAsync());

        var audit = await store.ListLinkAuditAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal(LinkOperation.Link, e.Operation));
        Assert.All(audit, e => Assert.Equal("linker", e.Actor));
        Assert.All(audit, e => Assert.Equal(T0, e.At));
        Assert.Equal([ids[0], ids[2]], audit.Single(e => e.EventId == "ev-convoy").MentionIds);
        Assert.Equal("confidence 0.333-1", audit.Single(e => e.EventId == "ev-convoy").Note);
        Assert.Equal([ids[1]], audit.Single(e => e.EventId == "ev-drone").MentionIds);
    }

    [Fact]
    public async Task A_batch_with_an_unknown_mention_writes_nothing()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var first = (await store.ListMentionsForLinkingAsync())[0].Id;
        var error = await Assert.ThrowsAsync<EventLinkException>(() =>
            store.SaveLinksAsync([new EventLinkWrite(first, "ev-x", 1), new EventLinkWrite(9999, "ev-x", 1)]));
        Assert.Contains("9999", error.Message);
        Assert.All(await store.ListMentionsForLinkingAsync(), m => Assert.Null(m.Link));
        Assert.Empty(await store.ListLinkAuditAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveLinksAsync([new EventLinkWrite(first, "ev-x", 1.5)]));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveLinksAsync([new EventLinkWrite(first, "ev-x", 1), new EventLinkWrite(first, "ev-y", 1)]));
    }

    [Fact]
    public async Task Merge_moves_every_mention_marks_them_analyst_and_is_audited()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(T0);
        var (store, _, _) = await SeedAsync(db, clock);
        await using var _ = store;
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        await store.SaveLinksAsync([new(ids[0], "ev-a", 1), new(ids[1], "ev-drone", 1), new(ids[2], "ev-b", 1)]);

        clock.Now = T0.AddHours(2);
        await store.MergeEventsAsync("ev-a", "ev-b", "rana");

        var list = await store.ListMentionsForLinkingAsync();
        Assert.Equal(["ev-a", "ev-drone", "ev-a"], list.Select(m => m.Link!.EventId));
        Assert.Equal([LinkOrigin.Analyst, LinkOrigin.Auto, LinkOrigin.Analyst], list.Select(m => m.Link!.Origin));
        Assert.Empty(await store.FindEventIdsAsync("ev-b"));
        Assert.Equal(2, await store.CountEventsAsync());

        var merge = (await store.ListLinkAuditAsync())[^1];
        Assert.Equal(LinkOperation.Merge, merge.Operation);
        Assert.Equal(("ev-a", "ev-b", "rana"), (merge.EventId, merge.OtherEventId, merge.Actor));
        Assert.Equal([ids[2]], merge.MentionIds);
        Assert.Equal(T0.AddHours(2), merge.At);

        // Nothing changes on a refused merge.
        await Assert.ThrowsAsync<EventLinkException>(() => store.MergeEventsAsync("ev-a", "ev-a", "rana"));
        await Assert.ThrowsAsync<EventLinkException>(() => store.MergeEventsAsync("ev-a", "ev-nowhere", "rana"));
        await Assert.ThrowsAsync<EventLinkException>(() => store.MergeEventsAsync("ev-nowhere", "ev-a", "rana"));
        Assert.Equal(4, (await store.ListLinkAuditAsync()).Count);
    }

    [Fact]
    public async Task Split_makes_a_deterministic_event_marks_both_sides_analyst_and_is_audited()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        await store.SaveLinksAsync([new(ids[0], "ev-all", 1), new(ids[1], "ev-all", 0.7), new(ids[2], "ev-all", 0.8)]);

        var newId = await store.SplitMentionsAsync("ev-all", [ids[1]], "omar");
        Assert.Equal(SplitId(ids[1]), newId);
        var list = await store.ListMentionsForLinkingAsync();
        Assert.Equal(["ev-all", newId, "ev-all"], list.Select(m => m.Link!.EventId));
        Assert.All(list, m => Assert.Equal(LinkOrigin.Analyst, m.Link!.Origin));
        Assert.Equal(1.0, list[1].Link!.Confidence);
        Assert.Equal(newId, list[1].Stored.Mention.EventId);

        var split = (await store.ListLinkAuditAsync())[^1];
        Assert.Equal(LinkOperation.Split, split.Operation);
        Assert.Equal(("ev-all", newId, "omar"), (split.EventId, split.OtherEventId, split.Actor));
        Assert.Equal([ids[1]], split.MentionIds);

        // Refused: a mention not in the event, nothing named, every mention of the event.
        await Assert.ThrowsAsync<EventLinkException>(() => store.SplitMentionsAsync("ev-all", [ids[1]], "omar"));
        await Assert.ThrowsAsync<EventLinkException>(() => store.SplitMentionsAsync("ev-all", [], "omar"));
        await Assert.ThrowsAsync<EventLinkException>(() => store.SplitMentionsAsync("ev-all", [ids[0], ids[2]], "omar"));
        await Assert.ThrowsAsync<EventLinkException>(() => store.SplitMentionsAsync("ev-none", [ids[0]], "omar"));

        // Merging back and splitting the same mention again gives the same id.
        await store.MergeEventsAsync("ev-all", newId, "omar");
        Assert.Equal(newId, await store.SplitMentionsAsync("ev-all", [ids[1]], "omar"));
    }

    [Fact]
    public async Task Relinking_never_touches_an_analysts_links()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        await store.SaveLinksAsync([new(ids[0], "ev-a", 1), new(ids[1], "ev-a", 0.7), new(ids[2], "ev-c", 1)]);
        var split = await store.SplitMentionsAsync("ev-a", [ids[1]], "omar");
        var auditBefore = (await store.ListLinkAuditAsync()).Count;

        // The linker proposes putting both analyst-placed mentions elsewhere, and moves the auto one (ev-c).
        var written = await store.SaveLinksAsync([new(ids[0], "ev-c", 0.9), new(ids[1], "ev-a", 0.9), new(ids[2], "ev-z", 0.65)]);

        Assert.Equal(1, written);
        var list = await store.ListMentionsForLinkingAsync();
        Assert.Equal(("ev-a", LinkOrigin.Analyst, 1.0), (list[0].Link!.EventId, list[0].Link!.Origin, list[0].Link!.Confidence));
        Assert.Equal((split, LinkOrigin.Analyst), (list[1].Link!.EventId, list[1].Link!.Origin));
        Assert.Equal(("ev-z", LinkOrigin.Auto, 0.65), (list[2].Link!.EventId, list[2].Link!.Origin, list[2].Link!.Confidence));
        Assert.Equal(["ev-a", split, "ev-z"], list.Select(m => m.Stored.Mention.EventId));
        // Only the link that was written is audited.
        var audit = await store.ListLinkAuditAsync();
        var added = Assert.Single(audit.Skip(auditBefore));
        Assert.Equal(("ev-z", LinkOperation.Link), (added.EventId, added.Operation));
        Assert.Equal([ids[2]], added.MentionIds);
    }

    [Fact]
    public async Task Event_ids_are_found_by_unique_prefix()
    {
        using var db = new TempDatabase();
        var (store, _, _) = await SeedAsync(db, new ManualClock(T0));
        await using var _ = store;
        var ids = (await store.ListMentionsForLinkingAsync()).Select(m => m.Id).ToList();
        await store.SaveLinksAsync([new(ids[0], "ev-abc123", 1), new(ids[1], "ev-abd456", 1), new(ids[2], "ev-abc", 1)]);
        Assert.Equal(["ev-abc"], await store.FindEventIdsAsync("ev-abc")); // an exact id wins over the longer one it prefixes
        Assert.Equal(["ev-abc", "ev-abc123", "ev-abd456"], await store.FindEventIdsAsync("ev-ab"));
        Assert.Equal(["ev-abd456"], await store.FindEventIdsAsync("ev-abd"));
        Assert.Empty(await store.FindEventIdsAsync("ev-x"));
        Assert.Empty(await store.FindEventIdsAsync("  "));
    }

    [Fact]
    public async Task A_database_of_the_mention_schema_is_upgraded_with_its_mentions_unlinked()
    {
        using var db = new TempDatabase();
        var a = Doc(TextA, "desk-a.txt");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(db.Path)!);
            await connection.OpenAsync();
            await SqliteMigrations.ApplyAsync(connection, SqliteMigrations.All.Where(m => m.Version <= 2).ToList(), TimeProvider.System, default);
            // What 0002 stored: a mention row without the sources column.
            await connection.ExecuteAsync(
                "INSERT INTO documents (id, file_name, kind, format, raw_text, text, text_length, offset_map, diagnostics, ingested_at) " +
                "VALUES (@Id, 'desk-a.txt', 'Article', 'text', @Raw, @Text, @Len, x'', '[]', '2023-01-01T00:00:00.0000000Z');",
                new { a.Id, Raw = a.RawText, a.Text, Len = (long)a.Text.Length });
            await connection.ExecuteAsync(
                "INSERT INTO event_mentions (document_id, ordinal, span_start, span_end, raw_start, raw_end, trigger_start, trigger_end, " +
                "raw_trigger_start, raw_trigger_end, evidence, event_type, sub_event_type, kind, hedged, background, confidence) " +
                "VALUES (@Id, 0, 0, 10, 4, 14, 0, 0, 4, 4, 'Border gua', 'Strategic developments', 'Arrests', 'arrest', 0, 0, 0.5);",
                new { a.Id });
        }
        await using var store = await db.MigratedStoreAsync();
        Assert.Equal(SqliteMigrations.All[^1].Version, MigrationTests.Scalar<long>(db.Path, "PRAGMA user_version;"));
        Assert.Equal("event_links", MigrationTests.Scalar<string>(db.Path, "SELECT name FROM schema_migrations WHERE version = 3;"));
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "SELECT strict FROM pragma_table_list WHERE name = 'event_links';"));
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'event_links_event';"));
        var old = Assert.Single(await store.ListMentionsForLinkingAsync());
        Assert.Null(old.Link);
        Assert.Empty(old.Stored.Mention.Sources);
    }
}
