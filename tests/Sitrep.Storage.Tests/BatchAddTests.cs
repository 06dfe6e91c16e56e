using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Storage.Tests;

/// <summary>AddDocumentsAsync: per-document outcomes as AddDocumentAsync gives them, one transaction per batch.</summary>
public class BatchAddTests
{
    /// <summary>A document of its own text with one mention per sentence (sentences end in ". ").</summary>
    private static DocumentWithEvents Item(string text, string fileName)
    {
        var doc = Docs.Make(text, fileName);
        var mentions = new List<EventMention>();
        var start = 0;
        foreach (var sentence in text.Split(". "))
        {
            var span = new TextSpan(start, start + sentence.Length);
            mentions.Add(new EventMention
            {
                DocumentId = doc.Id,
                Span = span,
                RawSpan = span,
                Trigger = new TextSpan(span.Start, span.Start + Math.Min(4, sentence.Length)),
                Evidence = sentence,
                Date = new DateRange(new DateOnly(2023, 4, 1 + mentions.Count), new DateOnly(2023, 4, 1 + mentions.Count)),
                TimePrecision = DatePrecision.Day,
                EventType = "Battles",
                SubEventType = "Armed clash",
                Kind = "clash",
                Actor1 = new EventActor("Tribal fighters", null),
                Counts = new Dictionary<string, double> { ["killed"] = mentions.Count + 1 },
                Confidence = 0.7,
            });
            start += sentence.Length + 2;
        }
        return new DocumentWithEvents(doc, mentions);
    }

    private static readonly DocumentWithEvents A = Item("Clashes broke out in Hit. Two fighters died. The road was closed", "a.txt");
    private static readonly DocumentWithEvents B = Item("A convoy was struck near Rutba. Nobody was hurt", "b.txt");
    private static readonly DocumentWithEvents C = Item("Police arrested four men in Samarra", "c.txt");

    /// <summary>Every stored mention as comparable text: document, ordinal and all fields, without the row id.</summary>
    private static async Task<List<string>> MentionsAsync(IEventStore store) =>
        (await store.ListEventMentionsAsync(new EventMentionFilter()))
            .Select(m => $"{m.DocumentId}#{m.Ordinal} {m.FileName} {m.RawTrigger} {JsonSerializer.Serialize(m.Mention)}")
            .ToList();

    private static async Task<List<string>> DocumentsAsync(IEventStore store) =>
        (await store.ListDocumentsAsync()).Select(d => d with { IngestedAt = default }).Select(d => d.ToString()).ToList();

    [Fact]
    public async Task Documents_from_many_transactions_stay_searchable_as_the_full_text_index_merges()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        // Merging at 16 segments (migration 0005): one transaction per document makes 40 segments, so merges run at
        // least twice on the first level.
        Assert.Equal(16L, MigrationTests.Scalar<long>(db.Path, "SELECT v FROM documents_fts_config WHERE k = 'automerge';"));
        for (var i = 0; i < 40; i++)
            await store.AddDocumentsAsync([Item($"Shelling hit district {i} of Tal Afar. Market number{i} closed", $"n{i}.txt")]);

