using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>Migration 0006 rebuilds event_mentions keyed by the document's seq; nothing stored may change meaning.</summary>
public class MentionKeyMigrationTests
{
    private static readonly Document First = Docs.Make("Gunmen attacked a checkpoint near Baiji on 3 May; two guards were killed.", "desk-a.txt");
    private static readonly Document Second = Docs.Make("Police arrested three smugglers at the Rabia crossing on 4 May.", "desk-b.txt");

    /// <summary>A store at migration 0005 (mentions keyed by document_id) with two documents, three mentions, two links.</summary>
    private static async Task SeedAtVersion5Async(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await SqliteMigrations.ApplyAsync(connection, SqliteMigrations.All.Where(m => m.Version <= 5).ToList(), TimeProvider.System, default);
        // Inserted in this order so that seq order differs from id (hash) order for at least one pair, and the second
        // document gets seq 2 while its mention gets id 3.
        foreach (var d in new[] { First, Second })
            await connection.ExecuteAsync(
                "INSERT INTO documents (id, file_name, kind, format, raw_text, text, text_length, offset_map, diagnostics, ingested_at) " +
                "VALUES (@Id, @FileName, 'Article', 'text', @Text, @Text, @Len, x'', '[]', '2023-01-01T00:00:00.0000000Z');",
                new { d.Id, d.FileName, d.Text, Len = (long)d.Text.Length });
        var mentions = new[] { (First.Id, 0, "Gunmen attacked a checkpoint near Baiji"), (First.Id, 1, "two guards were killed"), (Second.Id, 0, "Police arrested three smugglers") };
        foreach (var (doc, ordinal, evidence) in mentions)
            await connection.ExecuteAsync(
                "INSERT INTO event_mentions (document_id, ordinal, span_start, span_end, raw_start, raw_end, trigger_start, trigger_end, " +
                "raw_trigger_start, raw_trigger_end, evidence, date_start, date_end, event_type, sub_event_type, kind, hedged, background, confidence) " +
                "VALUES (@Doc, @Ordinal, 0, 10, 0, 10, 0, 5, 0, 5, @Evidence, '2023-05-03', '2023-05-03', 'Battles', 'Armed clash', 'attack', 0, 0, 0.5);",
                new { Doc = doc, Ordinal = (long)ordinal, Evidence = evidence });
        await connection.ExecuteAsync(
            "INSERT INTO event_links (mention_id, event_id, confidence, origin) VALUES (1, 'ev-baiji', 0.9, 'auto'), (2, 'ev-baiji', 0.8, 'analyst');" +
            "UPDATE event_mentions SET event_id = 'ev-baiji' WHERE id IN (1, 2);");
    }

    [Fact]
    public async Task Mentions_keep_their_ids_documents_links_and_search_entries()
    {
        using var db = new TempDatabase();
        await SeedAtVersion5Async(db.Path);

        await using var store = await db.MigratedStoreAsync();
        Assert.Equal("mentions_by_document_seq", MigrationTests.Scalar<string>(db.Path, "SELECT name FROM schema_migrations WHERE version = 6;"));
        Assert.Equal(0L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM pragma_table_info('event_mentions') WHERE name = 'document_id';"));
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "SELECT strict FROM pragma_table_list WHERE name = 'event_mentions';"));
        // The indexes and FTS triggers of 0002 and 0004 came back with the new table.
        Assert.Equal(10L, MigrationTests.Scalar<long>(db.Path,
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_mentions' AND name NOT LIKE 'sqlite_autoindex%';"));
        Assert.Equal(3L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event_mentions';"));

        var all = await store.ListMentionsForLinkingAsync();
        Assert.Equal([(1L, First.Id, 0), (2L, First.Id, 1), (3L, Second.Id, 0)], all.Select(m => (m.Id, m.Stored.DocumentId, m.Stored.Ordinal)));
        Assert.Equal(["desk-a.txt", "desk-a.txt", "desk-b.txt"], all.Select(m => m.Stored.FileName));
        // The links (an analyst's among them) survived the table's drop: foreign keys were off while it was rebuilt.
        Assert.Equal([("ev-baiji", LinkOrigin.Auto), ("ev-baiji", LinkOrigin.Analyst)], all.Take(2).Select(m => (m.Link!.EventId, m.Link.Origin)));
        Assert.Null(all[2].Link);

        // The external-content index still points at the right rows.
        var hits = await store.ListEventMentionsAsync(new EventMentionFilter { Text = "smugglers" });
        Assert.Equal(3L, Assert.Single(hits).Id);
        // Mentions of one document, through its id.
        Assert.Equal([1L, 2L], (await store.ListEventMentionsAsync(new EventMentionFilter { DocumentId = First.Id })).Select(m => m.Id));
    }

    [Fact]
    public async Task After_the_rebuild_a_deleted_document_still_takes_its_mentions_and_links_with_it()
    {
        using var db = new TempDatabase();
        await SeedAtVersion5Async(db.Path);
        await using (var store = await db.MigratedStoreAsync()) { }

        MigrationTests.Execute(db.Path, $"PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = '{First.Id}';");
        Assert.Equal("3", MigrationTests.Scalar<string>(db.Path, "SELECT group_concat(id) FROM event_mentions;"));
        Assert.Equal(0L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM event_links;"));
        Assert.Equal(0L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM event_mentions_fts WHERE event_mentions_fts MATCH 'guards';"));
        Assert.Equal(1L, MigrationTests.Scalar<long>(db.Path, "SELECT count(*) FROM event_mentions_fts WHERE event_mentions_fts MATCH 'smugglers';"));
    }

    [Fact]
    public async Task A_rebuild_that_would_break_a_reference_is_refused_and_changes_nothing()
    {
        using var db = new TempDatabase();
        await SeedAtVersion5Async(db.Path);
        var broken = new SqliteMigration(99, "broken", SqliteMigrations.ForeignKeysOff + "\nDELETE FROM documents WHERE seq = 1;");

        await using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        await connection.OpenAsync();
        await connection.ExecuteAsync("PRAGMA foreign_keys = ON;");
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SqliteMigrations.ApplyAsync(connection, [.. SqliteMigrations.All.Where(m => m.Version <= 5), broken], TimeProvider.System, default));
        Assert.Contains("99 (broken)", e.Message, StringComparison.Ordinal);
        Assert.Contains("event_mentions", e.Message, StringComparison.Ordinal);
        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM documents;"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 99;"));
        // The connection's foreign keys are on again.
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys;"));
    }
}
