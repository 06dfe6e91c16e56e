using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>A real database file in a fresh temp directory per test, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-storage-tests", Guid.NewGuid().ToString("N"));
        // A nested folder that does not exist yet: the store must create it.
        Path = System.IO.Path.Combine(Directory, "data", "sitrep.db");
    }

    public string Directory { get; }
    public string Path { get; }

    public SqliteEventStore NewStore(TimeProvider? time = null) => new(Path, time);

    public async Task<SqliteEventStore> MigratedStoreAsync(TimeProvider? time = null)
    {
        var store = NewStore(time);
        await store.MigrateAsync();
        return store;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp folder must not fail a test */ }
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}

public static class Docs
{
    /// <summary>A document whose id is the hash of its raw text, as the ingest pipeline makes it.</summary>
    public static Document Make(string text, string fileName = "note.txt", string? title = null, DocumentKind kind = DocumentKind.Article) => new()
    {
        Id = Hash(text),
        FileName = fileName,
        Kind = kind,
        Title = title,
        Format = "text",
        RawText = text,
        Text = text,
        Map = OffsetMap.Identity(text.Length),
    };

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