        Assert.Equal(40, (await store.SearchAsync("shelling afar", 100)).Count);
        for (var i = 0; i < 40; i += 13)
            Assert.Equal($"n{i}.txt", Assert.Single(await store.SearchAsync($"number{i}", 10)).FileName);
        Assert.Empty(await store.SearchAsync("number40", 10));
    }

    [Fact]
    public async Task Document_ids_are_listed_exactly()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        Assert.Empty(await store.ListDocumentIdsAsync().ToListAsync());
        await store.AddDocumentsAsync([A, B]);
        Assert.Equal(new[] { A.Document.Id, B.Document.Id }.Order(StringComparer.Ordinal),
            (await store.ListDocumentIdsAsync().ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outcomes_follow_the_input_within_a_batch_and_across_batches()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();

        // The same document twice in one batch: the first adds it, the second is the duplicate.
        Assert.Equal([AddResult.Added, AddResult.Added, AddResult.AlreadyStored], await store.AddDocumentsAsync([A, B, A]));
        Assert.Equal([AddResult.AlreadyStored, AddResult.Added], await store.AddDocumentsAsync([B, C]));
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(C.Document, C.Events));
        Assert.Empty(await store.AddDocumentsAsync([]));

        Assert.Equal(["a.txt", "b.txt", "c.txt"], (await store.ListDocumentsAsync()).Select(d => d.FileName));
        // A's mentions once, not twice.
        Assert.Equal(A.Events.Count + B.Events.Count + C.Events.Count, await store.CountEventMentionsAsync());
    }

    [Fact]
    public async Task A_batch_stores_what_one_add_after_another_stores()
    {
        using var one = new TempDatabase();
        using var batched = new TempDatabase();
        await using var s1 = await one.MigratedStoreAsync();
        await using var s2 = await batched.MigratedStoreAsync();

        foreach (var item in new[] { C, A, B, A }) await s1.AddDocumentAsync(item.Document, item.Events);
        await s2.AddDocumentsAsync([C, A]);
        await s2.AddDocumentsAsync([B, A]);

        Assert.Equal(await DocumentsAsync(s1), await DocumentsAsync(s2));
        Assert.Equal(await MentionsAsync(s1), await MentionsAsync(s2));
        Assert.Equal((await s1.GetDocumentAsync("a.txt"))!.Text, (await s2.GetDocumentAsync("a.txt"))!.Text);
        // Full-text search sees batched documents and evidence as it sees single ones.
        Assert.Equal("b.txt", Assert.Single(await s2.SearchAsync("convoy")).FileName);
        Assert.Single(await s2.ListEventMentionsAsync(new EventMentionFilter { Text = "arrested" }));
    }

    [Fact]
    public async Task Re_adding_a_batch_changes_nothing_not_even_the_ingest_time()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var store = await db.MigratedStoreAsync(clock);
        await store.AddDocumentsAsync([A, B]);
        var before = await store.ListDocumentsAsync();
        var mentionsBefore = await MentionsAsync(store);

        clock.Now = clock.Now.AddDays(3);
        Assert.Equal([AddResult.AlreadyStored, AddResult.AlreadyStored], await store.AddDocumentsAsync([B, A]));

        Assert.Equal(before, await store.ListDocumentsAsync());
        Assert.Equal(mentionsBefore, await MentionsAsync(store));
    }

    [Fact]
    public async Task An_invalid_document_fails_the_batch_naming_it_and_nothing_is_written()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var bad = B with { Events = [B.Events[0] with { Span = new TextSpan(0, B.Document.Text.Length + 5) }] };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => store.AddDocumentsAsync([A, bad, C]));
        Assert.Contains(B.Document.Id, e.Message);

        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Equal(0, await store.CountEventMentionsAsync());
        // The good ones still go in afterwards.
        Assert.Equal([AddResult.Added, AddResult.Added], await store.AddDocumentsAsync([A, C]));
    }

    [Fact]
    public async Task A_failure_inside_the_transaction_rolls_back_the_whole_batch()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        await store.AddDocumentsAsync([A]);
        // A refusal the store does not check itself: the database rejects one row of the batch mid-transaction.
        MigrationTests.Execute(db.Path,
            "CREATE TRIGGER test_refuse BEFORE INSERT ON event_mentions WHEN new.evidence = 'Nobody was hurt' " +
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => store.AddDocumentsAsync([C, B]));
        Assert.Equal(["a.txt"], (await store.ListDocumentsAsync()).Select(d => d.FileName));
        Assert.Equal(A.Events.Count, await store.CountEventMentionsAsync());

        store.BeforeCommit = () => throw new IOException("disk pulled");
        await Assert.ThrowsAsync<IOException>(() => store.AddDocumentsAsync([C]));
        store.BeforeCommit = null;
        Assert.Equal(1, await store.CountDocumentsAsync());

        // The connection went back to the pool clean: the next batch works and stages nothing left over.
        MigrationTests.Execute(db.Path, "DROP TRIGGER test_refuse;");
        Assert.Equal([AddResult.Added, AddResult.Added], await store.AddDocumentsAsync([C, B]));
        Assert.Equal(A.Events.Count + B.Events.Count + C.Events.Count, await store.CountEventMentionsAsync());
    }
}
