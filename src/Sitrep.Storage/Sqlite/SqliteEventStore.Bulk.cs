using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

// Bulk loading: many documents with their mentions and links in one transaction. AddDocumentAsync opens a connection
// and a transaction per document and Dapper builds a command per row; worse, every row insert there is a statement
// of its own that fires the FTS trigger and checks constraints, so SQLite opens a statement savepoint for it, and FTS5
// writes its pending index data out at every savepoint: a tiny index segment per mention, merged again and again.
// Here rows go through prepared statements into a plain temporary table, and from there into event_mentions with one
// INSERT ... SELECT per batch: the same triggers and checks run, but FTS5 indexes a whole batch at once.
public sealed partial class SqliteEventStore
{
    private const string InsertDocument =
        """
        INSERT INTO documents (id, file_name, path, url, source, kind, title, byline, published, period_start, period_end,
                               format, raw_text, text, text_length, offset_map, diagnostics, ingested_at)
        VALUES (@Id, @FileName, @Path, @Url, @Source, @Kind, @Title, @Byline, @Published, @PeriodStart, @PeriodEnd,
                @Format, @RawText, @Text, @TextLength, @OffsetMap, @Diagnostics, @IngestedAt)
        ON CONFLICT (id) DO NOTHING;
        """;

    /// <summary>Page cache for a bulk load (KiB, as a negative cache_size): index pages stay in memory between rows.</summary>
    private const int BulkCacheKib = 256 * 1024;

    /// <summary>Mentions staged before they are moved into event_mentions in one statement.</summary>
    private const int BulkBatchMentions = 50_000;

    [GeneratedRegex(@"@([A-Za-z0-9_]+)")]
    private static partial Regex SqlParameter();

    [GeneratedRegex(@"^\s*INSERT INTO event_mentions \((?<columns>[^)]*)\)")]
    private static partial Regex MentionInsertColumns();

    /// <summary>The columns <see cref="InsertMention"/> writes: the staging table has exactly these, so both inserts share
    /// one definition of a mention row.</summary>
    private static readonly Lazy<string> BulkColumns = new(() =>
        MentionInsertColumns().Match(InsertMention) is { Success: true } m
            ? m.Groups["columns"].Value
            : throw new InvalidOperationException("InsertMention does not start with INSERT INTO event_mentions (columns)."));

