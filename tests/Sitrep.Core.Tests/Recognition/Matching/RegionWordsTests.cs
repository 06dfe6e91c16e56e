using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Matching;

/// <summary>Matchers that share one cutting of a region into words find what each finds on its own.</summary>
public sealed class RegionWordsTests
{
    private static PhraseMatcher<string> Matcher(string[] phrases, params string[] optional)
    {
        var builder = new PhraseMatcherBuilder<string>();
        foreach (var p in phrases) builder.Add(p, p);
        if (optional.Length > 0) builder.OptionalLeadingTokens(optional);
        return builder.Build();
    }

    private static string[] Found(IEnumerable<PhraseMatch<string>> matches, string text) =>
        matches.Select(m => $"{m.Span.Start}-{m.Span.End}:{m.Span.Slice(text).ToString()}={string.Join("|", m.Values)}").ToArray();

    [Theory]
    [InlineData("Rockets hit al-Qaim and Baghdad International Airport.\n\nThe brigades said KH's men left Ar Ramadi.")]
    [InlineData("U.S. Army units, near Baghdad; the Popular Mobilization Forces (PMF) and Kata'ib Hezbollah’s fighters.")]
    [InlineData("Baghdad. International Airport closed; Iraq’s Prime Minister spoke in Najaf, then in An Najaf.")]
    public void Shared_words_find_what_each_matcher_finds_alone(string text)
    {
        var places = Matcher(["Baghdad", "Baghdad International Airport", "Qaim", "Ramadi", "Najaf", "Iraq", "U.S."], "al", "ar", "an");
        var actors = Matcher(["brigades", "KH", "U.S. Army", "Popular Mobilization Forces (PMF)", "Kata'ib Hezbollah", "Prime Minister"], "the");
        var lexicon = new WordLexicon(places.TokenIds, actors.TokenIds);
        var words = new RegionWords();
        // Ranges that cut words and punctuation as well as the whole text.
        foreach (var range in new[] { new TextSpan(0, text.Length), new TextSpan(3, text.Length - 5), new TextSpan(14, text.Length / 2) })
        {
            words.Cut(text, range, lexicon);
            Assert.Equal(Found(places.Match(text, range), text), Found(places.MatchWords(words), text));
            Assert.Equal(Found(actors.Match(text, range), text), Found(actors.MatchWords(words), text));
        }
    }

    [Theory]
    [InlineData("Rockets hit al-Qaim and Baghdad International Airport.\n\nThe brigades said KH's men left Ar Ramadi.")]
    [InlineData("U.S. Army units, near Baghdad; the Popular Mobilization Forces (PMF) and Kata'ib Hezbollah’s fighters.")]
    [InlineData("Baghdad. International Airport closed; Iraq’s Prime Minister spoke in Najaf, then in An Najaf.")]
    public void One_cut_of_the_whole_text_serves_every_part_of_it(string text)
    {
        var places = Matcher(["Baghdad", "Baghdad International Airport", "Qaim", "Ramadi", "Najaf", "Iraq", "U.S."], "al", "ar", "an");
        var actors = Matcher(["brigades", "KH", "U.S. Army", "Popular Mobilization Forces (PMF)", "Kata'ib Hezbollah", "Prime Minister"], "the");
        var words = new RegionWords();
        words.Cut(text, new TextSpan(0, text.Length), new WordLexicon(places.TokenIds, actors.TokenIds));
        // Every part, including those that start or end inside a word, a possessive or a gap.
        for (var start = 0; start <= text.Length; start++)
            for (var end = start; end <= text.Length; end += 3)
            {
                var range = new TextSpan(start, end);
                Assert.Equal(Found(places.Match(text, range), text), Found(places.MatchWords(words, range), text));
                Assert.Equal(Found(actors.Match(text, range), text), Found(actors.MatchWords(words, range), text));
            }
    }

    [Theory]
    [InlineData("KH’s fighters and Kata'ib Hezbollah's men left al-Qaim; Ramadi.", 10)]
    [InlineData("Äl-Qā’im, U.S. Army", 5)]
    public void The_hash_made_while_folding_is_the_hash_of_the_folded_word(string text, int words)
    {
        var buffer = new char[64];
        var gap = default(GapTracker);
        int pos = 0, seen = 0;
        while (TokenReader.NextWord(text, ref pos, text.Length, buffer, ref gap, out var word))
        {
            seen++;
            Assert.Equal(WordHash.Of(buffer.AsSpan(0, word.Length)), word.Hash);
            if (word.PossLength > 0) Assert.Equal(WordHash.Of(buffer.AsSpan(0, word.PossLength)), word.PossHash);
        }
        Assert.Equal(words, seen);
    }

    [Fact]
    public void The_lexicon_finds_every_word_of_its_matchers_and_nothing_else()
    {
        var places = Matcher(["Baghdad", "Baghdad International Airport", "Qaim", "Ramadi", "Najaf", "Iraq", "U.S."]);
        var actors = Matcher(["brigades", "KH", "U.S. Army", "Prime Minister"]);
        var lexicon = new WordLexicon(places.TokenIds, actors.TokenIds);
        var ids = new HashSet<int>();
        foreach (var word in places.TokenIds.Keys.Concat(actors.TokenIds.Keys))
        {
            var id = lexicon.Find(word);
            Assert.True(id >= 0, word);
            ids.Add(id);
        }
        Assert.Equal(places.TokenIds.Keys.Union(actors.TokenIds.Keys).Count(), ids.Count);
        foreach (var other in new[] { "baghda", "baghdadi", "brigade", "k", "", "army " })
            Assert.Equal(-1, lexicon.Find(other));
    }

    [Fact]
    public void A_part_outside_the_range_cut_is_refused()
    {
        var a = Matcher(["Baghdad"]);
        var words = new RegionWords();
        words.Cut("Baghdad and Basra", new TextSpan(4, 17), new WordLexicon(a.TokenIds));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.MatchWords(words, new TextSpan(0, 17)));
    }

    [Fact]
    public void A_matcher_the_lexicon_was_not_built_for_is_refused()
    {
        var a = Matcher(["Baghdad"]);
        var b = Matcher(["Basra"]);
        var words = new RegionWords();
        words.Cut("Baghdad and Basra", new TextSpan(0, 17), new WordLexicon(a.TokenIds));
        Assert.Throws<InvalidOperationException>(() => b.MatchWords(words));
    }
}
