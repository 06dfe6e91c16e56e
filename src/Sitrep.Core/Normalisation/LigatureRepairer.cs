using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Replaces each lost ligature (U+FFFD) in an unwrapped text by its letters, word by word. The inserted
/// letters map to the U+FFFD they replace; each repaired word is reported for review.
/// </summary>
internal sealed class LigatureRepairer(LigatureResolver resolver)
{
    public const string Kind = "ligature";

    /// <param name="text">Unwrapped text (paragraphs).</param>
    /// <param name="toRaw">Maps <paramref name="text"/> to the raw text, for the repairs' raw spans.</param>
    /// <returns>The repaired text and its map to the raw text.</returns>
    public (string Text, OffsetMap Map) Repair(string text, string raw, OffsetMap toRaw, List<Repair> repairs)
    {
        var lost = text.IndexOf(LigatureResolver.Lost);
        if (lost < 0) return (text, toRaw);

        var output = MappedTextBuilder.For(text);
        var at = 0; // copied up to here: 0 or the end of a word
        for (; lost >= 0; lost = at < text.Length ? text.IndexOf(LigatureResolver.Lost, at) : -1)
        {
            // The word (a run of word chars) around the U+FFFD.
            var start = lost;
            while (start > at && DocumentLexicon.IsWordChar(text[start - 1])) start--;
            var end = lost + 1;
            while (end < text.Length && DocumentLexicon.IsWordChar(text[end])) end++;
            output.AppendRange(at, start);
            at = end;
            // A lone U+FFFD is some other lost glyph (a bullet, a symbol), not letters: leave it.
            if (end - start == 1)
            {
                output.AppendRange(start, end);
                continue;
            }

            var word = text[start..end];
            var capital = IsCapitalContext(text, start);
            var choice = resolver.Resolve(word, capital, PrecedesNameParticle(text, end) && (capital || FollowsPunctuation(text, start)));
            var k = 0;
            for (var j = start; j < end; j++)
            {
                if (text[j] == LigatureResolver.Lost) output.Append(choice.Pieces[k++], j);
                else output.Append(text[j], j);
            }
            var rawSpan = toRaw.ToRaw(new TextSpan(start, end));
            repairs.Add(new Repair(Kind, rawSpan, raw[rawSpan.Start..rawSpan.End], choice.Word));
        }
        output.AppendRange(at, text.Length);
        return output.Build(text.Length, toRaw);
    }

    /// <summary>Whether the word is followed by an Arabic name particle ("Thamer al-Husseini", "Thar bin ...").</summary>
    internal static bool PrecedesNameParticle(string text, int wordEnd)
    {
        if (wordEnd >= text.Length || text[wordEnd] != ' ') return false;
        var rest = text.AsSpan(wordEnd + 1);
        foreach (var particle in NameParticles)
            if (rest.StartsWith(particle, StringComparison.Ordinal)) return true;
        return false;
    }

    // "member, �amer al-Husseini": after a comma or bracket a name is likelier than "the first al-...".
    private static bool FollowsPunctuation(string text, int wordStart)
    {
        var p = wordStart - 1;
        while (p >= 0 && text[p] == ' ') p--;
        return p >= 0 && text[p] is ',' or ';' or '(' or '“' or '"';
    }

    private static readonly string[] NameParticles = ["al-", "Al-", "el-", "El-", "bin ", "ibn ", "Abu ", "abu "];

    /// <summary>
    /// Whether a word-initial "Th" fits here: the word opens a paragraph or sentence (possibly after a quote,
    /// bracket or list number), follows a capitalised word (names, title-case headlines), or follows "al-".
    /// </summary>
    internal static bool IsCapitalContext(string text, int wordStart)
    {
        var p = wordStart - 1;
        if (p >= 0 && text[p] == '-')
        {
            var e = p;
            var s = e;
            while (s > 0 && char.IsLetter(text[s - 1])) s--;
            if (s == e) return false;
            var prefix = text[s..e];
            return char.IsUpper(prefix[0]) || prefix is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "bin" or "ibn";
        }
        while (p >= 0 && (text[p] == ' ' || IsOpening(text[p]))) p--;
        if (p < 0 || text[p] == '\n') return true;
        if (text[p] is '.' or '!' or '?' or ':' or '”' or '"' or ')') return EndsSentence(text, p);
        if (char.IsDigit(text[p]))
        {
            // "5 �e ..." at the start of a paragraph: a list number.
            while (p >= 0 && char.IsDigit(text[p])) p--;
            return p < 0 || text[p] == '\n';
        }
        if (!char.IsLetter(text[p])) return false;
        var ws = p;
        while (ws > 0 && (DocumentLexicon.IsWordChar(text[ws - 1]) || text[ws - 1] is '’' or '\'')) ws--;
        return char.IsUpper(text[ws]);
    }

    // A closing quote or bracket ends a sentence only when a full stop sits inside it.
    private static bool EndsSentence(string text, int p)
    {
        if (text[p] is '.' or '!' or '?' or ':') return true;
        return p > 0 && text[p - 1] is '.' or '!' or '?';
    }

    private static bool IsOpening(char c) => c is '“' or '"' or '‘' or '(' or '[' or '\'';
}
