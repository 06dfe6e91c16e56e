using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Tests;

public class MigrationTests
{
    [Fact]
    public async Task Migrating_twice_is_a_no_op()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using (var store = db.NewStore(clock)) await store.MigrateAsync();
        var first = ReadMigrations(db.Path);

        clock.Now = clock.Now.AddDays(1);
        await using (var store = db.NewStore(clock))
        {
            await store.MigrateAsync();
            await store.MigrateAsync();
            Assert.Equal(0, await store.CountDocumentsAsync());
        }

        var second = ReadMigrations(db.Path);
        Assert.NotEmpty(first);
        Assert.Equal(first, second); // same versions, names and applied_at: nothing re-ran
        Assert.Equal(1L, first[0].Version);
        Assert.Equal("documents", first[0].Name);
        Assert.Equal(first[^1].Version, Scalar<long>(db.Path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Database_is_in_wal_mode_with_strict_tables()
    {
        using var db = new TempDatabase();
        await using (var store = await db.MigratedStoreAsync()) { }
        Assert.Equal("wal", Scalar<string>(db.Path, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar<long>(db.Path, "SELECT strict FROM pragma_table_list WHERE name = 'documents';"));
        Assert.Equal(1L, Scalar<long>(db.Path, "SELECT strict FROM pragma_table_list WHERE name = 'schema_migrations';"));
    }

    [Fact]
    public async Task A_new_database_has_16_kb_pages_and_an_existing_one_keeps_its_own()
    {
        using var fresh = new TempDatabase();
        await using (var store = await fresh.MigratedStoreAsync()) { }
        Assert.Equal(16384L, Scalar<long>(fresh.Path, "PRAGMA page_size;"));

        // A file made with 4 KB pages (as earlier versions did) opens, migrates and keeps them.
        using var old = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(old.Path)!);
        Execute(old.Path, "PRAGMA page_size = 4096; CREATE TABLE t (x INTEGER); DROP TABLE t;");
        await using (var store = await old.MigratedStoreAsync()) Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Equal(4096L, Scalar<long>(old.Path, "PRAGMA page_size;"));
        Assert.Equal("wal", Scalar<string>(old.Path, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Open_creates_missing_directories()
    {
        using var db = new TempDatabase();
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.Path)));
        await using (var store = await Sqlite.SqliteEventStore.OpenAsync(db.Path)) Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.True(File.Exists(db.Path));
    }

    [Fact]
    public async Task Database_from_a_newer_version_is_refused_clearly()
    {
        using var db = new TempDatabase();
        await using (var store = await db.MigratedStoreAsync()) { }
        // What a future Sitrep would leave behind: a migration this build has never heard of.
        Execute(db.Path, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'events_from_the_future', '2031-01-01T00:00:00.0000000Z');");

        await using var again = db.NewStore();
        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => again.MigrateAsync());
        Assert.Contains("9999", error.Message);
        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public async Task Renamed_migration_is_refused()
    {
        using var db = new TempDatabase();
        await using (var store = await db.MigratedStoreAsync()) { }
        Execute(db.Path, "UPDATE schema_migrations SET name = 'something_else' WHERE version = 1;");
        await using var again = db.NewStore();
        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => again.MigrateAsync());
        Assert.Contains("something_else", error.Message);
    }

    private static List<(long Version, string Name, string AppliedAt)> ReadMigrations(string path)
    {
        using var c = Open(path);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version;";
        using var r = cmd.ExecuteReader();
        var list = new List<(long, string, string)>();
        while (r.Read()) list.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    internal static T Scalar<T>(string path, string sql)
    {
        using var c = Open(path);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)cmd.ExecuteScalar()!;
    }

    internal static void Execute(string path, string sql)
    {
        using var c = Open(path);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    // Unpooled, so the test's own connection never keeps the file open after it is done.
    private static SqliteConnection Open(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        return c;
    }
}
