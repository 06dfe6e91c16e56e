using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>One schema step, embedded as Sqlite/Migrations/NNNN_name.sql.</summary>
internal sealed record SqliteMigration(long Version, string Name, string Sql);

/// <summary>Applies the embedded migrations in version order, each in its own transaction, recording them in schema_migrations.</summary>
internal static partial class SqliteMigrations
{
    [GeneratedRegex(@"\.Migrations\.(?<version>\d+)_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    private static readonly Lazy<IReadOnlyList<SqliteMigration>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<SqliteMigration> All => Embedded.Value;

    private static IReadOnlyList<SqliteMigration> LoadEmbedded()
    {
        var assembly = typeof(SqliteMigrations).Assembly;
        var list = new List<SqliteMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var m = ResourceName().Match(resource);
            if (!m.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new SqliteMigration(
                long.Parse(m.Groups["version"].Value, CultureInfo.InvariantCulture), m.Groups["name"].Value, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < list.Count; i++)
            if (list[i].Version == list[i - 1].Version)
                throw new InvalidOperationException($"Two embedded migrations share version {list[i].Version}.");
        if (list.Count == 0) throw new InvalidOperationException("No embedded SQLite migrations found in " + assembly.GetName().Name + ".");
        return list;
    }

    public static async Task ApplyAsync(SqliteConnection connection, IReadOnlyList<SqliteMigration> migrations, TimeProvider time, CancellationToken ct)
    {
        // 16 KB pages for a new file (an existing one keeps its size): a document's texts span a few pages instead of a
        // dozen, and the batch writer used about an eighth less processor time at 40k documents. It must come before WAL,
        // which fixes the page size.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA page_size = 16384;", cancellationToken: ct));
        // journal_mode cannot change inside a transaction; it persists in the file, so once is enough.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            ) STRICT;
            """, cancellationToken: ct));

        await CheckKnownAsync(connection, null, migrations, ct);

        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations;", cancellationToken: ct))).ToHashSet();
        foreach (var migration in migrations)
        {
            if (applied.Contains(migration.Version)) continue;
            // A step that rebuilds a table runs with foreign keys off (SQLite's procedure for changing a table's
            // definition: dropping the old table would otherwise cascade into the tables that reference it); the pragma
            // cannot change inside a transaction, and foreign_key_check below stands in for the checks skipped.
            var keysOff = migration.Sql.Contains(ForeignKeysOff, StringComparison.Ordinal);
            var keysWereOn = keysOff && await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA foreign_keys;", cancellationToken: ct)) != 0;
            if (keysOff) await connection.ExecuteAsync(new CommandDefinition("PRAGMA foreign_keys = OFF;", cancellationToken: ct));
            try
            {
                await ApplyOneAsync(connection, migration, keysOff, time, ct);
            }
            finally
            {
                if (keysWereOn) await connection.ExecuteAsync(new CommandDefinition("PRAGMA foreign_keys = ON;", cancellationToken: CancellationToken.None));
            }
        }
    }

    /// <summary>The line that marks a migration to run with foreign keys off.</summary>
    internal const string ForeignKeysOff = "-- requires: foreign_keys off";

    private static async Task ApplyOneAsync(SqliteConnection connection, SqliteMigration migration, bool checkKeys, TimeProvider time, CancellationToken ct)
    {
        // IMMEDIATE takes the write lock before reading, so two processes migrating at once cannot both apply a step.
        using var tx = connection.BeginTransaction(deferred: false);
        var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM schema_migrations WHERE version = @Version;", new { migration.Version }, tx, cancellationToken: ct));
        if (applied > 0) return;

        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
        if (checkKeys)
        {
            var broken = (await connection.QueryAsync<(string Table, long? Row, string Parent)>(new CommandDefinition(
                "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 5;", transaction: tx, cancellationToken: ct))).ToList();
            if (broken.Count > 0)
                throw new InvalidOperationException(
                    $"Migration {migration.Version} ({migration.Name}) would leave rows whose reference is broken: " +
                    string.Join(", ", broken.Select(b => $"{b.Table} row {b.Row} -> {b.Parent}")) + ". Nothing was changed.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);",
            new { migration.Version, migration.Name, AppliedAt = SqliteEventStore.FormatTimestamp(time.GetUtcNow()) },
            tx, cancellationToken: ct));
        // Mirrors the version where generic SQLite tools look for it.
        await connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)};", transaction: tx, cancellationToken: ct));
        ct.ThrowIfCancellationRequested();
        tx.Commit();
    }

    /// <summary>Refuses a database that records a step this build does not have (written by a newer Sitrep, or a different branch).</summary>
    private static async Task CheckKnownAsync(SqliteConnection connection, SqliteTransaction? tx, IReadOnlyList<SqliteMigration> migrations, CancellationToken ct)
    {
        var recorded = await connection.QueryAsync<(long Version, string Name)>(new CommandDefinition(
            "SELECT version, name FROM schema_migrations ORDER BY version;", transaction: tx, cancellationToken: ct));
        var known = migrations.ToDictionary(m => m.Version);
        var latest = migrations[^1].Version;
        foreach (var (version, name) in recorded)
        {
            if (!known.TryGetValue(version, out var mine))
                throw new SchemaVersionException(
                    $"The database at '{connection.DataSource}' has schema migration {version} ({name}), which this version of Sitrep " +
                    $"does not know (it knows up to {latest}). It was probably written by a newer Sitrep; upgrade Sitrep to open it.");
            if (!string.Equals(mine.Name, name, StringComparison.Ordinal))
                throw new SchemaVersionException(
                    $"The database at '{connection.DataSource}' recorded migration {version} as '{name}', but this version of Sitrep " +
                    $"calls it '{mine.Name}'. The database and this build disagree about the schema.");
        }
    }
}
