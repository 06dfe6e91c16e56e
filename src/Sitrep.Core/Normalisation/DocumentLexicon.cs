using System.Runtime.InteropServices;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// The words a document spells out intact (no U+FFFD), with counts, and the hyphenated pairs it uses:
/// the first evidence for a ligature or a line-end hyphen is how the same document writes the word.
/// </summary>
internal sealed class DocumentLexicon
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);

    /// <summary>No words at all: for a text with nothing to repair.</summary>
    public static DocumentLexicon Empty { get; } = new();

    public static DocumentLexicon Build(string text)
    {
        var lexicon = new DocumentLexicon();
        var words = lexicon._words.GetAlternateLookup<ReadOnlySpan<char>>();
        var compounds = lexicon._compounds.GetAlternateLookup<ReadOnlySpan<char>>();
        // Words are lower-cased into a buffer and looked up by span: a string is made only for a word not seen before.
        Span<char> buffer = stackalloc char[256];
        var previous = (Start: -1, Length: 0); // the part before the hyphen, in the buffer
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            // A token is word chars joined by single ASCII hyphens ("US-designated", "al-Qaim-Abu").
            var used = 0;
            previous = (-1, 0);
            while (i < text.Length && IsWordChar(text[i]))
            {
                var s = i;
                var lost = false;
                while (i < text.Length && IsWordChar(text[i])) lost |= text[i++] == '\uFFFD';
                var part = text.AsSpan(s, i - s);
                if (lost || part.Length > 100 || used + part.Length * 2 + 1 > buffer.Length)
                {
                    previous = (-1, 0);
                    used = 0;
                }
                else
                {
                    var lower = buffer.Slice(used, part.Length);
                    part.ToLowerInvariant(lower);
                    CollectionsMarshal.GetValueRefOrAddDefault(words, lower, out _)++; // one lookup, not two
                    if (previous.Start >= 0)
                    {
                        // "first-second", written after both parts in the buffer.
                        var at = used + part.Length;
                        var key = buffer.Slice(at, previous.Length + 1 + part.Length);
                        buffer.Slice(previous.Start, previous.Length).CopyTo(key);
                        key[previous.Length] = '-';
                        lower.CopyTo(key[(previous.Length + 1)..]);
                        compounds.Add(key);
                    }
                    previous = (used, part.Length);
                    used += part.Length;
                }
                if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1])) i++;
                else break;
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
