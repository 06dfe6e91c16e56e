using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Builds a text together with its offset map: every appended char carries the offset (in the source text)
/// of the char it came from, so each normalisation stage can hand back an exact map. The map's buffer becomes the
/// map itself (no copy): normalisation runs on every document, so its allocations count.
/// </summary>
internal sealed class MappedTextBuilder(int capacity)
{
    private char[] _text = new char[Math.Max(16, capacity)];
    private int[] _source = new int[Math.Max(16, capacity) + 1];
    private int _length;

    public int Length => _length;

    public char this[int index] => index < _length ? _text[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends <paramref name="c"/>, taken from (or standing in for) source offset <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset)
    {
        if (_length == _text.Length) Grow();
        _text[_length] = c;
        _source[_length] = sourceOffset;
        _length++;
    }

    /// <summary>Appends a string whose chars all stand in for one source char (a repair's replacement).</summary>
    public void Append(string s, int sourceOffset)
    {
        foreach (var c in s) Append(c, sourceOffset);
    }

    /// <summary>Copies <c>source[start..end)</c> unchanged.</summary>
    public void AppendRange(string source, int start, int end)
    {
        for (var i = start; i < end; i++) Append(source[i], i);
    }

    /// <summary>Source offset of the char at <paramref name="index"/> in the built text.</summary>
    public int SourceOf(int index) => index < _length ? _source[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Drops the last <paramref name="count"/> chars (and their map entries).</summary>
    public void RemoveLast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _length);
        _length -= count;
    }

    /// <summary>The text and its map; <paramref name="sourceLength"/> becomes the map's end entry.</summary>
    public (string Text, OffsetMap Map) Build(int sourceLength)
    {
        _source[_length] = sourceLength;
        var result = (new string(_text, 0, _length), new OffsetMap(_source, _length));
        // The map owns the buffer now.
        _source = [0];
        _text = [];
        _length = 0;
        return result;
    }

    private void Grow()
    {
        var size = _text.Length * 2;
        Array.Resize(ref _text, size);
        Array.Resize(ref _source, size + 1);
    }
}
