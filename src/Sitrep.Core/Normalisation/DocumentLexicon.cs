namespace Sitrep.Core.Normalisation;

/// <summary>
/// The words a document spells out intact (no U+FFFD), with counts, and the hyphenated pairs it uses:
/// the first evidence for a ligature or a line-end hyphen is how the same document writes the word.
/// </summary>
internal sealed class DocumentLexicon
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);

    public static DocumentLexicon Build(string text)
    {
        var lexicon = new DocumentLexicon();
        var parts = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            // A token is word chars joined by single ASCII hyphens ("US-designated", "al-Qaim-Abu").
            parts.Clear();
            while (i < text.Length && IsWordChar(text[i]))
            {
                var s = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                parts.Add(text[s..i]);
                if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1])) i++;
                else break;
            }
            for (var p = 0; p < parts.Count; p++)
            {
                if (parts[p].Contains('\uFFFD')) continue;
                var lower = parts[p].ToLowerInvariant();
                lexicon._words[lower] = lexicon._words.GetValueOrDefault(lower) + 1;
                if (p > 0 && !parts[p - 1].Contains('\uFFFD'))
                    lexicon._compounds.Add(parts[p - 1].ToLowerInvariant() + "-" + lower);
            }
        }
        return lexicon;
    }

    /// <summary>How often the document spells <paramref name="lowerWord"/> out (lower-case).</summary>
    public int Count(string lowerWord) => _words.GetValueOrDefault(lowerWord);

    public bool Contains(string lowerWord) => _words.ContainsKey(lowerWord);

    /// <summary>Whether the document writes <c>first-second</c> with a hyphen somewhere (case-insensitive).</summary>
    public bool ContainsCompound(string first, string second) =>
        _compounds.Contains(first.ToLowerInvariant() + "-" + second.ToLowerInvariant());

    /// <summary>Letters plus U+FFFD, which stands for lost ligature letters inside a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\uFFFD';
}
