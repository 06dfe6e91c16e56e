namespace Sitrep.Core.Normalisation;

/// <summary>
/// Finds lines the layout printed twice: a line (≥ 20 chars) identical, after whitespace normalisation, to one
/// of the few lines before it, and a line whose words are the opening words of the very next line (a caption
/// printed again as the start of the full caption).
/// </summary>
internal static class DuplicateLineFinder
{
    private const int MinChars = 20;
    private const int MinPrefixWords = 5;
    private const int Window = 3; // previous non-blank lines compared

    public static bool[] Find(string raw, IReadOnlyList<RawLine> lines)
    {
        var drop = new bool[lines.Count];
        var keys = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            if (!lines[i].IsBlank) keys[i] = Collapse(raw, lines[i]);

        var recent = new Queue<string>(Window);
        for (var i = 0; i < lines.Count; i++)
        {
            var key = keys[i];
            if (key is null) continue;
            if (key.Length >= MinChars && recent.Contains(key, StringComparer.Ordinal)) { drop[i] = true; continue; }
            if (recent.Count == Window) recent.Dequeue();
            recent.Enqueue(key);
        }

        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (drop[i] || keys[i] is not { Length: >= MinChars } key || keys[i + 1] is not { } next || drop[i + 1]) continue;
            if (IsWordPrefix(key, next, out var words, out var longer) && words >= MinPrefixWords && longer) drop[i] = true;
        }
        return drop;
    }

    /// <summary>
    /// Whether the words of <paramref name="a"/> (letter/digit runs, case aside) are the opening words of
    /// <paramref name="b"/>; <paramref name="words"/> is how many <paramref name="a"/> has and <paramref name="longer"/>
    /// whether <paramref name="b"/> goes on. Compares in place: this runs on every line and sentence of a document.
    /// </summary>
    public static bool IsWordPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out int words, out bool longer)
    {
        words = 0;
        longer = false;
        int i = 0, j = 0;
        while (NextWord(a, ref i) is var (aStart, aEnd))
        {
            if (NextWord(b, ref j) is not var (bStart, bEnd)) return false;
            if (!a[aStart..aEnd].Equals(b[bStart..bEnd], StringComparison.OrdinalIgnoreCase)) return false;
            words++;
        }
        longer = NextWord(b, ref j) is not null;
        return true;
    }

    private static (int Start, int End)? NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !IsWordChar(text[i])) i++;
        if (i >= text.Length) return null;
        var start = i;
        while (i < text.Length && IsWordChar(text[i])) i++;
        return (start, i);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\uFFFD';

    private static string Collapse(string raw, RawLine line)
    {
        var sb = new System.Text.StringBuilder(line.ContentEnd - line.ContentStart);
        var space = false;
        for (var i = line.ContentStart; i < line.ContentEnd; i++)
        {
            if (RawLine.IsHorizontalSpace(raw[i])) { space = true; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(raw[i]);
        }
        return sb.ToString();
    }
}
