using System.Buffers;
using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>
/// Rule-based sentence splitter over normalised text, in one pass over the characters. Splits on ? and ! and on a
/// period followed by whitespace and a capital, digit, quote or bracket, except after abbreviations, initials and
/// inside decimals; never before a lowercase continuation. Paragraph breaks (a blank line) always end a sentence,
/// and each bullet line is its own sentence (the bullet glyph is left out of the span). Spans are trimmed.
/// </summary>
public sealed class SentenceSplitter
{
    // Never end a sentence: titles and Latin short forms are always followed by more of the same sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Gen", "Lt", "Col", "Maj", "Brig", "Sgt", "Capt", "Cpt", "Cmdr", "Adm", "Cpl", "Pvt", "Dr", "Mr", "Mrs", "Ms", "Messrs",
        "Prof", "Sen", "Rep", "Gov", "Amb", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Gens", "vs", "v", "approx", "cf", "al",
        "e.g", "i.e", "viz",
    ], StringComparer.Ordinal);

    // End a sentence only before a word that typically starts one: "U.S. Forces" stays, "the U.S. The group" splits.
    private static readonly FrozenSet<string> Soft = FrozenSet.ToFrozenSet(
    [
        "U.S", "U.K", "U.N", "E.U", "U.A.E", "U.S.A", "a.m", "p.m", "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros", "Dept", "Govt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Nr", "Vol", "Fig", "Art",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Starters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "This", "These", "That", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "There", "In", "On", "At", "But", "And", "However", "Meanwhile", "Separately", "Also", "Some", "Several",
        "According", "After", "Before", "When", "While", "As", "If", "Since", "Following", "Despite", "During", "Other",
        "Both", "Many", "Such", "Yet", "Still", "Moreover", "Furthermore", "Additionally", "Then", "Earlier", "Later", "No",
        "Officials", "One", "Two", "Three", "Its", "What", "Why", "How", "Who", "Although", "Nevertheless", "Instead",
    ], StringComparer.Ordinal);

    // Once a sentence has started, only these chars can end it.
    private static readonly SearchValues<char> Ends = SearchValues.Create("\n.?!");

    /// <summary>Sentences of the whole text.</summary>
    public IReadOnlyList<Sentence> Split(string text) => Split(text, new TextSpan(0, text.Length));

    /// <summary>Sentences inside <paramref name="range"/> (spans are offsets in the whole text).</summary>
    public IReadOnlyList<Sentence> Split(string text, TextSpan range)
    {
        var list = new List<Sentence>();
        SplitInto(text, range, list);
        return list;
    }

    /// <summary>
    /// Appends the sentences inside <paramref name="range"/> to <paramref name="output"/>. With
    /// <paramref name="paragraphBreaksEnd"/> false a blank line reads as a space (PDF items with a blank line after
    /// every line); bullet lines still end sentences.
    /// </summary>
    public void SplitInto(string text, TextSpan range, List<Sentence> output, bool paragraphBreaksEnd = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = range.End;
        var i = range.Start;
        while (i < end)
        {
            var (start, stop, next) = Next(text, i, end, paragraphBreaksEnd, headline: false);
            if (start < 0) break;
            output.Add(new Sentence(new TextSpan(start, stop)));
            i = next;
        }
    }

    /// <summary>
    /// The first sentence starting at or after <paramref name="from"/>: its trimmed span, or null when there is only
    /// whitespace. With <paramref name="paragraphBreaksEnd"/> false a blank line counts as a space, for PDF text
    /// where blank lines fall inside a headline.
    /// </summary>
    public TextSpan? FirstSentence(string text, int from, int to, bool paragraphBreaksEnd)
    {
        var (start, stop, _) = Next(text, from, to, paragraphBreaksEnd, headline: false);
        return start < 0 ? null : new TextSpan(start, stop);
    }

    /// <summary>
    /// A title-case headline run into its body ("Militia Threatens U.S. Forces. The group said..."): like
    /// <see cref="FirstSentence"/> with blank lines read as spaces, but any period followed by whitespace ends it,
    /// whatever the case of the next word (a mis-repaired ligature may leave "fe group"), unless it closes an abbreviation.
    /// </summary>
    public TextSpan? Headline(string text, int from, int to)
    {
        var (start, stop, _) = Next(text, from, to, paragraphBreaksEnd: false, headline: true);
        return start < 0 ? null : new TextSpan(start, stop);
    }

    // Scans one sentence from i; returns its trimmed bounds (start -1 if none) and where scanning resumes.
    private static (int Start, int Stop, int Next) Next(string text, int i, int end, bool paragraphBreaksEnd, bool headline)
    {
        var start = -1;
        var bullet = false;
        for (; i < end; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (IsBulletAt(text, i, end) && IsLineStart(text, i))
                {
                    bullet = true;
                    continue;
                }
                start = i;
            }
            else
            {
                // Skip to the next char that can end the sentence: this runs over every char of every document.
                var skip = text.AsSpan(i, end - i).IndexOfAny(Ends);
                if (skip < 0) break;
                i += skip;
                c = text[i];
            }

            if (c == '\n')
            {
                if ((paragraphBreaksEnd && IsParagraphBreak(text, i, end)) || bullet || NextLineIsBullet(text, i, end))
                    return (start, TrimEnd(text, start, i), i + 1);
                continue;
            }

            if (c is not ('.' or '?' or '!')) continue;
            var j = i + 1;
            while (j < end && text[j] is '.' or '?' or '!') j++;
            while (j < end && IsCloser(text[j])) j++;
            if (j >= end) return (start, TrimEnd(text, start, j), j);
            // "4.38", "U.S.-Iraq", "e.g.," are not ends; only whitespace after the mark can be.
            if (!char.IsWhiteSpace(text[j])) { i = j - 1; continue; }
            if (EndsHere(text, i, j, end, c == '.' && j > i + 1 && text[i + 1] == '.', headline))
                return (start, TrimEnd(text, start, j), j);
            i = j - 1;
        }
        return start < 0 ? (-1, -1, end) : (start, TrimEnd(text, start, end), end);
    }

    // Decides whether the mark at `mark` (closers end at `after`, whitespace follows) ends the sentence.
    private static bool EndsHere(string text, int mark, int after, int end, bool ellipsis, bool headline)
    {
        var k = after;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k >= end) return true;
        var n = text[k];
        if (!headline)
        {
            if (char.IsLower(n)) return false;
            // U+FFFD at a word start is nearly always a lost "Th"/"fi" ligature: treat it as a capital.
            var opens = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\uFFFD'
                        || (char.IsLetter(n) && !char.IsLower(n));
            if (!opens) return false;
        }
        if (text[mark] != '.' || ellipsis) return true;

        // The token before the period: letters and inner periods ("U.S", "e.g", "Gen", "A").
        var t = mark;
        while (t > 0 && (char.IsLetter(text[t - 1]) || (text[t - 1] == '.' && t - 1 > 0 && char.IsLetter(text[t - 2])))) t--;
        if (t == mark) return true;
        var token = text.AsSpan(t, mark - t);
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(token)) return false;
        var soft = Soft.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
        // Initials ("A. B. Smith") and dotted short forms behave like the soft list.
        if (!soft && !(token.Length == 1 && char.IsUpper(token[0])) && token.IndexOf('.') < 0) return true;
        if (char.IsDigit(n)) return false;
        var w = k;
        while (w < end && char.IsLetter(text[w])) w++;
        return Starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(k, w - k));
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsBulletChar(char c) => c is '\u2022' or '\u25E6' or '\u25AA' or '\u25CF' or '\u2023' or '\u00B7' or '\u2043' or '*' or '-' or '\u2013';

    // A bullet glyph followed by whitespace and text ("• text", "- text"; not "* * *").
    private static bool IsBulletAt(string text, int i, int end)
    {
        if (!IsBulletChar(text[i]) || i + 1 >= end || text[i + 1] is not (' ' or '\t' or '\u00A0')) return false;
        var k = i + 1;
        while (k < end && text[k] is ' ' or '\t' or '\u00A0') k++;
        return k < end && !IsBulletChar(text[k]) && !char.IsWhiteSpace(text[k]);
    }

    private static bool IsLineStart(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00A0') i--;
        return i == 0 || text[i - 1] == '\n';
    }

    private static bool IsParagraphBreak(string text, int newline, int end)
    {
        for (var k = newline + 1; k < end; k++)
        {
            var c = text[k];
            if (c == '\n') return true;
            if (c is not (' ' or '\t' or '\r' or '\u00A0')) return false;
        }
        return false;
    }

    private static bool NextLineIsBullet(string text, int newline, int end)
    {
        var k = newline + 1;
        while (k < end && text[k] is ' ' or '\t' or '\u00A0') k++;
        return k < end && IsBulletAt(text, k, end);
    }

    private static int TrimEnd(string text, int start, int stop)
    {
        while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
        return stop;
    }
}
