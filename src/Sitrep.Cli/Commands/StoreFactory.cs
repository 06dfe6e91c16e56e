using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Commands;

internal static class StoreFactory
{
    /// <summary>Opens (and migrates) the store a command writes to; creates the file.</summary>
    public static async Task<IEventStore> OpenForWriteAsync(string db, CancellationToken ct)
    {
        var store = new SqliteEventStore(db);
        await store.MigrateAsync(ct);
        return store;
    }

    /// <summary>Opens an existing store for reading; a missing file is an error, not a new empty database.</summary>
    public static async Task<IEventStore> OpenExistingAsync(string db, CancellationToken ct)
    {
        if (!File.Exists(db))
            throw new CliException($"{db}: no such database (run 'sitrep ingest PATH... --db {db}' first)");
        var store = new SqliteEventStore(db);
        await store.MigrateAsync(ct);
        return store;
    }

    public static async Task<Sitrep.Core.Model.Document> GetDocumentAsync(IEventStore store, string db, string doc, CancellationToken ct)
    {
        try
        {
            return await store.GetDocumentAsync(doc, ct)
                   ?? throw new CliException($"{doc}: no such document in {db} (see 'sitrep documents')");
        }
        catch (AmbiguousDocumentException e)
        {
            throw new CliException(e.Message);
        }
    }
}
