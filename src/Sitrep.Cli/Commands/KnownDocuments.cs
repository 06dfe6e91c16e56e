using System.Globalization;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The documents a store held when an ingest run began, so a worker can tell a file is stored already before it
/// prepares it. Read once (one pass over the id index) rather than asked of the store per file: a query per file cost
/// more than the rest of the lookup work on a large run. Content hashes (32 hex digits) are kept as 128-bit numbers, a
/// few bytes each. Read-only once built, so the workers share it.
/// </summary>
internal sealed class KnownDocuments
{
    private readonly HashSet<UInt128> _hashes = [];
    private readonly HashSet<string> _other = new(StringComparer.Ordinal);

    public int Count => _hashes.Count + _other.Count;

    public static async Task<KnownDocuments> ReadAsync(IEventStore store, CancellationToken ct)
    {
        var known = new KnownDocuments();
        await foreach (var id in store.ListDocumentIdsAsync(ct))
            if (Hash(id) is { } h) known._hashes.Add(h);
            else known._other.Add(id);
        return known;
    }

    public bool Contains(string id) => Hash(id) is { } h ? _hashes.Contains(h) : _other.Contains(id);

    private static UInt128? Hash(string id) =>
        id.Length == 32 && UInt128.TryParse(id, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : null;
}
