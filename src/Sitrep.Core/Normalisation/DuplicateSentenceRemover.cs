using System.Buffers;
using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Drops a sentence the PDF layout printed twice in a row: a sentence of at least 8 words whose words are the
/// same as, or the opening words of, the sentence just before it in the same paragraph.
/// </summary>
internal static class DuplicateSentenceRemover
{
    private const int MinWords = 8;

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?");

    // One paragraph's sentences at a time; reused, since this runs over every paragraph of every document.
    [ThreadStatic] private static List<TextSpan>? t_sentences;

    /// <param name="toRaw">Maps <paramref name="text"/> to the raw text.</param>
    /// <returns>The text without the repeats and its map to the raw text.</returns>
    public static (string Text, OffsetMap Map) Remove(string text, string raw, OffsetMap toRaw, List<Repair> repairs)
    {
        List<TextSpan>? drops = null;
        var sentences = t_sentences ??= [];
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0) paragraphEnd = text.Length;
            sentences.Clear();
            Sentences(text, paragraphStart, paragraphEnd, sentences);
            FindInParagraph(text, sentences, ref drops);
            paragraphStart = paragraphEnd + 2;
        }
        if (drops is null) return (text, toRaw);

        var output = MappedTextBuilder.For(text);
        var at = 0;
        foreach (var drop in drops)
        {
            output.AppendRange(at, drop.Start);
            var rawSpan = toRaw.ToRaw(drop);
            repairs.Add(new Repair(LineUnwrapper.DuplicateKind, rawSpan, raw[rawSpan.Start..rawSpan.End], ""));
            at = drop.End;
        }
        output.AppendRange(at, text.Length);
        return output.Build(text.Length, toRaw);
    }

    private static void FindInParagraph(string text, List<TextSpan> sentences, ref List<TextSpan>? drops)
    {
        var kept = -1; // the sentence a repeat is compared with stays the last one kept
        for (var s = 0; s < sentences.Count; s++)
        {
            if (kept >= 0 && DuplicateLineFinder.IsWordPrefix(sentences[s].Slice(text), sentences[kept].Slice(text), out var words, out _)
                && words >= MinWords)
            {
                // Take the space after the sentence, or before it when it closes the paragraph.
                var sentence = sentences[s];
                var dropEnd = s + 1 < sentences.Count ? sentences[s + 1].Start : sentence.End;
                var dropStart = s + 1 < sentences.Count ? sentence.Start : sentences[s - 1].End;
                (drops ??= []).Add(new TextSpan(dropStart, dropEnd));
                continue;
            }
            kept = s;
        }
    }

    /// <summary>
    /// Sentence spans: a stop (. ! ?), any closing quotes or brackets, then a space and a capital, digit or
    /// opening quote. Spans exclude the spaces between sentences.
    /// </summary>
    internal static void Sentences(string text, int start, int end, List<TextSpan> result)
    {
        var s = start;
        while (s < end && text[s] == ' ') s++;
        var i = s;
        while (i < end)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (next < 0) break;
            i += next;
            var e = i + 1;
            while (e < end && text[e] is '”' or '"' or '’' or '\'' or ')' or ']') e++;
            var n = e;
            while (n < end && text[n] == ' ') n++;
            if (n > e && n < end && (char.IsUpper(text[n]) || char.IsDigit(text[n]) || text[n] is '“' or '"' or '(' or '\uFFFD'))
            {
                result.Add(new TextSpan(s, e));
                s = n;
                i = n;
                continue;
            }
            i++;
        }
        var last = end;
        while (last > s && text[last - 1] == ' ') last--;
        if (last > s) result.Add(new TextSpan(s, last));
    }
}
