using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Builds a text from a source text together with its offset map: every appended char carries the offset (in the
/// source) of the char it came from, so each normalisation stage can hand back an exact map. Normalisation runs on
/// every document, so its work and allocations count: while the output is still the source's own start (same chars,
/// or at least same offsets) nothing is copied, and the buffers are reused by the next builder on the same thread.
/// </summary>
internal sealed class MappedTextBuilder
{
    // Buffers of a larger document are not kept for the next one.
    private const int MaxKeptChars = 1 << 20;

    [ThreadStatic] private static MappedTextBuilder? t_free;

    private string _source = "";
    private char[] _text = [];
    private int[] _map = [];
    private int _length;
    private bool _ownText; // else the output is _source[.._length]
    private bool _ownMap;  // else output char i came from source offset i

    private MappedTextBuilder() { }

    /// <summary>A builder (this thread's spare one if free) for text made from <paramref name="source"/>.</summary>
    public static MappedTextBuilder For(string source)
    {
        var builder = t_free ?? new MappedTextBuilder();
        t_free = null;
        builder._source = source;
        return builder;
    }

    public int Length => _length;

    /// <summary>Appends <paramref name="c"/>, taken from (or standing in for) source offset <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset)
    {
        if (!_ownMap && sourceOffset != _length) OwnMap();
        if (!_ownText && (_length >= _source.Length || _source[_length] != c)) OwnText();
        if (_ownText || _ownMap) EnsureCapacity(_length + 1);
        if (_ownText) _text[_length] = c;
        if (_ownMap) _map[_length] = sourceOffset;
        _length++;
    }

    /// <summary>Appends a string whose chars all stand in for one source char (a repair's replacement).</summary>
    public void Append(string s, int sourceOffset)
    {
        foreach (var c in s) Append(c, sourceOffset);
    }

    /// <summary>Copies the source's <c>[start, end)</c> unchanged.</summary>
    public void AppendRange(int start, int end)
    {
        var count = end - start;
        if (count <= 0) return;
        if (start != _length)
        {
            if (!_ownMap) OwnMap();
            if (!_ownText) OwnText();
        }
        if (_ownText || _ownMap) EnsureCapacity(_length + count);
        if (_ownText) _source.AsSpan(start, count).CopyTo(_text.AsSpan(_length));
        if (_ownMap)
            for (var k = 0; k < count; k++) _map[_length + k] = start + k;
        _length += count;
    }

    /// <summary>Drops the last <paramref name="count"/> chars (and their map entries).</summary>
    public void RemoveLast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _length);
        _length -= count;
    }

    /// <summary>
    /// The text and its map; <paramref name="sourceLength"/> becomes the map's end entry. With
    /// <paramref name="through"/> (the source's own map to the raw text) the map leads to the raw text instead.
    /// The builder goes back to this thread's spare.
    /// </summary>
    public (string Text, OffsetMap Map) Build(int sourceLength, OffsetMap? through = null)
    {
        var text = _ownText ? new string(_text, 0, _length)
            : _length == _source.Length ? _source : _source[.._length];
        OffsetMap map;
        if (_ownMap)
        {
            var offsets = GC.AllocateUninitializedArray<int>(_length + 1);
            if (through is null)
            {
                _map.AsSpan(0, _length).CopyTo(offsets);
                offsets[_length] = sourceLength;
            }
            else
            {
                for (var i = 0; i < _length; i++) offsets[i] = through.Entry(_map[i]);
                offsets[_length] = through.Entry(sourceLength);
            }
            map = new OffsetMap(offsets);
        }
        else
        {
            map = OffsetMap.IdentityPrefix(_length, sourceLength);
            if (through is not null) map = map.ComposeWith(through);
        }
        Release();
        return (text, map);
    }

    private void OwnText()
    {
        EnsureCapacity(_length + 1);
        _source.AsSpan(0, _length).CopyTo(_text);
        _ownText = true;
    }

    private void OwnMap()
    {
        EnsureCapacity(_length + 1);
        for (var i = 0; i < _length; i++) _map[i] = i;
        _ownMap = true;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _text.Length) return;
        // Room for the whole source at once: most stages keep most of it.
        var size = Math.Max(Math.Max(needed, _source.Length + 64), _text.Length * 2);
        Array.Resize(ref _text, size);
        Array.Resize(ref _map, size);
    }

    private void Release()
    {
        _source = "";
        _length = 0;
        _ownText = false;
        _ownMap = false;
        if (_text.Length > MaxKeptChars)
        {
            _text = [];
            _map = [];
        }
        t_free = this;
    }
}
