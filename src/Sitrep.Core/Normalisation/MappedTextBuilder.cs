using System.Text;
using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Builds a text together with its offset map: every appended char carries the offset (in the source text)
/// of the char it came from, so each normalisation stage can hand back an exact map.
/// </summary>
internal sealed class MappedTextBuilder(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly List<int> _source = new(capacity + 1);

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    /// <summary>Appends <paramref name="c"/>, taken from (or standing in for) source offset <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset)
    {
        _text.Append(c);
        _source.Add(sourceOffset);
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
    public int SourceOf(int index) => _source[index];

    /// <summary>Drops the last <paramref name="count"/> chars (and their map entries).</summary>
    public void RemoveLast(int count)
    {
        _text.Length -= count;
        _source.RemoveRange(_source.Count - count, count);
    }

    /// <summary>The text and its map; <paramref name="sourceLength"/> becomes the map's end entry.</summary>
    public (string Text, OffsetMap Map) Build(int sourceLength)
    {
        var map = new int[_source.Count + 1];
        _source.CopyTo(map);
        map[^1] = sourceLength;
        return (_text.ToString(), new OffsetMap(map));
    }
}
