using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Dates;

/// <summary>
/// Yields exactly the matches <c>DatePattern.Regex().Match(text, range.Start, range.Length)</c> and its
/// <c>NextMatch()</c> chain yield, without running the big pattern at every position. Every date form contains a
/// trigger: a digit, a capitalised month abbreviation ("Jan" ... "Dec", so also "January", "Sept"), a season word,
/// "tonight", or one of "day"/"week"/"month"/"year" (which also covers "today", "yesterday" and the weekday names).
/// Before its first trigger a match has at most <see cref="MaxWordsBeforeTrigger"/> words ("in the middle of
/// June", "in a couple of days") separated by white space, '-', '.' or ','. So the scanner finds the next trigger with
/// a vectorised search, and runs <see cref="DatePattern.AnchoredRegex"/> only at the word starts within those few
/// words before it, left to right, as the unanchored scan would have tried them.
/// </summary>
internal struct DateScanner
{
    /// <summary>Words a match may have before its first trigger: preposition + "the beginning of" / "a couple of".</summary>
    private const int MaxWordsBeforeTrigger = 4;

    // \d in .NET is any Unicode decimal digit, so the digit triggers are too.
    private static readonly SearchValues<char> Digits = SearchValues.Create(AllDigits());

    private static readonly SearchValues<string> Words = SearchValues.Create(
    [
        "day", "week", "month", "year",
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        "Summer", "summer", "Winter", "winter", "Spring", "spring", "Autumn", "autumn", "Fall", "fall", "Tonight", "tonight",
    ], StringComparison.Ordinal);

    /// <summary>
    /// Every word a match may have before its first trigger (case aside): prepositions, weekday abbreviations,
    /// "early"/"mid"/"the end of", season and relative determiners, small number words. A word not in the list ends
    /// the walk back from a trigger.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "between", "from", "in", "on", "since", "during", "by", "until", "through", "before", "after", "of",
        "mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat", "satur", "sun",
        "early", "late", "mid", "the", "end", "beginning", "start", "middle", "this", "last", "next",
        "following", "previous", "same", "prior", "past", "earlier", "later",
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "couple", "several",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month names as the pattern's M takes them (full, abbreviated, "Sept"), each a whole word.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The season words and "tonight" as the pattern takes them, each a whole word.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeTriggerWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Summer", "summer", "Winter", "winter", "Spring", "spring", "Autumn", "autumn", "Fall", "fall", "Tonight", "tonight",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string text;
    private readonly int start;
    private readonly int end;
    private int pos;
    private int nextDigit;
    private int nextWord;

    public DateScanner(string text, TextSpan range)
    {
        this.text = text;
        start = range.Start;
        end = range.End;
        pos = range.Start;
        nextDigit = nextWord = range.Start - 1;
    }

    /// <summary>The next match, or null at the end of the range.</summary>
    public Match? Next()
    {
        var regex = DatePattern.AnchoredRegex();
        while (pos < end)
        {
            var trigger = NextTrigger();
            if (trigger < 0) break;
            // Most digits are counts ("5 killed") and many trigger words are parts of others ("Maysan", "weekly"): no date
            // form can take them, so the pattern is not run there.
            if (trigger == nextDigit ? !MayStartAt(trigger) : !WordMayBeIn(trigger))
            {
                pos = trigger + 1;
                continue;
            }
            for (var s = WalkBack(trigger); s <= trigger; s++)
            {
                if (!IsWordStart(s)) continue;
                var m = regex.Match(text, s, end - s);
                if (!m.Success) continue;
                pos = m.Index + Math.Max(m.Length, 1);
                return m;
            }
            pos = trigger + 1;
        }
        pos = end;
        return null;
    }

    private int NextTrigger()
    {
        if (nextDigit < pos)
        {
            var i = text.AsSpan(pos, end - pos).IndexOfAny(Digits);
            nextDigit = i < 0 ? int.MaxValue : pos + i;
        }
        if (nextWord < pos)
        {
            var i = text.AsSpan(pos, end - pos).IndexOfAny(Words);
            nextWord = i < 0 ? int.MaxValue : pos + i;
        }
        var t = Math.Min(nextDigit, nextWord);
        return t == int.MaxValue ? -1 : t;
    }

    /// <summary>The leftmost position a match whose first trigger is at <paramref name="trigger"/> could start at (never before <see cref="pos"/>).</summary>
    private readonly int WalkBack(int trigger)
    {
        var i = trigger;
        var words = 0;
        // The letters of the word the trigger sits in ("Wednes|day").
        if (i > pos && char.IsLetter(text[i - 1]))
        {
            while (i > pos && char.IsLetter(text[i - 1])) i--;
            words++;
        }
        while (i > pos && words < MaxWordsBeforeTrigger)
        {
            var j = i;
            while (j > pos && IsSeparator(text[j - 1])) j--;
            if (j == i || j == pos || !char.IsLetter(text[j - 1])) break; // a digit or other character: no match spans it
            var wordEnd = j;
            while (j > pos && char.IsLetter(text[j - 1])) j--;
            if (!PrefixWords.Contains(text.AsSpan(j, wordEnd - j))) break; // "killed 5": no date starts at "killed"
            i = j;
            words++;
        }
        return i;
    }

