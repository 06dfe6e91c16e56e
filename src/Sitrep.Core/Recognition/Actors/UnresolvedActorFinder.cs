using System.Buffers;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Actors;

/// <summary>
/// Keeps unknown names from being lost: a capitalised phrase that looks like an actor (it has an organisational head
/// word such as Brigades, Forces, Ministry, or follows a title such as General or Minister) and that no recognizer
/// claimed becomes an unresolved actor mention, for an analyst to add to the registry.
/// </summary>
public static class UnresolvedActorFinder
{
    internal static readonly HashSet<string> HeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "forces", "force", "brigade", "brigades", "battalion", "battalions", "regiment", "division", "militia",
        "militias", "movement", "party", "organization", "organisation", "front", "alliance", "bloc", "coalition",
        "council", "ministry", "command", "directorate", "committee", "commission", "service", "services", "unit",
        "group", "guards", "guard", "police", "agency", "authority", "office", "cell", "faction", "factions", "league",
        "saraya", "kataib", "katāib", "asaib", "harakat", "liwa", "jund", "usbat", "ashab", "hezbollah", "hizballah",
        "hizbullah", "mujahideen", "resistance", "tribe", "clan", "network", "company", "corps", "court",
    };

    internal static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "general", "gen", "brigadier", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant",
        "commander", "minister", "spokesperson", "spokesman", "spokeswoman", "sheikh", "shaykh", "ayatollah", "cleric",
        "governor", "deputy", "speaker", "president", "mp", "judge", "leader", "chief", "director", "secretary", "emir",
    };

    // Lower-case words a name may contain: "Kata'ib Sayyid al-Shuhada", "Ministry of Defense", "Abu Fadak".
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "al", "el", "of", "the", "for", "and", "bin", "ibn", "abu", "de", "ad", "as", "ash", "an", "ar", "at", "az",
    };

    // Every ASCII character but A-Z: the search for a capital skips them, vectorised, and stops at capitals and at
    // non-ASCII characters (which char.IsUpper then decides).
    private static readonly SearchValues<char> NotAsciiCapital = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z').ToArray());

    // The tokens of the name being grown, reused by each thread: valid until the next call.
    [ThreadStatic] private static List<TextSpan>? t_run;

    /// <summary>
    /// Actor-like capitalised phrases in <paramref name="range"/> that overlap none of <paramref name="claimed"/>
    /// (spans of resolved actors, places and dates). Words are cut only around capitals: the search jumps from one
    /// capitalised word to the next, since nothing else can start a name.
    /// </summary>
    public static IReadOnlyList<ActorMention> Find(string text, TextSpan range, IReadOnlyList<TextSpan> claimed)
    {
        var result = new List<ActorMention>();
        var run = t_run ??= [];
        Span<TextSpan> connectors = stackalloc TextSpan[2];
        var pos = range.Start;
        while (NextCapitalised(text, range, pos) is { } first)
        {
            if (IsSentenceStartOnly(text, first, NextToken(text, range, first.End))) { pos = first.End; continue; }
            // Grow a run of capitalised tokens joined by up to two connectors ("Guardians of the Dawn"), within one sentence.
            run.Clear();
            run.Add(first);
            var last = first;
            while (true)
            {
                var joined = 0;
                var next = NextToken(text, range, last.End);
                while (next is { } c && joined < 2 && In(Connectors, text, c) && !IsCapitalised(text, c))
                {
                    connectors[joined++] = c;
                    next = NextToken(text, range, c.End);
                }
                if (next is not { } k || !IsCapitalised(text, k) || !SameSentence(text, last, k)) break;
                foreach (var c in connectors[..joined]) run.Add(c);
                run.Add(k);
                last = k;
            }
            // Leading titles ("Brigadier General") are not part of the name, but say a person follows.
            var i = 0;
            var titled = PreviousToken(text, range, first.Start) is { } before && In(Titles, text, before) && SameSentence(text, before, first);
            while (i < run.Count - 1 && In(Titles, text, run[i])) { i++; titled = true; }
            var span = new TextSpan(run[i].Start, last.End);
            var hasHead = false;
            for (var k = i; k < run.Count; k++) if (In(HeadWords, text, run[k])) hasHead = true;
            var words = run.Count - i;
            if ((hasHead && words >= 2 || titled && words >= 2) && !Overlaps(span, claimed))
                result.Add(new ActorMention(span, text.Substring(span.Start, span.Length), null, 0.3));
            pos = last.End;
        }
        return result;
    }

    internal static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan> claimed)
    {
        foreach (var c in claimed) if (c.Overlaps(span)) return true;
        return false;
    }

    // Tokens are runs of letters and digits; an apostrophe inside a word belongs to it (Kata'ib, Asa’ib) when a letter
    // follows; hyphens split (al-Shuhada). Every token is cut as a left-to-right pass over the range would cut it.

    /// <summary>The first token starting at or after <paramref name="from"/> (never inside a token) whose first letter is a capital.</summary>
    private static TextSpan? NextCapitalised(string text, TextSpan range, int from)
    {
        var p = from;
        while (p < range.End)
        {
            var at = text.AsSpan(p, range.End - p).IndexOfAnyExcept(NotAsciiCapital);
            if (at < 0) return null;
            var c = p + at;
            if (char.IsUpper(text[c]) && IsTokenStart(text, range, c)) return new TextSpan(c, TokenEnd(text, range, c));
            p = c + 1;
        }
        return null;
    }

    /// <summary>Whether a letter or digit at <paramref name="c"/> starts a token: nothing of a token right before it.</summary>
    private static bool IsTokenStart(string text, TextSpan range, int c)
    {
        if (c == range.Start) return true;
        var before = text[c - 1];
        if (char.IsLetterOrDigit(before)) return false;
        // "Kata'Ib": an apostrophe after a letter or digit joins a letter to the word.
        return !(before is '\'' or '\u2019' && c - 2 >= range.Start && char.IsLetterOrDigit(text[c - 2]) && char.IsLetter(text[c]));
    }

    private static int TokenEnd(string text, TextSpan range, int start)
    {
        var i = start + 1;
        while (i < range.End && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < range.End && char.IsLetter(text[i + 1]))))
            i++;
        return i;
    }

    /// <summary>The token after position <paramref name="from"/> (a token's end or the range's start).</summary>
    private static TextSpan? NextToken(string text, TextSpan range, int from)
    {
        var i = from;
        while (i < range.End && !char.IsLetterOrDigit(text[i])) i++;
        return i < range.End ? new TextSpan(i, TokenEnd(text, range, i)) : null;
    }

    /// <summary>The token before <paramref name="start"/> (a token's start), inside the range.</summary>
    private static TextSpan? PreviousToken(string text, TextSpan range, int start)
    {
        var end = start;
        while (end > range.Start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end == range.Start) return null;
        var s = end - 1;
        while (s > range.Start && (char.IsLetterOrDigit(text[s - 1])
            || (text[s - 1] is '\'' or '\u2019' && char.IsLetter(text[s]) && s - 2 >= range.Start && char.IsLetterOrDigit(text[s - 2]))))
            s--;
        return new TextSpan(s, end);
    }

    /// <summary>Whether the folded token is in <paramref name="set"/>, folded into a buffer: this runs on every token.</summary>
    internal static bool In(HashSet<string> set, string text, TextSpan t)
    {
        Span<char> buffer = stackalloc char[48];
        var n = NameFolding.Fold(text.AsSpan(t.Start, t.Length), buffer);
        return n >= 0 ? set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n]) : set.Contains(NameFolding.Fold(text.AsSpan(t.Start, t.Length)));
    }

    internal static bool IsCapitalised(string text, TextSpan t) => char.IsUpper(text[t.Start]);

    /// <summary>A lone capitalised word at a sentence start is just grammar ("The", "Officials").</summary>
    internal static bool IsSentenceStartOnly(string text, TextSpan token, TextSpan? next)
    {
        if (next is { } n && IsCapitalised(text, n) && SameSentence(text, token, n)) return false;
        var p = token.Start - 1;
        while (p >= 0 && text[p] is ' ' or '"' or '“' or '(') p--;
        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or ':';
    }

    internal static bool SameSentence(string text, TextSpan a, TextSpan b)
    {
        for (var p = a.End; p < b.Start; p++)
            if (text[p] is '.' or ';' or '!' or '?' or '\n' or ',' or '(' or ')' or ':' or '"' or '“' or '”') return false;
        return true;
    }
}
