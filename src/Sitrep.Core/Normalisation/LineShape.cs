namespace Sitrep.Core.Normalisation;

/// <summary>What a raw line looks like at its edges: the cues that decide whether a line break ends a paragraph.</summary>
internal static class LineShape
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "over", "under",
        "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "his", "her", "its", "their", "our", "this", "these", "those", "after",
        "before", "between", "against", "about", "toward", "towards", "via", "if", "while", "when", "not",
    };

    /// <summary>Ends with . ! ? : or a closing quote/bracket, which can end a paragraph.</summary>
    public static bool EndsWithTerminal(string raw, RawLine line) =>
        !line.IsBlank && raw[line.ContentEnd - 1] is '.' or '!' or '?' or ':' or '”' or '"' or ')' or ']';

    /// <summary>Ends with a sentence stop proper (not a bracket or quote).</summary>
    public static bool EndsWithStop(string raw, RawLine line) =>
        !line.IsBlank && raw[line.ContentEnd - 1] is '.' or '!' or '?';

    public static bool StartsLower(string raw, RawLine line) => !line.IsBlank && char.IsLower(raw[line.ContentStart]);

    public static bool StartsUpperOrDigit(string raw, RawLine line) =>
        !line.IsBlank && (char.IsUpper(raw[line.ContentStart]) || char.IsDigit(raw[line.ContentStart])
                          || (raw[line.ContentStart] is '“' or '"' or '(' or '\uFFFD'));

    /// <summary>Starts with a word (letter or lost ligature), so a line-end hyphen before it splits a word.</summary>
    public static bool StartsWithWordChar(string raw, RawLine line) =>
        !line.IsBlank && DocumentLexicon.IsWordChar(raw[line.ContentStart]);

    /// <summary>Ends with a letter and a hyphen ("desig-"): a word split over the line break.</summary>
    public static bool EndsWithSplitWord(string raw, RawLine line) =>
        line.ContentEnd - line.ContentStart >= 2 && raw[line.ContentEnd - 1] == '-'
                                                 && DocumentLexicon.IsWordChar(raw[line.ContentEnd - 2]);

    /// <summary>A bullet (•, or * / - followed by a space) opens the line.</summary>
    public static bool StartsWithBullet(string raw, RawLine line, out bool unambiguous)
    {
        unambiguous = false;
        if (line.IsBlank) return false;
        var c = raw[line.ContentStart];
        if (c is '•' or '◦' or '▪' or '‣' or '●') { unambiguous = true; return true; }
        return c is '*' or '-' or '–' && line.ContentStart + 1 < line.ContentEnd && raw[line.ContentStart + 1] == ' ';
    }

    /// <summary>
    /// "5    Jun 25-26: Headline": 1-3 digits, whitespace, a capital. Widely spaced numbers are list markers
    /// anywhere; "14 KH members" at a wrap is not, so a single space only counts after a paragraph end.
    /// </summary>
    public static bool StartsWithItemNumber(string raw, RawLine line, out bool widelySpaced)
    {
        widelySpaced = false;
        var i = line.ContentStart;
        while (i < line.ContentEnd && char.IsAsciiDigit(raw[i])) i++;
        var digits = i - line.ContentStart;
        if (digits is < 1 or > 3) return false;
        var s = i;
        while (i < line.ContentEnd && RawLine.IsHorizontalSpace(raw[i])) i++;
        if (i == s || i >= line.ContentEnd || !char.IsUpper(raw[i])) return false;
        widelySpaced = i - s >= 2 || raw[s] == '\t';
        return true;
    }

    /// <summary>
    /// A heading: short, no terminal punctuation, and not ending in a word that needs a continuation
    /// ("... Positions by" continues on the next line).
    /// </summary>
    public static bool LooksLikeHeading(string raw, RawLine line)
    {
        if (line.IsBlank || EndsWithTerminal(raw, line)) return false;
        var length = line.ContentEnd - line.ContentStart;
        if (length > 100) return false;
        var last = raw[line.ContentEnd - 1];
        if (last is ',' or ';' or '-' or '–' or '—' or '&') return false;
        var words = 1;
        for (var i = line.ContentStart; i < line.ContentEnd; i++) if (raw[i] == ' ') words++;
        if (words > 12) return false;
        var e = line.ContentEnd;
        var s = e;
        while (s > line.ContentStart && char.IsLetter(raw[s - 1])) s--;
        return s == e || !FunctionWords.Contains(raw[s..e]);
    }
}
