using System.Text;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// A document's text as score.py sees it, and where gold evidence sits in it. Python's <c>open(encoding='utf-8').read()</c>
/// keeps a byte-order mark, turns \r\n and \r into \n, and fails on invalid UTF-8; <c>str.find</c> counts code points.
/// </summary>
public static class GoldText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws <see cref="DecoderFallbackException"/> on invalid UTF-8, as Python does.</summary>
    public static string Read(string path) =>
        StrictUtf8.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>
    /// [start, end) of the first occurrence of <paramref name="evidence"/>, in code points (equal to UTF-16 offsets
    /// when the text before it has no characters outside the BMP); null when it does not occur.
    /// </summary>
    public static (int Start, int End)? Find(string text, string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var i = text.IndexOf(evidence, StringComparison.Ordinal);
        if (i < 0) return null;
        var start = CodePoints(text.AsSpan(0, i));
        return (start, start + CodePoints(evidence));
    }

    private static int CodePoints(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        for (var k = 0; k + 1 < s.Length; k++)
            if (char.IsHighSurrogate(s[k]) && char.IsLowSurrogate(s[k + 1])) { n--; k++; }
        return n;
    }
}
