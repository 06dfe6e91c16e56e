using Sitrep.Core.Recognition.Quantities;

namespace Sitrep.Core.Tests.Recognition.Quantities;

/// <summary>What the windowed quantity scan assumes of the lexicon when it searches for number words.</summary>
public sealed class QuantityLexiconTests
{
    [Fact]
    public void Every_number_word_but_a_and_an_and_every_amount_head_holds_a_needle()
    {
        string[] words = [.. QuantityLexicon.Cardinals.Keys, .. QuantityLexicon.VaguePlurals.Keys, "dozen", .. QuantityLexicon.AmountHeads];
        foreach (var word in words)
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                Assert.True(form.AsSpan().IndexOfAny(QuantityLexicon.NumberWordNeedlesA) >= 0 || form.AsSpan().IndexOfAny(QuantityLexicon.NumberWordNeedlesB) >= 0, form);
    }

    [Fact]
    public void Only_ascii_letters_match_ascii_letters_case_aside()
    {
        // So a word with any other character is no number word, and needs no needle.
        for (var c = 0x80; c <= 0xFFFF; c++)
            for (var l = 'a'; l <= 'z'; l++)
                Assert.False(string.Equals(((char)c).ToString(), l.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{c:X4} {l}");
    }
}