    /// <summary>
    /// Stores many documents with their event mentions in one transaction: all land, or nothing does. Rows are as
    /// <see cref="AddDocumentAsync(Document, IReadOnlyList{EventMention}, CancellationToken)"/> writes them (validated the
    /// same way; invalid input throws <see cref="ArgumentException"/> and nothing is written), and documents already
    /// stored are skipped with their mentions. A mention whose <see cref="EventMention.EventId"/> is set is also linked to
    /// that event (origin 'auto', confidence 1: imported links are taken as given), with one 'link' audit row for the
    /// whole load by <paramref name="actor"/> rather than one per event. For imports and benchmarks; call it with batches
    /// of a few hundred thousand mentions to bound the transaction.
    /// </summary>
    public async Task<BulkAddResult> BulkAddAsync(IEnumerable<BulkDocument> documents, string actor = "import", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await using var connection = await OpenConnectionAsync(ct);
        await ExecAsync(connection,
            // temp_store: the staging table (and any statement journal) in memory rather than in temp files.
            $"PRAGMA cache_size = -{BulkCacheKib.ToString(CultureInfo.InvariantCulture)}; PRAGMA temp_store = MEMORY; " +
            "DROP TABLE IF EXISTS temp.bulk_mentions; " +
            CreateMentionStaging("bulk_mentions"), ct);
        try
        {
            return await BulkAddAsync(connection, documents, actor, ct);
        }
        finally
        {
            // The connection goes back to the pool: leave it as it was.
            await ExecAsync(connection, "DROP TABLE IF EXISTS temp.bulk_mentions; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT;",
                CancellationToken.None);
        }
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<BulkAddResult> BulkAddAsync(SqliteConnection connection, IEnumerable<BulkDocument> documents, string actor, CancellationToken ct)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        using var docCommand = Prepare(connection, tx, InsertDocument);
        using var stageCommand = Prepare(connection, tx,
            InsertMention.Replace("INSERT INTO event_mentions", "INSERT INTO temp.bulk_mentions", StringComparison.Ordinal));
        using var moveCommand = Prepare(connection, tx,
            $"""
            {MoveMentions("temp.bulk_mentions")}
            INSERT INTO main.event_links (mention_id, event_id, confidence, origin)
            SELECT m.id, b.event_id, 1.0, 'auto'
            FROM temp.bulk_mentions AS b JOIN main.documents AS d ON d.id = b.document_id
            JOIN main.event_mentions AS m ON m.document_seq = d.seq AND m.ordinal = b.ordinal
            WHERE b.event_id IS NOT NULL
            ORDER BY m.id;
            DELETE FROM temp.bulk_mentions;
            """);
        var docParams = new Binder(docCommand);
        var mentionParams = new Binder(stageCommand);
        var ingestedAt = FormatTimestamp(_time.GetUtcNow());
        int added = 0, skipped = 0, mentions = 0, links = 0, staged = 0;
        var events = new HashSet<string>(StringComparer.Ordinal);

        foreach (var item in documents)
        {
            ct.ThrowIfCancellationRequested();
            if (item?.Document is not { } doc || item.Mentions is not { } list)
                throw new ArgumentException("A bulk document or its mention list is null.", nameof(documents));
            Validate(doc);
            for (var i = 0; i < list.Count; i++)
                ValidateMention(doc, list[i] ?? throw new ArgumentException($"Document {doc.Id}: event mention {i} is null.", nameof(documents)), i);

            BindDocument(docParams, doc, ingestedAt);
            if (await docCommand.ExecuteNonQueryAsync(ct) == 0)
            {
                skipped++;
                continue;
            }
            added++;
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                BindMention(mentionParams, doc, e, i);
                await stageCommand.ExecuteNonQueryAsync(ct);
                mentions++;
                staged++;
                if (e.EventId is null) continue;
                links++;
                events.Add(e.EventId);
            }
            if (staged >= BulkBatchMentions)
            {
                await moveCommand.ExecuteNonQueryAsync(ct);
                staged = 0;
            }
        }
        if (staged > 0) await moveCommand.ExecuteNonQueryAsync(ct);
        if (links > 0)
        {
            using var audit = Prepare(connection, tx,
                "INSERT INTO link_audit (at, operation, event_id, other_event_id, mention_ids, actor, note) " +
                "VALUES (@At, 'link', NULL, NULL, NULL, @Actor, @Note);");
            audit.Parameters["@At"].Value = ingestedAt;
            audit.Parameters["@Actor"].Value = (object?)actor ?? DBNull.Value;
            audit.Parameters["@Note"].Value = string.Create(CultureInfo.InvariantCulture,
                $"bulk load: {links} mention(s) linked to {events.Count} event(s)");
            await audit.ExecuteNonQueryAsync(ct);
        }
        ct.ThrowIfCancellationRequested();
        tx.Commit();
        return new BulkAddResult(added, skipped, mentions, links);
    }

    /// <summary>A command with one parameter per @name in its text, prepared once and executed per row.</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in SqlParameter().Matches(sql).Select(m => "@" + m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        command.Prepare();
        return command;
    }

    /// <summary>Sets a command's parameters by name, and checks once that every parameter of its text was set, so a
    /// column added to the INSERT cannot silently be written as NULL here. Parameters are found through a dictionary
    /// keyed by the bare name: no "@" + name string per value, no linear search of the collection.</summary>
    private sealed class Binder
    {
        private readonly Dictionary<string, SqliteParameter> _byName;
        private HashSet<string>? _firstRow = [];

        public Binder(SqliteCommand command) =>
            _byName = command.Parameters.Cast<SqliteParameter>().ToDictionary(p => p.ParameterName.TrimStart('@'), StringComparer.Ordinal);

        public object? this[string name]
        {
            set
            {
                _byName[name].Value = value ?? DBNull.Value;
                _firstRow?.Add(name);
            }
        }

        public void Done()
        {
            if (_firstRow is null) return;
            var missing = _byName.Keys.Where(n => !_firstRow.Contains(n)).Select(n => "@" + n).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException("Bulk load binds no value for " + string.Join(", ", missing) + ".");
            _firstRow = null;
        }
    }

    private static void BindDocument(Binder p, Document d, string ingestedAt)
    {
        p["Id"] = d.Id;
        p["FileName"] = d.FileName;
        p["Path"] = d.Path;
        p["Url"] = d.Url;
        p["Source"] = d.Source;
        p["Kind"] = d.Kind.ToString();
        p["Title"] = d.Title;
        p["Byline"] = d.Byline;
        p["Published"] = FormatDate(d.Published);
        p["PeriodStart"] = FormatDate(d.Period?.Start);
        p["PeriodEnd"] = FormatDate(d.Period?.End);
        p["Format"] = d.Format;
        p["RawText"] = d.RawText;
        p["Text"] = d.Text;
        p["TextLength"] = (long)d.Text.Length;
        p["OffsetMap"] = OffsetMapCodec.Encode(d.Map);
        p["Diagnostics"] = JsonSerializer.Serialize(d.Diagnostics, Json);
        p["IngestedAt"] = ingestedAt;
        p.Done();
    }

    /// <summary>The values <see cref="MentionRows"/> gives Dapper, set on a prepared command.</summary>
    private static void BindMention(Binder p, Document doc, EventMention e, int ordinal)
    {
        var loc = e.Location;
        var rawTrigger = doc.Map.ToRaw(e.Trigger);
        p["DocumentId"] = doc.Id;
        p["Ordinal"] = (long)ordinal;
        p["Item"] = (long?)e.Item;
        p["SpanStart"] = (long)e.Span.Start;
        p["SpanEnd"] = (long)e.Span.End;
        p["RawStart"] = (long)e.RawSpan.Start;
        p["RawEnd"] = (long)e.RawSpan.End;
        p["TriggerStart"] = (long)e.Trigger.Start;
        p["TriggerEnd"] = (long)e.Trigger.End;
        p["RawTriggerStart"] = (long)rawTrigger.Start;
        p["RawTriggerEnd"] = (long)rawTrigger.End;
        p["Evidence"] = e.Evidence;
        p["DateStart"] = FormatDate(e.Date?.Start);
        p["DateEnd"] = FormatDate(e.Date?.End);
        p["TimePrecision"] = (long?)e.TimePrecision;
        p["EventType"] = e.EventType;
        p["SubEventType"] = e.SubEventType;
        p["Kind"] = e.Kind;
        p["Actor1"] = e.Actor1?.Name;
        p["Actor1Id"] = e.Actor1?.ActorId;
        p["Actor2"] = e.Actor2?.Name;
        p["Actor2Id"] = e.Actor2?.ActorId;
        p["AssocActors"] = AssocActorsJson(e);
        p["Country"] = loc.Country;
        p["Admin1"] = loc.Admin1;
        p["Admin2"] = loc.Admin2;
        p["Location"] = loc.Name;
        p["PlaceId"] = loc.PlaceId;
        p["Latitude"] = loc.Latitude;
        p["Longitude"] = loc.Longitude;
        p["GeoPrecision"] = (long?)loc.GeoPrecision;
        p["Fatalities"] = (long?)e.Fatalities;
        p["Counts"] = CountsJson(e);
        p["CountQualifiers"] = CountQualifiersJson(e);
        p["Hedged"] = e.Hedged ? 1L : 0L;
        p["Hedges"] = HedgesJson(e);
        p["ClaimedBy"] = e.ClaimedBy;
        p["Background"] = e.Background ? 1L : 0L;
        p["Confidence"] = e.Confidence;
        p["EventId"] = e.EventId;
        p["Sources"] = SourcesJson(e);
        p.Done();
    }
}
