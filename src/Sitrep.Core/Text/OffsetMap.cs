namespace Sitrep.Core.Text;

/// <summary>
/// Maps offsets in a normalised text back to the raw text it was made from (as Lucene's char filters do).
/// Entry i is the raw offset of normalised character i; one extra entry holds the raw end.
/// Characters inserted by a repair map to the raw character they replace.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _rawIndex;

    public OffsetMap(int[] rawIndex)
    {
        ArgumentNullException.ThrowIfNull(rawIndex);
        if (rawIndex.Length == 0) throw new ArgumentException("An offset map needs at least the end entry.", nameof(rawIndex));
        _rawIndex = rawIndex;
    }

    /// <summary>The identity map for a text that normalisation left unchanged.</summary>
    public static OffsetMap Identity(int length)
    {
        var map = new int[length + 1];
        for (var i = 0; i <= length; i++) map[i] = i;
        return new OffsetMap(map);
    }

    /// <summary>The raw offset of each normalised character, plus the raw end (for storage).</summary>
    public ReadOnlySpan<int> RawOffsets => _rawIndex;

    /// <summary>Length of the normalised text this map covers.</summary>
    public int Length => _rawIndex.Length - 1;

    /// <summary>Raw offset of the normalised character at <paramref name="offset"/> (or the raw end for Length).</summary>
    public int ToRaw(int offset)
    {
        if ((uint)offset > (uint)Length) throw new ArgumentOutOfRangeException(nameof(offset), $"Offset {offset} outside [0, {Length}].");
        return _rawIndex[offset];
    }

    /// <summary>
    /// The raw span covering a normalised span: from the raw position of its first character to just past the raw
    /// position of its last character. Characters a repair inserted share the raw position they replace, so a
    /// repaired ligature at either end is covered whole, and text dropped after the span is not.
    /// </summary>
    public TextSpan ToRaw(TextSpan span)
    {
        if (span.Start < 0 || span.End > Length || span.End < span.Start)
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} outside [0, {Length}].");
        if (span.IsEmpty) { var p = _rawIndex[span.Start]; return new TextSpan(p, p); }
        return new TextSpan(_rawIndex[span.Start], _rawIndex[span.End - 1] + 1);
    }

    /// <summary>Composes two maps: <paramref name="inner"/> maps text B to A, this maps C to B; the result maps C to A.</summary>
    public OffsetMap ComposeWith(OffsetMap inner)
    {
        var map = new int[_rawIndex.Length];
        for (var i = 0; i < map.Length; i++) map[i] = inner.ToRaw(_rawIndex[i]);
        return new OffsetMap(map);
    }
}
