using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>
/// The little grammar extraction needs, read from the words around a position: whether a verb is negated, modal,
/// an infinitive, perfect or passive; whether a position is inside a quotation; where a clause starts. Words are
/// read backwards without allocating a list; a clause boundary (; : ( ) or a sentence end) stops the look-back.
/// </summary>
public static class ClauseReader
{
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "may", "might", "should", "must", "shall", "can", "cannot", "ll", "wont",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "never", "nt", "no", "neither", "nor", "without", "failed", "refused", "denied", "deny", "denies",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "been", "being", "is", "are", "be", "got",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reportedly", "allegedly", "likely", "also", "then", "later", "subsequently", "previously", "already", "reported",
        "repeatedly", "again", "successfully", "jointly", "ultimately", "publicly", "officially", "reportedly", "purportedly",
        "apparently", "possibly", "probably", "quickly", "immediately", "recently", "just", "finally", "briefly", "further",
        "formally", "openly", "unilaterally", "allegedly", "once", "still", "had", "has", "have",
    };

    /// <summary>Causative verbs: "forced the government to transfer custody" reports that the transfer happened.</summary>
    private static readonly HashSet<string> Causatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "forced", "compelled", "pressured", "pressed", "obliged", "coerced",
    };

    /// <summary>The previous word before <paramref name="position"/> within the clause, lower-cased; null at a boundary.</summary>
    public static string? PreviousWord(string text, ref int position)
    {
        var i = position;
        while (i > 0 && !char.IsLetterOrDigit(text[i - 1]))
        {
            var c = text[i - 1];
            if (c is '.' or ';' or ':' or '(' or ')' or '!' or '?' or '•' or '\n' or '"' or '“' or '”') return null;
            i--;
        }
        var end = i;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] is '\'' or '’' && i - 1 > 0 && char.IsLetter(text[i - 2])))) i--;
        if (end == i) return null;
        position = i;
        var word = text.AsSpan(i, end - i);
        // "didn't" → "nt" style: the part after an apostrophe is what matters for negation.
        var apos = word.LastIndexOfAny('\'', '’');
        if (apos >= 0 && apos < word.Length - 1 && word[(apos + 1)..].Equals("t", StringComparison.OrdinalIgnoreCase)) return "nt";
        return Lower(word);
    }

    /// <summary>The next word after <paramref name="position"/> within the clause, lower-cased; null at a boundary.</summary>
    public static string? NextWord(string text, ref int position)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] is '.' or ';' or ':' or '(' or ')' or '!' or '?' or '\n') return null;
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-')) i++;
        if (i == start) return null;
        position = i;
        return Lower(text.AsSpan(start, i - start));
    }

    // Clause words recur endlessly ("the", "and", "forces"): each lower-cased word is made once and shared. Bounded, so
    // a stream of odd tokens cannot grow it without end.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    private static string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > 40) return word.ToString().ToLowerInvariant();
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var known)) return known;
        var made = lower.ToString();
        if (Words.Count < 50_000) Words.TryAdd(made, made);
        return made;
    }

    /// <summary>Up to <paramref name="count"/> words before <paramref name="position"/> in the clause, nearest first.</summary>
    public static ClauseWords WordsBefore(string text, int position, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, ClauseWords.Capacity);
        var words = new ClauseWords();
        var p = position;
        while (words.Count < count && PreviousWord(text, ref p) is { } w) words.Add(w);
        return words;
    }

    /// <summary>Up to <paramref name="count"/> words after <paramref name="position"/> in the clause, nearest first.</summary>
    public static ClauseWords WordsAfter(string text, int position, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, ClauseWords.Capacity);
        var words = new ClauseWords();
        var p = position;
        while (words.Count < count && NextWord(text, ref p) is { } w) words.Add(w);
        return words;
    }

    /// <summary>"will seize", "could attack", "may have raided": the act is not reported as having happened.</summary>
    public static bool IsModal(string text, int position)
    {
        foreach (var w in WordsBefore(text, position, 4))
        {
            if (Modals.Contains(w)) return true;
            if (w is "that" or "and" or "but" or "which" or "who" or "when" or "while" or "after" or "because") return false;
        }
        return false;
    }

    /// <summary>"had fired", "had been arrested": an act before the time the text speaks of.</summary>
    public static bool IsPastPerfect(string text, int position)
    {
        foreach (var w in WordsBefore(text, position, 3))
        {
            if (w == "had") return true;
            if (!Adverbs.Contains(w) && w != "been") return false;
        }
        return false;
    }

    /// <summary>"did not arrest", "have not resulted in arrests", "never attacked".</summary>
    public static bool IsNegated(string text, int position)
    {
        foreach (var w in WordsBefore(text, position, 3))
            if (Negations.Contains(w)) return true;
        return false;
    }

    /// <summary>"to seize": an aim, an order's content or a plan, unless a causative verb governs it ("forced X to release").</summary>
    public static bool IsInfinitive(string text, int position, out bool causative)
    {
        causative = false;
        var before = WordsBefore(text, position, 8);
        var k = 0;
        while (k < before.Count && (Adverbs.Contains(before[k]) || before[k] == "be")) k++;
        if (k >= before.Count || before[k] != "to") return false;
        for (var j = k + 1; j < before.Count; j++)
            if (Causatives.Contains(before[j])) { causative = true; break; }
        return true;
    }

    /// <summary>"has attacked", "have carried out": a perfect that usually sums up a series, not one dated act.</summary>
    public static bool IsPresentPerfect(string text, int position)
    {
        // "have been attacking" sums up like "have attacked"; "has been closed" is a state, read by its own date.
        var progressive = WordsAfter(text, position, 1) is [var self] && self.EndsWith("ing", StringComparison.Ordinal);
        foreach (var w in WordsBefore(text, position, 3))
        {
            if (w is "has" or "have") return true;
            if ((!Adverbs.Contains(w) && !(progressive && w == "been")) || w == "had") return false;
        }
        return false;
    }

    /// <summary>"were detained", "was killed", "had been released": the subject is the one acted upon.</summary>
    public static bool IsPassive(string text, int position)
    {
        foreach (var w in WordsBefore(text, position, 3))
        {
            if (PassiveAuxiliaries.Contains(w)) return true;
            if (!Adverbs.Contains(w)) return false;
        }
        return false;
    }

    /// <summary>"the 14 detained militants", "those arrested": a participle used as an adjective, not a reported act.</summary>
    public static bool IsAdjectival(string text, int position)
    {
        var before = WordsBefore(text, position, 1);
        if (before.Count == 0) return false;
        var w = before[0];
        return w is "the" or "those" or "these" or "a" or "an" or "its" or "their" or "his" or "her" or "newly" or "recently" or "freshly" or "of"
            || (w.Length > 0 && char.IsAsciiDigit(w[0]));
    }

    /// <summary>Whether <paramref name="position"/> lies inside a quotation that opens in <paramref name="range"/>.</summary>
    public static bool InsideQuotes(string text, TextSpan range, int position)
    {
        var open = false;
        for (var i = range.Start; i < position && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }

    /// <summary>True for a word that looks like a finite past-tense verb ("drove", "expanded").</summary>
    public static bool LooksPast(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || IrregularPast.Contains(word);

    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "saw", "broke", "took", "made", "led", "held", "met", "drove", "fought", "began", "struck", "shot", "hit", "sent",
        "gave", "came", "went", "left", "ran", "fell", "rose", "spread", "threw", "won", "lost", "blew", "stole", "overran",
        "withdrew", "underwent", "brought", "caught", "found", "set", "put", "kept", "told", "said", "sought",
    };
}
