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
        var keys = new Key[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            if (!lines[i].IsBlank) keys[i] = Key.Of(raw, lines[i]);

        // The last few kept lines, oldest first (line indices).
        Span<int> recent = stackalloc int[Window];
        var recentCount = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var key = keys[i].Text(raw);
            if (key.Length >= MinChars && Contains(raw, keys, recent[..recentCount], key)) { drop[i] = true; continue; }
            if (recentCount == Window)
            {
                recent[1..].CopyTo(recent);
                recentCount--;
            }
            recent[recentCount++] = i;
        }

        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (drop[i] || lines[i].IsBlank || lines[i + 1].IsBlank || drop[i + 1]) continue;
            var key = keys[i].Text(raw);
            if (key.Length < MinChars) continue;
            if (IsWordPrefix(key, keys[i + 1].Text(raw), out var words, out var longer) && words >= MinPrefixWords && longer) drop[i] = true;
        }
        return drop;
    }

    private static bool Contains(string raw, Key[] keys, ReadOnlySpan<int> lines, ReadOnlySpan<char> key)
    {
        foreach (var line in lines)
            if (keys[line].Text(raw).SequenceEqual(key)) return true;
        return false;
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

    /// <summary>
    /// A line's content with each run of horizontal whitespace as one space: the raw chars themselves when the line
    /// has only single spaces (nearly always), a collapsed copy otherwise.
    /// </summary>
    private readonly record struct Key(int Start, int Length, string? Collapsed)
    {
        public ReadOnlySpan<char> Text(string raw) => Collapsed ?? raw.AsSpan(Start, Length);

        public static Key Of(string raw, RawLine line)
        {
            var content = raw.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
            var clean = true;
            for (var at = content.IndexOfAny(RawLine.HorizontalSpaces); at >= 0; )
            {
                if (content[at] != ' ' || RawLine.IsHorizontalSpace(content[at + 1])) { clean = false; break; }
                var next = content[(at + 1)..].IndexOfAny(RawLine.HorizontalSpaces);
                at = next < 0 ? -1 : at + 1 + next;
            }
            return clean ? new Key(line.ContentStart, content.Length, null) : new Key(0, 0, Collapse(content));
        }

        private static string Collapse(ReadOnlySpan<char> content)
        {
            var sb = new System.Text.StringBuilder(content.Length);
            var space = false;
            foreach (var c in content)
            {
                if (RawLine.IsHorizontalSpace(c)) { space = true; continue; }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
