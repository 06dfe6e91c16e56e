using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each call opens a pooled connection of its own, so one store
/// can be shared across threads (a SqliteConnection cannot).
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private const string DocumentColumns =
        "id AS Id, file_name AS FileName, path AS Path, url AS Url, source AS Source, kind AS Kind, title AS Title, " +
        "byline AS Byline, published AS Published, period_start AS PeriodStart, period_end AS PeriodEnd, format AS Format, " +
        "raw_text AS RawText, text AS Text, offset_map AS OffsetMap, diagnostics AS Diagnostics";

    private const string SummaryColumns =
        "id AS Id, file_name AS FileName, kind AS Kind, title AS Title, source AS Source, published AS Published, " +
        "period_start AS PeriodStart, period_end AS PeriodEnd, format AS Format, text_length AS TextLength, ingested_at AS IngestedAt";

    /// <summary>bm25 column weights (title, text): a word in the title says more about a document than one in the body.</summary>
    private const string Bm25 = "bm25(documents_fts, 4.0, 1.0)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private bool _disposed;

    /// <summary>Opens (or creates) the database file at <paramref name="databasePath"/>, creating missing directories.
    /// Call <see cref="MigrateAsync"/> before anything else, or use <see cref="OpenAsync"/>.</summary>
    public SqliteEventStore(string databasePath, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = System.IO.Path.GetFullPath(databasePath);
        var directory = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Opens the store and migrates it.</summary>
    public static async Task<SqliteEventStore> OpenAsync(string databasePath, CancellationToken ct = default)
    {
        var store = new SqliteEventStore(databasePath);
        try
        {
            await store.MigrateAsync(ct);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public string DatabasePath { get; }

    /// <summary>Test seam: runs inside an add's transaction after the document and its event mentions are written, just before commit.</summary>
    internal Action? BeforeCommit { get; set; }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await SqliteMigrations.ApplyAsync(connection, SqliteMigrations.All, _time, ct);
    }

    public Task<AddResult> AddDocumentAsync(Document document, CancellationToken ct = default) =>
        AddDocumentAsync(document, [], ct);

    public async Task<AddResult> AddDocumentAsync(Document document, IReadOnlyList<EventMention> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        Validate(document);
        var mentionRows = MentionRows(document, events);
        // Serialise before touching the database, so a bad document fails with nothing begun.
        var row = new
        {
            document.Id,
            document.FileName,
            document.Path,
            document.Url,
            document.Source,
            Kind = document.Kind.ToString(),
            document.Title,
            document.Byline,
            Published = FormatDate(document.Published),
            PeriodStart = FormatDate(document.Period?.Start),
            PeriodEnd = FormatDate(document.Period?.End),
            document.Format,
            document.RawText,
            document.Text,
            TextLength = (long)document.Text.Length,
            OffsetMap = OffsetMapCodec.Encode(document.Map),
            Diagnostics = JsonSerializer.Serialize(document.Diagnostics, Json),
            IngestedAt = FormatTimestamp(_time.GetUtcNow()),
        };

        await using var connection = await OpenConnectionAsync(ct);
        // One transaction per document: the row, its event mentions and their FTS entries (written by triggers) land
        // together or not at all.
        using var tx = connection.BeginTransaction(deferred: false);
        // DO NOTHING on the content hash only: re-adding leaves the stored row (and its ingested_at) untouched,
        // while any other constraint violation still fails loudly.
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO documents (id, file_name, path, url, source, kind, title, byline, published, period_start, period_end,
                                   format, raw_text, text, text_length, offset_map, diagnostics, ingested_at)
            VALUES (@Id, @FileName, @Path, @Url, @Source, @Kind, @Title, @Byline, @Published, @PeriodStart, @PeriodEnd,
                    @Format, @RawText, @Text, @TextLength, @OffsetMap, @Diagnostics, @IngestedAt)
            ON CONFLICT (id) DO NOTHING;
            """, row, tx, cancellationToken: ct));
        if (inserted == 0)
        {
            tx.Rollback();
            return AddResult.AlreadyStored;
        }
        if (mentionRows.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(InsertMentionRow.Value, mentionRows, tx, cancellationToken: ct));
        BeforeCommit?.Invoke();
        // Honour a cancellation that arrived while writing: the transaction is disposed uncommitted, so it rolls back.
        ct.ThrowIfCancellationRequested();
        tx.Commit();
        return AddResult.Added;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM documents ORDER BY seq;", cancellationToken: ct));
        return rows.Select(ToSummary).ToList();
    }

    public async IAsyncEnumerable<string> ListDocumentIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        // SQLite reads this from the unique index on id (covering), not from the rows and their texts.
        command.CommandText = "SELECT id FROM documents;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return reader.GetString(0);
    }

    public async Task<Document?> GetDocumentAsync(string idOrFileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(idOrFileName);
        var key = idOrFileName.Trim();
        if (key.Length == 0) return null;
        await using var connection = await OpenConnectionAsync(ct);

        // Ids are lower-case hex; accept what a user copies in upper case too. Both forms are tried as given
        // (not with COLLATE NOCASE) so the unique index on id still serves the lookup.
        var lower = key.ToLowerInvariant();
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentColumns} FROM documents WHERE id IN (@Key, @Lower) ORDER BY id = @Key DESC LIMIT 1;",
            new { Key = key, Lower = lower }, cancellationToken: ct));
        if (row is not null) return ToDocument(row);

        // Prefix and file-name matches are pooled: exactly one candidate wins, several are ambiguous.
        // Prefixes are searched as ranges [p, p + U+10FFFF) so the id index serves them; a NULL bound disables one.
        var prefix = key.Length >= DocumentLookup.MinPrefixLength;
        var candidates = (await connection.QueryAsync<(string Id, string FileName)>(new CommandDefinition(
            """
            SELECT id, file_name FROM documents
            WHERE (id >= @Lo1 AND id < @Hi1) OR (id >= @Lo2 AND id < @Hi2) OR file_name = @Key
            ORDER BY seq
            LIMIT 50;
            """,
            new
            {
                Key = key,
                Lo1 = prefix ? key : null, Hi1 = prefix ? key + "\U0010FFFF" : null,
                Lo2 = prefix ? lower : null, Hi2 = prefix ? lower + "\U0010FFFF" : null,
            },
            cancellationToken: ct))).ToList();
        if (candidates.Count == 0) return null;
        if (candidates.Count > 1) throw new AmbiguousDocumentException(key, candidates);

        row = await connection.QuerySingleAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentColumns} FROM documents WHERE id = @Id;", new { candidates[0].Id }, cancellationToken: ct));
        return ToDocument(row);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = FtsQuery.Build(query);
        if (match is null) return [];
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            SELECT d.id AS DocumentId, d.file_name AS FileName, d.title AS Title,
                   snippet(documents_fts, -1, @Open, @Close, @Ellipsis, 16) AS Snippet,
                   -{Bm25} AS Rank
            FROM documents_fts
            JOIN documents AS d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH @Match
            ORDER BY {Bm25}, d.seq
            LIMIT @Limit;
            """,
            new { Match = match, Open = SearchHit.MatchStart, Close = SearchHit.MatchEnd, Ellipsis = "\u2026", Limit = (long)limit },
            cancellationToken: ct));
        return rows.Select(r => new SearchHit(r.DocumentId, r.FileName, r.Title, r.Snippet ?? "", r.Rank)).ToList();
    }

    public async Task<long> CountDocumentsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM documents;", cancellationToken: ct));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // Pooled connections would otherwise keep the file (and its -wal/-shm) open after the store is gone.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            // Per-connection settings; cheap to repeat on a pooled connection. synchronous=NORMAL is safe under WAL.
            await connection.ExecuteAsync(new CommandDefinition(
                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;", cancellationToken: ct));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void Validate(Document d)
    {
        if (string.IsNullOrWhiteSpace(d.Id)) throw new ArgumentException("A document needs an id (its content hash).", "document");
        if (d.Map.Length != d.Text.Length)
            throw new ArgumentException(
                $"Document {d.Id}: the offset map covers {d.Map.Length} characters but the text has {d.Text.Length}.", "document");
        if (d.Period is { } p && p.End < p.Start)
            throw new ArgumentException($"Document {d.Id}: reporting period ends ({p.End}) before it starts ({p.Start}).", "document");
    }

    internal static string FormatTimestamp(DateTimeOffset t) =>
        // Fixed width, UTC: sorts as text and reads back exactly.
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string s) =>
        DateTimeOffset.ParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string? FormatDate(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? s)
    {
        if (s is null) return null;
        // The stored form (the schema checks date(x) = x) is read digit by digit: a linking run reads five dates a row,
        // and ParseExact's general parser cost more than the rest. Anything else goes to ParseExact, errors included.
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && Digits(s, 0, 4) is var y and >= 1 && Digits(s, 5, 2) is var m and >= 1 and <= 12 &&
            Digits(s, 8, 2) is var d and >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        return DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="at"/>; -1 if one is not a digit.</summary>
    private static int Digits(string s, int at, int count)
    {
        var n = 0;
        for (var i = at; i < at + count; i++)
        {
            var digit = s[i] - '0';
            if (digit is < 0 or > 9) return -1;
            n = n * 10 + digit;
        }
        return n;
    }

    private static DateRange? ParsePeriod(string? start, string? end) =>
        start is null || end is null ? null : new DateRange(ParseDate(start)!.Value, ParseDate(end)!.Value);

    private static DocumentKind ParseKind(string id, string kind) =>
        Enum.TryParse<DocumentKind>(kind, ignoreCase: false, out var k) && Enum.IsDefined(k)
            ? k
            : throw new InvalidDataException($"Document {id} has kind '{kind}', which this version of Sitrep does not know.");

    private static Document ToDocument(DocumentRow r) => new()
    {
        Id = r.Id,
        FileName = r.FileName,
        Path = r.Path,
        Url = r.Url,
        Source = r.Source,
        Kind = ParseKind(r.Id, r.Kind),
        Title = r.Title,
        Byline = r.Byline,
        Published = ParseDate(r.Published),
        Period = ParsePeriod(r.PeriodStart, r.PeriodEnd),
        Format = r.Format,
        RawText = r.RawText,
        Text = r.Text,
        Map = OffsetMapCodec.Decode(r.OffsetMap),
        Diagnostics = JsonSerializer.Deserialize<List<Diagnostic>>(r.Diagnostics, Json) ?? [],
    };

    private static DocumentSummary ToSummary(SummaryRow r) => new(
        r.Id, r.FileName, ParseKind(r.Id, r.Kind), r.Title, r.Source, ParseDate(r.Published),
        ParsePeriod(r.PeriodStart, r.PeriodEnd), r.Format, checked((int)r.TextLength), ParseTimestamp(r.IngestedAt));

    // Row shapes as SQLite returns them (INTEGER is Int64, dates are text); converted to the model above.
    private sealed class DocumentRow
    {
        public string Id { get; set; } = "";
        public string FileName { get; set; } = "";
        public string? Path { get; set; }
        public string? Url { get; set; }
        public string? Source { get; set; }
        public string Kind { get; set; } = "";
        public string? Title { get; set; }
        public string? Byline { get; set; }
        public string? Published { get; set; }
        public string? PeriodStart { get; set; }
        public string? PeriodEnd { get; set; }
        public string Format { get; set; } = "";
        public string RawText { get; set; } = "";
        public string Text { get; set; } = "";
        public byte[] OffsetMap { get; set; } = [];
        public string Diagnostics { get; set; } = "[]";
    }

    private sealed class SummaryRow
    {
        public string Id { get; set; } = "";
        public string FileName { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Title { get; set; }
        public string? Source { get; set; }
        public string? Published { get; set; }
        public string? PeriodStart { get; set; }
        public string? PeriodEnd { get; set; }
        public string Format { get; set; } = "";
        public long TextLength { get; set; }
        public string IngestedAt { get; set; } = "";
    }

    private sealed class SearchRow
    {
        public string DocumentId { get; set; } = "";
        public string FileName { get; set; } = "";
        public string? Title { get; set; }
        public string? Snippet { get; set; }
        public double Rank { get; set; }
    }
}
