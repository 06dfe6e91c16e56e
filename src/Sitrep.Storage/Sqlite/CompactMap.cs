using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// A small read-only map from string keys to values, kept as two arrays in the order the entries were stored. A
/// mention read back from the store holds a few of these (where each attribute is stated, its counts): a linking run
/// keeps hundreds of thousands of mentions at once, and a Dictionary of four entries costs about three times the
/// memory of these two arrays. Lookups are linear, which for a handful of keys is as fast as hashing.
/// </summary>
internal sealed class CompactMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <param name="key">The key to keep for a key read (a shared instance, so equal keys across rows are stored once).</param>
    public CompactMap(IReadOnlyCollection<KeyValuePair<string, TValue>> entries, Func<string, string> key)
    {
        _keys = new string[entries.Count];
        _values = new TValue[entries.Count];
        var i = 0;
        foreach (var (k, v) in entries)
        {
            _keys[i] = key(k);
            _values[i++] = v;
        }
    }

    public int Count => _keys.Length;

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry '{key}'.");

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<TValue> Values => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _keys.Length; i++)
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, TValue>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
