namespace Sitrep.Core.Text;

/// <summary>
/// Maps offsets in a normalised text back to the raw text it was made from (as Lucene's char filters do).
/// Entry i is the raw offset of normalised character i; one extra entry holds the raw end.
/// Characters inserted by a repair map to the raw character they replace.
/// </summary>
public sealed class OffsetMap
{
    // Null while every entry but the end one is its own index (a stage that changed nothing, or only cut the
    // text's end): such a map costs no array until someone asks for the offsets.
    private int[]? _rawIndex;
    private readonly int _length;
    private readonly int _rawEnd; // the end entry while _rawIndex is null

    public OffsetMap(int[] rawIndex)
    {
        ArgumentNullException.ThrowIfNull(rawIndex);
        if (rawIndex.Length == 0) throw new ArgumentException("An offset map needs at least the end entry.", nameof(rawIndex));
        _rawIndex = rawIndex;
        _length = rawIndex.Length - 1;
    }

    private OffsetMap(int length, int rawEnd)
    {
        _length = length;
        _rawEnd = rawEnd;
    }

    /// <summary>A map over the first <paramref name="length"/> + 1 entries of a larger buffer (a builder's, handed over).</summary>
    internal OffsetMap(int[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (buffer.Length < length + 1) throw new ArgumentException("The buffer is shorter than the map.", nameof(buffer));
        _rawIndex = buffer;
        _length = length;
    }

    /// <summary>The identity map for a text that normalisation left unchanged.</summary>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length);
    }

    /// <summary>
    /// The map of a text whose chars each sit at their own raw offset, over a raw text of
    /// <paramref name="rawEnd"/> chars (the raw text went on past the last kept char, e.g. a trailing line break).
    /// </summary>
    internal static OffsetMap IdentityPrefix(int length, int rawEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(rawEnd, length);
        return new OffsetMap(length, rawEnd);
    }

    /// <summary>True for a map that leaves every offset where it is.</summary>
    public bool IsIdentity => _rawIndex is null && _rawEnd == _length;

    /// <summary>
    /// True when every character sits at its own raw offset and only the end entry may differ (an identity map, or one
    /// whose raw text ran on past the last kept character): a writer can then encode the map without its offsets array.
    /// </summary>
    public bool TryGetIdentityPrefix(out int rawEnd)
    {
        rawEnd = _rawEnd;
        return _rawIndex is null;
    }

    /// <summary>The raw offset of each normalised character, plus the raw end (for storage).</summary>
    public ReadOnlySpan<int> RawOffsets
    {
        get
        {
            if (_rawIndex is null)
            {
                var map = new int[_length + 1];
                for (var i = 0; i < _length; i++) map[i] = i;
                map[_length] = _rawEnd;
                // A benign race: two threads may each build the same array.
                _rawIndex = map;
            }
            return _rawIndex.AsSpan(0, _length + 1);
        }
    }

    /// <summary>Length of the normalised text this map covers.</summary>
    public int Length => _length;

    /// <summary>Raw offset of the normalised character at <paramref name="offset"/> (or the raw end for Length).</summary>
    public int ToRaw(int offset)
    {
        if ((uint)offset > (uint)_length) throw new ArgumentOutOfRangeException(nameof(offset), $"Offset {offset} outside [0, {_length}].");
        return Entry(offset);
    }

    /// <summary>
    /// The raw span covering a normalised span: from the raw position of its first character to just past the raw
    /// position of its last character. Characters a repair inserted share the raw position they replace, so a
    /// repaired ligature at either end is covered whole, and text dropped after the span is not.
    /// </summary>
    public TextSpan ToRaw(TextSpan span)
    {
        if (span.Start < 0 || span.End > _length || span.End < span.Start)
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} outside [0, {_length}].");
        if (span.IsEmpty) { var p = Entry(span.Start); return new TextSpan(p, p); }
        if (_rawIndex is null) return span;
        return new TextSpan(_rawIndex[span.Start], _rawIndex[span.End - 1] + 1);
    }

    /// <summary>Composes two maps: <paramref name="inner"/> maps text B to A, this maps C to B; the result maps C to A.</summary>
    public OffsetMap ComposeWith(OffsetMap inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (IsIdentity && _length == inner.Length) return inner;
        if (inner.IsIdentity) return this;
        if (_rawIndex is null && _length <= inner.Length && _rawEnd <= inner.Length)
        {
            // Entries before the end are their own index: the result is inner's first entries and a new end.
            var end = inner.Entry(_rawEnd);
            if (inner._rawIndex is null) return new OffsetMap(_length, end);
            var prefix = GC.AllocateUninitializedArray<int>(_length + 1);
            inner._rawIndex.AsSpan(0, _length).CopyTo(prefix);
            prefix[_length] = end;
            return new OffsetMap(prefix);
        }
        var map = GC.AllocateUninitializedArray<int>(_length + 1);
        for (var i = 0; i < map.Length; i++) map[i] = inner.Entry(Entry(i));
        return new OffsetMap(map);
    }

    /// <summary>Entry <paramref name="i"/> (0 to Length), unchecked beyond what an array index checks.</summary>
    internal int Entry(int i)
    {
        if (_rawIndex is not null) return _rawIndex[i];
        if ((uint)i > (uint)_length) throw new ArgumentOutOfRangeException(nameof(i));
        return i == _length ? _rawEnd : i;
    }
}
