namespace Sitrep.Core.Text;

/// <summary>
/// Maps offsets in a normalised text back to the raw text it was made from (as Lucene's char filters do).
/// Entry i is the raw offset of normalised character i; one extra entry holds the raw end.
/// Characters inserted by a repair map to the raw character they replace.
/// </summary>
public sealed class OffsetMap
{
    // Null for an identity map (a stage that changed nothing): it costs no array until someone asks for the offsets.
    private int[]? _rawIndex;
    private readonly int _length;

    public OffsetMap(int[] rawIndex)
    {
        ArgumentNullException.ThrowIfNull(rawIndex);
        if (rawIndex.Length == 0) throw new ArgumentException("An offset map needs at least the end entry.", nameof(rawIndex));
        _rawIndex = rawIndex;
        _length = rawIndex.Length - 1;
    }

    private OffsetMap(int length) => _length = length;

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
        return new OffsetMap(length);
    }

    /// <summary>True for a map that leaves every offset where it is.</summary>
    public bool IsIdentity => _rawIndex is null;

    /// <summary>The raw offset of each normalised character, plus the raw end (for storage).</summary>
    public ReadOnlySpan<int> RawOffsets
    {
        get
        {
            if (_rawIndex is null)
            {
                var map = new int[_length + 1];
                for (var i = 0; i <= _length; i++) map[i] = i;
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
        return _rawIndex is null ? offset : _rawIndex[offset];
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
        if (_rawIndex is null) return span;
        if (span.IsEmpty) { var p = _rawIndex[span.Start]; return new TextSpan(p, p); }
        return new TextSpan(_rawIndex[span.Start], _rawIndex[span.End - 1] + 1);
    }

    /// <summary>Composes two maps: <paramref name="inner"/> maps text B to A, this maps C to B; the result maps C to A.</summary>
    public OffsetMap ComposeWith(OffsetMap inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (_rawIndex is null && _length == inner.Length) return inner;
        if (inner._rawIndex is null) return this;
        var map = new int[_length + 1];
        var source = RawOffsets;
        var target = inner.RawOffsets;
        for (var i = 0; i < map.Length; i++) map[i] = target[source[i]];
        return new OffsetMap(map);
    }
}
