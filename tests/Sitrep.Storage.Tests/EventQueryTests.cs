using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Event-level queries on a real SQLite file: filtered lists (dates, governorate, type; order, paging), an event's page,
/// full-text search, a week's events, and the bulk load behind the query benchmark. Invented texts throughout.
/// </summary>
public class EventQueryTests
{
    private static DateOnly D(int month, int day) => new(2023, month, day);

    /// <summary>One sentence of a test document, as a mention: where, when, what, and the event it is linked to.</summary>
    private sealed record Line(string Sentence, DateOnly? Start, DateOnly? End, string Governorate, string Type, string SubType,
        string? EventId, int? Fatalities = null, string? Place = null, int? GeoPrecision = null);

    private static Document Doc(string text, string fileName, string? source = null) => new()
    {
        Id = Docs.Hash(fileName + "\n" + text),
        FileName = fileName,
        Kind = DocumentKind.Article,
        Source = source,
        Format = "text",
        RawText = text,
        Text = text,
        Map = OffsetMap.Identity(text.Length),
    };

    /// <summary>A document made of the lines' sentences, with one mention per line.</summary>
    private static (Document Doc, List<EventMention> Mentions) Make(string fileName, params Line[] lines)
    {
        var doc = Doc(string.Join(" ", lines.Select(l => l.Sentence)), fileName, source: fileName.Split('-')[0]);
        var mentions = new List<EventMention>();
        var at = 0;
        foreach (var l in lines)
        {
            var span = new TextSpan(at, at + l.Sentence.Length);
            at = span.End + 1;
            mentions.Add(new EventMention
            {
                DocumentId = doc.Id,
                Span = span,
                RawSpan = span,
                Evidence = l.Sentence,
                Date = l.Start is { } s ? new DateRange(s, l.End ?? s) : null,
                TimePrecision = l.Start is null ? null : DatePrecision.Day,
                EventType = l.Type,
                SubEventType = l.SubType,
                Kind = "test",
                Location = new EventLocation(l.Place ?? l.Governorate, null, "Iraq", l.Governorate, null, 33.3, 44.4, l.GeoPrecision ?? 3),
                Fatalities = l.Fatalities,
                Confidence = 0.7,
                EventId = l.EventId,
            });
        }
        return (doc, mentions);
    }

    private const string Battles = "Battles";
    private const string Clash = "Armed clash";
    private const string Protests = "Protests";
    private const string Peaceful = "Peaceful protest";

