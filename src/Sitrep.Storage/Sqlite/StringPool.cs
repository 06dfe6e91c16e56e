namespace Sitrep.Storage.Sqlite;

/// <summary>
/// One instance per distinct string within a read: the same governorate, event type, actor or document name on
/// thousands of rows. Linking holds every new mention at once, and SQLite hands back a fresh copy of every value;
/// without the pool those copies survived into the oldest generation (most of the memory of a 200k-mention run).
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string? Get(string? value)
    {
        if (value is null) return null;
        if (_strings.TryGetValue(value, out var kept)) return kept;
        _strings.Add(value, value);
        return value;
    }

    /// <summary>For columns that are never null.</summary>
    public string Required(string value) => Get(value)!;

    /// <summary><see cref="Required"/> as one delegate for the whole read, not a new one per row.</summary>
    public Func<string, string> Share => _share ??= Required;

    private Func<string, string>? _share;
}
