using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

// Ingest in batches: many documents per transaction, with the per-document outcome AddDocumentAsync gives. Documents
// and mentions are staged in temporary tables through prepared statements and moved into the real tables with one
// INSERT ... SELECT each per batch (see Bulk.cs for why: FTS5 then indexes the batch at once instead of flushing a
// small segment at every row's statement savepoint). Unlike BulkAddAsync, no links are written: as with
// AddDocumentAsync, linking decides them later.
public sealed partial class SqliteEventStore
{
    [GeneratedRegex(@"^\s*INSERT INTO documents \((?<columns>[^)]*)\)")]
    private static partial Regex DocumentInsertColumns();

    /// <summary>The columns <see cref="InsertDocument"/> writes, so staging and the real insert share one row definition.</summary>
    private static readonly Lazy<string> BatchDocumentColumns = new(() =>
        DocumentInsertColumns().Match(InsertDocument) is { Success: true } m
            ? m.Groups["columns"].Value
            : throw new InvalidOperationException("InsertDocument does not start with INSERT INTO documents (columns)."));

    public async Task<IReadOnlyList<AddResult>> AddDocumentsAsync(IReadOnlyList<DocumentWithEvents> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // Everything is checked before the database is touched, so an invalid item fails the call with nothing begun.
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d]?.Document is not { } doc || documents[d].Events is not { } list)
                throw new ArgumentException($"Item {d} of the batch, or its event list, is null.", nameof(documents));
            Validate(doc);
            for (var i = 0; i < list.Count; i++)
                ValidateMention(doc, list[i] ?? throw new ArgumentException($"Document {doc.Id}: event mention {i} is null.", nameof(documents)), i);
        }
        if (documents.Count == 0) return [];

        await using var connection = await OpenConnectionAsync(ct);
        var docColumns = BatchDocumentColumns.Value;
        await UseWriterCacheAsync(connection, ct);
        await ExecAsync(connection,
            "PRAGMA temp_store = MEMORY; DROP TABLE IF EXISTS temp.batch_documents; DROP TABLE IF EXISTS temp.batch_mentions; " +
            $"CREATE TEMP TABLE batch_documents AS SELECT {docColumns} FROM main.documents WHERE 0; " +
            CreateMentionStaging("batch_mentions"), ct);
        try
        {
            // Immediate: the write lock is taken first, so "already stored?" cannot change before the commit.
            using var tx = connection.BeginTransaction(deferred: false);
            using var exists = Prepare(connection, tx, "SELECT 1 FROM main.documents WHERE id = @Id;");
            using var stageDocument = Prepare(connection, tx,
                InsertDocument.Replace("INSERT INTO documents", "INSERT INTO temp.batch_documents", StringComparison.Ordinal)
                    .Replace("ON CONFLICT (id) DO NOTHING", "", StringComparison.Ordinal));
            using var stageMention = Prepare(connection, tx,
                InsertMention.Replace("INSERT INTO event_mentions", "INSERT INTO temp.batch_mentions", StringComparison.Ordinal));
            var docParams = new Binder(stageDocument);
            var mentionParams = new Binder(stageMention);
            var idParam = exists.Parameters["@Id"];
            var ingestedAt = FormatTimestamp(_time.GetUtcNow());
            var results = new AddResult[documents.Count];
            var inBatch = new HashSet<string>(documents.Count, StringComparer.Ordinal);
            var staged = 0;

            for (var d = 0; d < documents.Count; d++)
            {
                ct.ThrowIfCancellationRequested();
                var (doc, list) = (documents[d].Document, documents[d].Events);
                idParam.Value = doc.Id;
                if (!inBatch.Add(doc.Id) || await exists.ExecuteScalarAsync(ct) is not null)
                {
                    results[d] = AddResult.AlreadyStored;
                    continue;
                }
                BindDocument(docParams, doc, ingestedAt);
                await stageDocument.ExecuteNonQueryAsync(ct);
                for (var i = 0; i < list.Count; i++)
                {
                    BindMention(mentionParams, doc, list[i], i);
                    await stageMention.ExecuteNonQueryAsync(ct);
                }
                results[d] = AddResult.Added;
                staged++;
            }
            if (staged > 0)
            {
                // Documents first: mentions reference them. rowid order keeps the input order in seq and in mention ids,
                // so a batch stores exactly what one AddDocumentAsync after another would.
                await ExecAsync(connection, tx,
                    $"INSERT INTO main.documents ({docColumns}) SELECT {docColumns} FROM temp.batch_documents ORDER BY rowid; " +
                    MoveMentions("temp.batch_mentions"), ct);
            }
            BeforeCommit?.Invoke();
            // As in AddDocumentAsync: a cancellation that arrived while writing leaves the transaction uncommitted.
            ct.ThrowIfCancellationRequested();
            tx.Commit();
            return results;
        }
        finally
        {
            // The connection goes back to the pool: leave no staged rows or tables behind.
            await ExecAsync(connection,
                "DROP TABLE IF EXISTS temp.batch_documents; DROP TABLE IF EXISTS temp.batch_mentions; PRAGMA temp_store = DEFAULT;",
                CancellationToken.None);
        }
    }

    /// <summary>Page cache of a connection that writes many rows (KiB, as a negative cache_size).</summary>
    private const int WriterCacheKib = 64 * 1024;

    /// <summary>WAL pages after which a writing connection's commit copies the WAL into the database (SQLite's default
    /// is 1,000: 16 MB with 16 KB pages).</summary>
    private const int WriterCheckpointPages = 4_000;

    /// <summary>
    /// Gives a writing connection a 64 MB page cache, which it keeps when it goes back to the pool (bounded, and the next
    /// batch wants it again): the documents' content-hash index takes every insert at a random leaf, and linking
    /// rewrites the event_id index entry of every mention, so with the default 2 MB those pages were read from the file
    /// again and again (the batch writer used about a fifth less processor time at 40k documents with it).
    /// It also checkpoints less often: a batch of a few hundred documents fills more than the default WAL, so every
    /// commit copied its pages into the database, and an index page that the next batches rewrite again was copied
    /// each time. At 4,000 pages (64 MB) the batch writer wrote 12% fewer bytes (40k generated documents); the WAL file
    /// grows to about that size plus one transaction.
    /// </summary>
    private static Task UseWriterCacheAsync(SqliteConnection connection, CancellationToken ct) =>
        ExecAsync(connection, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PRAGMA cache_size = -{WriterCacheKib}; PRAGMA wal_autocheckpoint = {WriterCheckpointPages};"), ct);

    private static async Task ExecAsync(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
