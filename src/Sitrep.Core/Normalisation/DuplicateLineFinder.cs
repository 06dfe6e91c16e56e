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
            var words = Words(key);
            var nextWords = Words(next);
            if (words.Count >= MinPrefixWords && words.Count < nextWords.Count && words.SequenceEqual(nextWords.Take(words.Count)))
                drop[i] = true;
        }
        return drop;
    }

    /// <summary>Lower-case letter/digit runs: the words of a line, ignoring punctuation and spacing.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && text[i] != '\uFFFD') { i++; continue; }
            var s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\uFFFD')) i++;
            words.Add(text[s..i].ToLowerInvariant());
        }
        return words;
    }

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
