using System.Buffers;

namespace Sitrep.Ingest.Text;

/// <summary>Spots binary files renamed to .txt, which would otherwise decode (as Windows-1252) into noise.</summary>
public static class BinaryContentCheck
{
    /// <summary>Share of control characters above which the text is taken to be binary.</summary>
    public const double MaxControlShare = 0.10;

    // Control characters other than tab, line breaks and form feed.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')).ToArray());

    public static bool LooksBinary(ReadOnlySpan<byte> raw, DecodedText decoded)
    {
        // NUL never occurs in real 8-bit text; in UTF-16/32 it is half of every ASCII character.
        if (!decoded.IsWideEncoding && raw.Contains((byte)0))
            return true;

        var text = decoded.Text;
        if (text.Length == 0)
            return false;
        // Real text has none at all: one vectorised search, and a count only when there are some.
        var first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0)
            return false;
        var controls = 0;
        foreach (var c in text.AsSpan(first))
        {
            if (Controls.Contains(c))
                controls++;
        }
        return controls > text.Length * MaxControlShare;
    }
}