    private static bool IsSeparator(char c) => c is '-' or '.' or ',' || char.IsWhiteSpace(c);

    // The pattern's dash class ([-\u2010-\u2014] in DatePattern.Dash).
    private static bool IsDash(char c) => c is '-' or (>= '\u2010' and <= '\u2014');

    /// <summary>
    /// False when no date can take the digits at <paramref name="at"/> as its first trigger: a date takes digits only
    /// as a day (one or two, an optional "st"/"nd"/"rd"/"th", then a dash or white space before a month, "of" or the
    /// second day), a US date (one or two, then '/'), a count of days, weeks, months or years (one or two, then white
    /// space), or a year (four, 19.. or 20..). Any match starting before the digits runs through them, so none
    /// starts at the words before them either.
    /// </summary>
    private readonly bool MayStartAt(int at)
    {
        var r = at;
        while (r < end && char.IsDigit(text[r])) r++;
        var digits = r - at;
        if (digits == 4) return text[at] == '1' && text[at + 1] == '9' || text[at] == '2' && text[at + 1] == '0';
        if (digits > 2) return false;
        if (r == end) return false;
        if (text[r] == '/') return true;
        // A day's ordinal suffix.
        if (r + 2 <= end && text.AsSpan(r, 2) is "st" or "nd" or "rd" or "th") r += 2;
        if (r == end) return false;
        if (IsDash(text[r])) return true;
        if (!char.IsWhiteSpace(text[r])) return false;
        while (r < end && char.IsWhiteSpace(text[r])) r++;
        if (r == end) return false;
        // After the space: a dash (a day range), a month name, "of", or a unit (day, week, month, year) with its "s".
        if (IsDash(text[r])) return true;
        var word = LettersFrom(r);
        if (MonthWords.Contains(word) || word is "of") return true;
        var unit = word.StartsWith("day") || word.StartsWith("year") || word.StartsWith("week") ? (word[0] == 'd' ? 3 : 4)
            : word.StartsWith("month") ? 5 : 0;
        return unit > 0 && (word.Length == unit || word.Length == unit + 1 && word[unit] == 's');
    }

    /// <summary>
    /// False when no match can hold the trigger word found at <paramref name="at"/>. A month name (the pattern's M), a
    /// season or "tonight" is a whole word: no letter or digit before it, no letter after it ("Maysan", "Separately",
    /// "Fallujah", "midsummer"). "week", "month" and "year" follow white space and end the match ("this week") or, with
    /// an "s" or without, come before white space and a direction ("two weeks ago"), never "weekly" or "in months.".
    /// "day" is left to the pattern: it ends weekday names, "today" and "yesterday".
    /// </summary>
    private readonly bool WordMayBeIn(int at)
    {
        var word = LettersFrom(at);
        if (MonthWords.Contains(word) || WholeTriggerWords.Contains(word))
            return at == start || !char.IsLetterOrDigit(text[at - 1]);
        var unit = word.StartsWith("week") ? 4 : word.StartsWith("month") ? 5 : word.StartsWith("year") ? 4 : 0;
        if (unit == 0) return word.StartsWith("day") || !IsPartOfWordTrigger(word);
        if (at == start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (word.Length == unit) return at + unit == end || !char.IsDigit(text[at + unit]);
        if (word.Length != unit + 1 || word[unit] != 's') return false;
        // "weeks": only "N weeks later|earlier|ago|afterwards|prior".
        var r = at + word.Length;
        if (r == end || !char.IsWhiteSpace(text[r])) return false;
        while (r < end && char.IsWhiteSpace(text[r])) r++;
        return r < end && text[r] is 'l' or 'e' or 'a' or 'p';
    }

    /// <summary>
    /// Whether <paramref name="word"/> (the letters from a trigger on) starts with a month abbreviation, a season or
    /// "tonight": a longer word than the trigger ("Maysan"), which no match holds. Anything else the search found
    /// ("day" inside a word) is left to the pattern.
    /// </summary>
    private static bool IsPartOfWordTrigger(ReadOnlySpan<char> word) =>
        word.Length >= 3 && (MonthWords.Contains(word[..3]) || StartsWithWholeTrigger(word));

    private static bool StartsWithWholeTrigger(ReadOnlySpan<char> word)
    {
        for (var n = 4; n <= Math.Min(word.Length, 7); n++)
            if (WholeTriggerWords.Contains(word[..n])) return true;
        return false;
    }

    /// <summary>The letters from <paramref name="at"/> up to the first other character or the range's end.</summary>
    private readonly ReadOnlySpan<char> LettersFrom(int at)
    {
        var r = at;
        while (r < end && char.IsLetter(text[r])) r++;
        return text.AsSpan(at, r - at);
    }

    // The pattern's leading (?<![\p{L}\d]), and its first character is always a letter or a digit.
    private readonly bool IsWordStart(int s) =>
        char.IsLetterOrDigit(text[s]) && (s == start || !char.IsLetterOrDigit(text[s - 1]));

    private static char[] AllDigits()
    {
        var digits = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (char.IsDigit((char)c)) digits.Add((char)c);
        return [.. digits];
    }
}