    /// <summary>
    /// The scenario, stored and linked through the ordinary paths (AddDocumentAsync, SaveLinksAsync):
    /// ev-a Baghdad clash Sep 1 (desk-1) and Sep 8 (desk-2), ev-b Basra protest Sep 3, ev-c Baghdad clash Sep 10,
    /// ev-d Anbar clash reported for Jun 1 - Sep 30 (a long range), ev-e an undated Baghdad clash, and one Baghdad clash of
    /// Sep 2 that no link places.
    /// </summary>
    private static async Task<SqliteEventStore> SeedAsync(TempDatabase db)
    {
        var store = await db.MigratedStoreAsync();
        var docs = new[]
        {
            Make("desk1-0901.txt",
                new Line("Troops clashed with gunmen near the Dora market, killing 3.", D(9, 1), null, "Baghdad", Battles, Clash, "ev-a", 3, "Dora", 1),
                new Line("Hundreds protested over power cuts outside the Basra governorate building.", D(9, 3), null, "Basra", Protests, Peaceful, "ev-b"),
                new Line("An army convoy fought insurgents in the Anbar desert over the summer.", D(6, 1), D(9, 30), "Anbar", Battles, Clash, "ev-d"),
                new Line("Police exchanged fire with a smuggling gang in Baghdad.", D(9, 2), null, "Baghdad", Battles, Clash, null)),
            Make("desk2-0908.txt",
                new Line("A gunfight near Dora market left 4 dead.", D(9, 8), null, "Baghdad", Battles, Clash, "ev-a", 4),
                new Line("A firefight broke out at a checkpoint in Kadhimiya.", D(9, 10), null, "Baghdad", Battles, Clash, "ev-c"),
                new Line("Residents describe an old clash with a tribal militia in Baghdad.", null, null, "Baghdad", Battles, Clash, "ev-e")),
        };
        foreach (var (doc, mentions) in docs) Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc, mentions));
        var linked = await store.ListMentionsForLinkingAsync();
        var links = linked.Where(m => m.Stored.Mention.EventId is not null)
            .Select(m => new EventLinkWrite(m.Id, m.Stored.Mention.EventId!, 0.9)).ToList();
        Assert.Equal(6, await store.SaveLinksAsync(links));
        return store;
    }

    private static List<string> Ids(IEnumerable<EventSummary> events) => events.Select(e => e.EventId).ToList();

    [Fact]
    public async Task A_week_lists_every_event_with_a_mention_in_it_earliest_first()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var week = await store.ListEventsAsync(new EventQuery { From = D(9, 1), To = D(9, 7) });

        // ev-d's range began in June: it overlaps the week and sorts by its start. The unlinked Sep 2 clash is no event.
        Assert.Equal(["ev-d", "ev-a", "ev-b"], Ids(week));
    }

    [Fact]
    public async Task Governorate_and_type_filter_case_insensitively_and_undated_events_come_last()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var all = await store.ListEventsAsync(new EventQuery { Governorate = "baghdad", EventType = "BATTLES" });
        Assert.Equal(["ev-a", "ev-c", "ev-e"], Ids(all));

        var newest = await store.ListEventsAsync(new EventQuery { Governorate = "Baghdad", EventType = Battles, NewestFirst = true });
        Assert.Equal(["ev-c", "ev-a", "ev-e"], Ids(newest));

        var protests = await store.ListEventsAsync(new EventQuery { SubEventType = "peaceful protest" });
        Assert.Equal(["ev-b"], Ids(protests));

        Assert.Empty(await store.ListEventsAsync(new EventQuery { Governorate = "Baghdad", EventType = Protests }));
    }

    [Fact]
    public async Task An_event_matched_by_several_mentions_is_listed_once_at_its_first_match()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var september = await store.ListEventsAsync(new EventQuery { From = D(9, 1), To = D(9, 30), Governorate = "Baghdad" });
        Assert.Equal(["ev-a", "ev-c"], Ids(september));

        // Newest first, an event sorts at its latest matching mention: ev-a at its Sep 8 report, after ev-c's Sep 10;
        // ev-d's range starts in June, so it comes last.
        var newest = await store.ListEventsAsync(new EventQuery { From = D(9, 1), To = D(9, 30), NewestFirst = true });
        Assert.Equal(["ev-c", "ev-a", "ev-b", "ev-d"], Ids(newest));
    }

    [Fact]
    public async Task Limit_and_offset_page_through_events()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        Assert.Equal(["ev-d", "ev-a"], Ids(await store.ListEventsAsync(new EventQuery { Limit = 2 })));
        Assert.Equal(["ev-b", "ev-c"], Ids(await store.ListEventsAsync(new EventQuery { Limit = 2, Offset = 2 })));
        Assert.Equal(["ev-e"], Ids(await store.ListEventsAsync(new EventQuery { Limit = 2, Offset = 4 })));
        Assert.Empty(await store.ListEventsAsync(new EventQuery { Limit = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListEventsAsync(new EventQuery { From = D(9, 2), To = D(9, 1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListEventsAsync(new EventQuery { Offset = -1 }));
    }

    [Fact]
    public async Task A_summary_describes_all_mentions_of_the_event()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var a = Assert.Single(await store.ListEventsAsync(new EventQuery { From = D(9, 8), To = D(9, 8), Governorate = "Baghdad" }));

        Assert.Equal("ev-a", a.EventId);
        Assert.Equal(new DateRange(D(9, 1), D(9, 8)), a.Date);
        Assert.Equal((Battles, Clash), (a.EventType, a.SubEventType));
        Assert.Equal("Baghdad", a.Governorate);
        // One report names Dora, the other only Baghdad: a tie, which the first stored wins.
        Assert.Equal("Dora", a.Location);
        Assert.Equal(2, a.Mentions);
        Assert.Equal(2, a.Documents);
        Assert.Equal(3, a.Fatalities); // 3 and 4 each once: the lower
    }

    [Fact]
    public async Task An_event_page_has_all_its_mentions_with_their_links()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var a = await store.GetEventAsync("ev-a");

        Assert.NotNull(a);
        Assert.Equal(["desk1-0901.txt", "desk2-0908.txt"], a.Mentions.Select(m => m.Stored.FileName));
        Assert.All(a.Mentions, m => Assert.Equal("ev-a", m.Link?.EventId));
        Assert.Equal("Troops clashed with gunmen near the Dora market, killing 3.", a.Mentions[0].Stored.Mention.Evidence);
        Assert.Equal(2, a.Summary.Mentions);
        Assert.Equal(new DateRange(D(9, 1), D(9, 8)), a.Summary.Date);
        // The page and the list agree on the summary.
        var listed = (await store.ListEventsAsync(new EventQuery { From = D(9, 1), To = D(9, 1) })).Single(e => e.EventId == "ev-a");
        Assert.Equal(listed, a.Summary);

        Assert.Null(await store.GetEventAsync("ev-zz"));
        Assert.Null(await store.GetEventAsync("ev-"));
        Assert.Null(await store.GetEventAsync(""));
    }

    [Fact]
    public async Task Search_finds_events_by_their_evidence_newest_stored_first()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        Assert.Equal(["ev-a"], Ids(await store.SearchEventsAsync("Dora")));
        Assert.Equal(["ev-c"], Ids(await store.SearchEventsAsync("kadhim*")));
        // "the" occurs in mentions 1-3 (ev-a, ev-b, ev-d, stored in that order): the last stored comes first.
        Assert.Equal(["ev-d", "ev-b", "ev-a"], Ids(await store.SearchEventsAsync("the")));
        Assert.Equal(["ev-d", "ev-b"], Ids(await store.SearchEventsAsync("the", limit: 2)));
        // Every word must occur; the unlinked mention ("smuggling gang ... in Baghdad") belongs to no event.
        Assert.Equal(["ev-d"], Ids(await store.SearchEventsAsync("army convoy")));
        Assert.Equal(["ev-e"], Ids(await store.SearchEventsAsync("baghdad")));
        Assert.Empty(await store.SearchEventsAsync("smuggling"));
        Assert.Empty(await store.SearchEventsAsync("convoy Basra"));
        // Operators are text, and a query with nothing searchable matches nothing.
        Assert.Empty(await store.SearchEventsAsync("Dora OR Kadhimiya"));
        Assert.Empty(await store.SearchEventsAsync("( - )"));
    }

    [Fact]
    public async Task A_week_brings_every_event_in_it_with_all_its_mentions()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        var week = await store.ListWeekAsync(D(9, 1), D(9, 7));

        Assert.Equal(["ev-d", "ev-a", "ev-b"], week.Select(e => e.Summary.EventId));
        var a = week[1];
        // ev-a's second report is dated Sep 8, outside the week: it still comes with the event.
        Assert.Equal([D(9, 1), D(9, 8)], a.Mentions.Select(m => m.Stored.Mention.Date!.Value.Start));
        Assert.Equal(2, a.Summary.Mentions);
        Assert.Empty(await store.ListWeekAsync(D(10, 1), D(10, 7)));
    }

    [Fact]
    public async Task Queries_follow_merges_and_splits()
    {
        using var db = new TempDatabase();
        await using var store = await SeedAsync(db);

        await store.MergeEventsAsync("ev-a", "ev-c", "analyst");
        Assert.Equal(["ev-a", "ev-e"], Ids(await store.ListEventsAsync(new EventQuery { Governorate = "Baghdad" })));
        Assert.Equal(3, (await store.GetEventAsync("ev-a"))!.Mentions.Count);
        Assert.Null(await store.GetEventAsync("ev-c"));

        var kadhimiya = (await store.GetEventAsync("ev-a"))!.Mentions.Single(m => m.Stored.Mention.Evidence.Contains("Kadhimiya", StringComparison.Ordinal));
        var split = await store.SplitMentionsAsync("ev-a", [kadhimiya.Id], "analyst");
        Assert.Equal(["ev-a", split], Ids(await store.ListEventsAsync(new EventQuery { From = D(9, 1), To = D(9, 30), Governorate = "Baghdad" })));
        Assert.Equal([split], Ids(await store.SearchEventsAsync("Kadhimiya")));
    }

    // ---- dates: the overlap rule against a plain reference, over ranges short and long ----

    [Fact]
    public async Task Date_filters_agree_with_a_reference_over_random_ranges()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var rng = new Random(7);
        string[] governorates = ["Baghdad", "Basra", "Nineveh"];
        var lines = new List<Line>();
        for (var i = 0; i < 400; i++)
        {
            // Mostly single days, some short ranges, some ranges of months: the long ones take another path in the store.
            var start = D(1, 1).AddDays(rng.Next(300));
            var span = rng.Next(10) switch { < 6 => 0, < 8 => rng.Next(1, 31), _ => rng.Next(31, 120) };
            var dated = rng.Next(20) > 0;
            var type = rng.Next(2) == 0 ? (Battles, Clash) : (Protests, Peaceful);
            lines.Add(new Line($"Sentence {i} happened.", dated ? start : null, dated ? start.AddDays(span) : null,
                governorates[rng.Next(governorates.Length)], type.Item1, type.Item2, $"ev-{rng.Next(150):d3}"));
        }
        var batches = lines.Chunk(40).Select((chunk, n) => Make($"desk{n}-x.txt", chunk)).ToList();
        await store.BulkAddAsync(batches.Select(b => new BulkDocument(b.Doc, b.Mentions)));

        for (var q = 0; q < 150; q++)
        {
            var from = rng.Next(4) == 0 ? (DateOnly?)null : D(1, 1).AddDays(rng.Next(-20, 330));
            var to = rng.Next(4) == 0 ? (DateOnly?)null : (from ?? D(1, 1)).AddDays(rng.Next(0, 40));
            var query = new EventQuery
            {
                From = from, To = to,
                Governorate = rng.Next(2) == 0 ? null : governorates[rng.Next(governorates.Length)],
                EventType = rng.Next(2) == 0 ? null : (rng.Next(2) == 0 ? Battles : Protests),
                NewestFirst = rng.Next(2) == 0,
                Limit = rng.Next(3) == 0 ? 5 : 1000,
                Offset = rng.Next(4) == 0 ? 3 : 0,
            };
            Assert.Equal(Reference(lines, query), Ids(await store.ListEventsAsync(query)));
        }
        var weekFrom = D(3, 6);
        Assert.Equal(Reference(lines, new EventQuery { From = weekFrom, To = weekFrom.AddDays(6), Limit = int.MaxValue }),
            (await store.ListWeekAsync(weekFrom, weekFrom.AddDays(6))).Select(e => e.Summary.EventId).ToList());
    }

    /// <summary>The documented order, computed plainly: an event sorts at its earliest matching mention (latest when newest
    /// first), then by id; undated matches last.</summary>
    private static List<string> Reference(IReadOnlyList<Line> lines, EventQuery q)
    {
        bool Matches(Line l) =>
            (q.From is null || (l.End is { } e && e >= q.From)) && (q.To is null || (l.Start is { } s && s <= q.To))
            && (q.Governorate is null || l.Governorate.Equals(q.Governorate, StringComparison.OrdinalIgnoreCase))
            && (q.EventType is null || l.Type.Equals(q.EventType, StringComparison.OrdinalIgnoreCase));
        var events = lines.Where(l => l.EventId is not null && Matches(l)).GroupBy(l => l.EventId!, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Key: q.NewestFirst ? g.Max(l => l.Start) : g.Where(l => l.Start is not null).Min(l => l.Start)));
        var ordered = q.NewestFirst
            ? events.OrderBy(e => e.Key is null).ThenByDescending(e => e.Key).ThenByDescending(e => e.Id, StringComparer.Ordinal)
            : events.OrderBy(e => e.Key is null).ThenBy(e => e.Key).ThenBy(e => e.Id, StringComparer.Ordinal);
        return ordered.Skip(q.Offset).Take(q.Limit).Select(e => e.Id).ToList();
    }

    // ---- bulk load ----

    [Fact]
    public async Task A_bulk_load_stores_the_same_rows_as_adding_one_by_one_and_links_the_mentions()
    {
        using var one = new TempDatabase();
        using var bulk = new TempDatabase();
        await using var a = await one.MigratedStoreAsync();
        await using var b = await bulk.MigratedStoreAsync();
        var docs = new[]
        {
            Make("desk1-0901.txt",
                new Line("Troops clashed with gunmen near the Dora market, killing 3.", D(9, 1), null, "Baghdad", Battles, Clash, "ev-a", 3, "Dora", 1),
                new Line("Hundreds protested outside the Basra governorate building.", D(9, 3), D(9, 4), "Basra", Protests, Peaceful, null)),
            Make("desk2-0908.txt", new Line("A gunfight near Dora market left 4 dead.", D(9, 8), null, "Baghdad", Battles, Clash, "ev-a", 4)),
        };
        foreach (var (doc, mentions) in docs) await a.AddDocumentAsync(doc, mentions);

        var result = await b.BulkAddAsync(docs.Select(d => new BulkDocument(d.Doc, d.Mentions)), "importer");

        Assert.Equal(new BulkAddResult(2, 0, 3, 2), result);
        var expected = await a.ListEventMentionsAsync(new EventMentionFilter());
        var actual = await b.ListEventMentionsAsync(new EventMentionFilter());
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        Assert.Equal((await a.ListDocumentsAsync()).Select(d => d with { IngestedAt = default }),
            (await b.ListDocumentsAsync()).Select(d => d with { IngestedAt = default }));
        Assert.Equal(["ev-a"], Ids(await b.SearchEventsAsync("Dora market")));

        var linked = await b.ListMentionsForLinkingAsync();
        Assert.Equal([LinkOrigin.Auto, LinkOrigin.Auto], linked.Where(m => m.Link is not null).Select(m => m.Link!.Origin));
        Assert.Null(linked.Single(m => m.Stored.Mention.EventId is null).Link);
        var audit = Assert.Single(await b.ListLinkAuditAsync());
        Assert.Equal(("importer", LinkOperation.Link), (audit.Actor, audit.Operation));
        Assert.Equal(2, (await b.GetEventAsync("ev-a"))!.Mentions.Count);
    }

    [Fact]
    public async Task A_bulk_load_skips_stored_documents_and_writes_nothing_when_one_is_invalid()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var first = Make("desk1-0901.txt", new Line("Troops clashed near Dora.", D(9, 1), null, "Baghdad", Battles, Clash, "ev-a"));
        var second = Make("desk2-0902.txt", new Line("Protesters gathered in Basra.", D(9, 2), null, "Basra", Protests, Peaceful, "ev-b"));
        await store.AddDocumentAsync(first.Doc, first.Mentions);

        var bad = second.Mentions[0] with { Confidence = 2 };
        var third = Make("desk3-0903.txt", new Line("A convoy was hit in Anbar.", D(9, 3), null, "Anbar", Battles, Clash, "ev-c"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.BulkAddAsync(
            [new BulkDocument(third.Doc, third.Mentions), new BulkDocument(second.Doc, [bad])]));
        Assert.Equal(1, await store.CountDocumentsAsync());
        Assert.Equal(0, await store.CountEventsAsync());

        var result = await store.BulkAddAsync([new BulkDocument(first.Doc, first.Mentions), new BulkDocument(second.Doc, second.Mentions)]);
        Assert.Equal(new BulkAddResult(1, 1, 1, 1), result);
        Assert.Equal(2, await store.CountEventMentionsAsync());
        Assert.Equal(["ev-b"], Ids(await store.ListEventsAsync(new EventQuery())));
    }
}
