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
        // The last few kept lines, oldest first (line indices).
        Span<int> recent = stackalloc int[Window];
        var recentCount = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var line = Content(raw, lines[i]);
            // The cheap test first: lines nearly always differ at once.
            if (Contains(raw, lines, recent[..recentCount], line) && CollapsedLength(line) >= MinChars) { drop[i] = true; continue; }
            if (recentCount == Window)
            {
                recent[1..].CopyTo(recent);
                recentCount--;
            }
            recent[recentCount++] = i;
        }

        // Words do not change when whitespace collapses: raw lines compare as their collapsed forms would.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (drop[i] || lines[i].IsBlank || lines[i + 1].IsBlank || drop[i + 1]) continue;
            var line = Content(raw, lines[i]);
            if (IsWordPrefix(line, Content(raw, lines[i + 1]), out var words, out var longer) && words >= MinPrefixWords && longer
                && CollapsedLength(line) >= MinChars)
                drop[i] = true;
        }
        return drop;
    }

    private static ReadOnlySpan<char> Content(string raw, RawLine line) =>
        raw.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);

    private static bool Contains(string raw, IReadOnlyList<RawLine> lines, ReadOnlySpan<int> recent, ReadOnlySpan<char> line)
    {
        foreach (var other in recent)
            if (CollapsedEquals(line, Content(raw, lines[other]))) return true;
        return false;
    }

    /// <summary>Whether two trimmed lines are equal once each run of horizontal whitespace is one space.</summary>
    private static bool CollapsedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b)) return true;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var space = RawLine.IsHorizontalSpace(a[i]);
            if (space != RawLine.IsHorizontalSpace(b[j])) return false;
            if (!space)
            {
                if (a[i] != b[j]) return false;
                i++;
                j++;
                continue;
            }
            while (i < a.Length && RawLine.IsHorizontalSpace(a[i])) i++;
            while (j < b.Length && RawLine.IsHorizontalSpace(b[j])) j++;
        }
        return i == a.Length && j == b.Length;
    }

    /// <summary>Length of a trimmed line once each run of horizontal whitespace is one space.</summary>
    private static int CollapsedLength(ReadOnlySpan<char> line)
    {
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            var s = RawLine.IsHorizontalSpace(c);
            if (!s || !space) length++;
            space = s;
        }
        return length;
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
}
