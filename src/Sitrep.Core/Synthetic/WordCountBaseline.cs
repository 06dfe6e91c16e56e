using System.Text;

namespace Sitrep.Core.Synthetic;

/// <summary>
/// The least any pipeline must do with a document: decode its bytes and split them into words, counting each word.
/// The pipeline's speed is reported as a share of this (<c>sitrep bench</c>, and the micro-benchmarks in bench/).
/// </summary>
public sealed class WordCountBaseline
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private char[] _buffer = new char[16 * 1024];

    public long Words { get; private set; }

    public void Count(byte[] utf8)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_buffer.Length < needed) _buffer = new char[needed];
        var length = Encoding.UTF8.GetChars(utf8, _buffer);
        var text = _buffer.AsSpan(0, length);
        // Counting by span through the alternate lookup allocates only for words not seen before.
        var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            var word = text[start..i];
            lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
            Words++;
            start = -1;
        }
    }
}
