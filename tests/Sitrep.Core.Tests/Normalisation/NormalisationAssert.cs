using System.Text.RegularExpressions;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Normalisation;

/// <summary>Checks every normaliser output must pass, whatever the input.</summary>
internal static class NormalisationAssert
{
    /// <summary>
    /// Each kept char is the raw char at its mapped offset; the only exceptions are the spaces and paragraph
    /// breaks standing for raw whitespace/line breaks, and ligature letters standing for U+FFFD.
    /// The map never goes backwards and every repair's Original is the raw text of its span.
    /// </summary>
    public static void MapIsExact(NormalisedText result)
    {
        var raw = result.Raw;
        var text = result.Text;
        Assert.Equal(text.Length, result.Map.Length);
        Assert.Equal(raw.Length, result.Map.ToRaw(text.Length));
        var previous = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var r = result.Map.ToRaw(i);
            Assert.InRange(r, previous, raw.Length - 1);
            previous = r;
            var rc = raw[r];
            var inserted = (text[i] is ' ' or '\n' && char.IsWhiteSpace(rc)) || rc == '\uFFFD';
            if (!inserted) Assert.True(text[i] == rc, $"text[{i}]='{text[i]}' but raw[{r}]='{rc}'");
        }
        foreach (var repair in result.Repairs)
            Assert.Equal(raw[repair.RawSpan.Start..repair.RawSpan.End], repair.Original);
    }

    /// <summary>
    /// For every whole word of the output whose raw text sits on one line, the raw text of its mapped span is
    /// the word itself, or (when it had a lost ligature) a ligature repair with that span turned it into the word.
    /// </summary>
    public static void WordsMapBack(NormalisedText result)
    {
        var ligatures = result.Repairs.Where(r => r.Kind == "ligature").ToDictionary(r => r.RawSpan);
        foreach (var span in WordSpans(result.Text))
        {
            var word = span.Slice(result.Text).ToString();
            var rawSpan = result.ToRaw(span);
            var rawWord = result.Raw[rawSpan.Start..rawSpan.End];
            if (rawWord.Contains('\n') || rawWord.Contains('\r')) continue; // rejoined over a line break
            if (rawWord.Contains('\uFFFD'))
            {
                Assert.True(ligatures.TryGetValue(rawSpan, out var repair), $"no ligature repair for '{rawWord}' at {rawSpan}");
                Assert.Equal(word, repair.Replacement);
                Assert.True(IsExpansion(rawWord, word), $"'{word}' is not '{rawWord}' with its ligatures expanded");
            }
            else Assert.Equal(word, rawWord);
        }
    }

    /// <summary>The raw word with each U+FFFD expanded to one of the ligatures it can stand for.</summary>
    public static bool IsExpansion(string rawWord, string word)
    {
        var pattern = "^" + string.Join("(?:Th|th|fi|fl|ff|ffi|ffl|TH|FI|FL|FF|FFI|FFL)", rawWord.Split('\uFFFD').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(word, pattern);
    }

    public static IEnumerable<TextSpan> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            yield return new TextSpan(s, i);
        }
    }
}
