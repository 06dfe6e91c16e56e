using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Matching;

public sealed class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params (string Phrase, string Value, bool CaseSensitive)[] phrases)
    {
        var builder = new PhraseMatcherBuilder<string>();
        foreach (var (phrase, value, cs) in phrases) builder.Add(phrase, value, cs);
        return builder.Build();
    }

    private static PhraseMatcher<string> Matcher(params string[] phrases) =>
        Matcher(phrases.Select(p => (p, p, false)).ToArray());

    /// <summary>The surface forms found, in order: text[span] for each match.</summary>
    private static string[] Surfaces(PhraseMatcher<string> matcher, string text) =>
        matcher.Match(text).Select(m => m.Span.Slice(text).ToString()).ToArray();

    [Fact]
    public void Longest_match_wins()
    {
        var matcher = Matcher("Baghdad", "Baghdad International Airport", "International");
        const string text = "Rockets hit Baghdad International Airport at dawn; Baghdad police said an International team came.";
        var matches = matcher.Match(text);
        Assert.Equal(["Baghdad International Airport", "Baghdad", "International"], matches.Select(m => m.Span.Slice(text).ToString()));
        Assert.Equal(["Baghdad International Airport"], matches[0].Values);
        Assert.Equal("Baghdad International Airport", matches[0].Phrase);
    }

    [Fact]
    public void Leftmost_match_is_taken_then_scanning_continues_after_it()
    {
        var matcher = Matcher("Green Zone", "Zone Command", "Command");
        Assert.Equal(["Green Zone", "Command"], Surfaces(matcher, "the Green Zone Command post"));
    }

    [Fact]
    public void A_shared_alias_returns_every_value()
    {
        var matcher = new PhraseMatcherBuilder<int>()
            .Add("Hilla", 1).Add("Hillah", 1).Add("Hilla", 2).Add("Hilla", 2).Add("Nasiriyah", 3)
            .Build();
        var match = Assert.Single(matcher.Match("Clashes were reported in Hilla overnight."));
        Assert.Equal([1, 2], match.Values.Order());
        Assert.Equal("Hilla", match.Phrase);
        Assert.Equal(3, matcher.PhraseCount);
    }

    [Fact]
    public void Spelling_variants_of_one_alias_merge_their_values()
    {
        var matcher = new PhraseMatcherBuilder<string>()
            .Add("Kata'ib Hezbollah", "KH").Add("Kataib Hezbollah", "KH").Add("Kata’ib Hezbollah", "other")
            .Build();
        var match = Assert.Single(matcher.Match("Kataib Hezbollah denied it."));
        Assert.Equal(["KH", "other"], match.Values);
        Assert.Equal(1, matcher.PhraseCount);
    }

    [Fact]
    public void Case_sensitive_abbreviations_match_only_in_their_case()
    {
        var matcher = Matcher(("IS", "Islamic State", true), ("AP", "Associated Press", true), ("KH", "Kata'ib Hezbollah", true),
            ("Anbar", "Anbar", false));
        const string text = "What is known: IS fighters, the ap wire and AP. Is it KH, kh or Kh? KH's statement. anbar and ANBAR.";
        Assert.Equal(["IS", "AP", "KH", "KH", "anbar", "ANBAR"], Surfaces(matcher, text));
        Assert.Equal("Kata'ib Hezbollah", matcher.Match(text)[3].Values[0]);
    }

    [Fact]
    public void Case_sensitive_and_insensitive_forms_of_one_alias_coexist()
    {
        var matcher = Matcher(("IS", "Islamic State", true), ("is", "verb", false));
        var upper = Assert.Single(matcher.Match("IS"));
        Assert.Equal(["Islamic State", "verb"], upper.Values.Order());
        var lower = Assert.Single(matcher.Match("it is"));
        Assert.Equal(["verb"], lower.Values);
    }

    [Theory]
    [InlineData("Iraq’s government", "Iraq")]
    [InlineData("Iraq's government", "Iraq")]
    [InlineData("KH's fighters", "KH")]
    [InlineData("KH’s fighters", "KH")]
    [InlineData("Kata’ib Hezbollah’s commander", "Kata’ib Hezbollah")]
    [InlineData("Kata'ib Hezbollah's commander", "Kata'ib Hezbollah")]
    [InlineData("KATAIB HEZBOLLAH'S commander", "KATAIB HEZBOLLAH")]
    public void Possessives_match_the_name_and_span_stops_before_the_apostrophe(string text, string surface)
    {
        var matcher = Matcher(("Iraq", "Iraq", false), ("KH", "KH", true), ("Kata'ib Hezbollah", "KH", false));
        Assert.Equal([surface], Surfaces(matcher, text));
    }

    [Fact]
    public void A_possessive_only_ends_a_match()
    {
        // "Iraq's Anbar" is not the phrase "Iraq Anbar": nothing follows a possessive inside a name.
        var matcher = Matcher("Iraq Anbar", "Iraq", "Anbar");
        Assert.Equal(["Iraq", "Anbar"], Surfaces(matcher, "Iraq's Anbar"));
    }

    [Fact]
    public void A_word_ending_in_s_is_not_a_possessive_without_an_apostrophe()
    {
        var matcher = Matcher("Iraq", "Iraqis");
        Assert.Equal(["Iraqis"], Surfaces(matcher, "Iraqis protested"));
        Assert.Empty(matcher.Match("Iraqs"));
    }

    [Theory]
    [InlineData("Kata'ib Hezbollah")]
    [InlineData("Kata’ib Hezbollah")]
    [InlineData("Kataʼib Hezbollah")]
    [InlineData("Kataib Hezbollah")]
    [InlineData("kataib-hezbollah")]
    public void Apostrophe_variants_meet(string text)
    {
        var matcher = Matcher("Kata’ib Hezbollah");
        Assert.Equal([text], Surfaces(matcher, text));
    }

    [Theory]
    [InlineData("Halabja", "Ḥalabja")]
    [InlineData("Ḥalabja", "Halabja")]
    [InlineData("Halabja", "H\u0323alabja")] // decomposed: H + combining dot below
    [InlineData("Ṣalāḥ ad-Dīn", "Salah ad Din")]
    public void Diacritics_fold_away(string phrase, string text)
    {
        var matcher = Matcher(phrase);
        Assert.Equal([text], Surfaces(matcher, $"In {text}."));
    }

    [Fact]
    public void Optional_leading_article_in_the_phrase_may_be_missing_in_the_text()
    {
        var matcher = new PhraseMatcherBuilder<string>().OptionalLeadingTokens("al", "the", "el").Add("al-Qaim", "Qaim").Build();
        const string text = "Strikes near Qaim and al-Qaim and Al Qa'im, then the Qaim crossing.";
        Assert.Equal(["Qaim", "al-Qaim", "Al Qa'im", "the Qaim"], Surfaces(matcher, text));
        Assert.All(matcher.Match(text), m => Assert.Equal("al-Qaim", m.Phrase));
    }

    [Fact]
    public void Optional_leading_article_in_the_text_is_taken_into_the_span()
    {
        var matcher = new PhraseMatcherBuilder<string>().Add("Qaim", "Qaim").Add("Anbar", "Anbar").OptionalLeadingTokens("al", "the").Build();
        const string text = "al-Qaim in al Anbar; al. Qaim; the\n\nAnbar";
        Assert.Equal(["al-Qaim", "al Anbar", "Qaim", "Anbar"], Surfaces(matcher, text));
    }

    [Fact]
    public void An_article_alone_is_not_a_match()
    {
        var matcher = new PhraseMatcherBuilder<string>().OptionalLeadingTokens("al").Add("al Qaim", "Qaim").Build();
        Assert.Empty(matcher.Match("al and al-Hashd"));
    }

    [Theory]
    [InlineData("officials in Anbar. Province officials said", "Anbar")]
    [InlineData("officials in Anbar.\nProvince officials said", "Anbar")]
    [InlineData("officials in Anbar! Province officials said", "Anbar")]
    [InlineData("officials in Anbar\n\nProvince officials said", "Anbar")]
    [InlineData("officials in Anbar\r\n\r\nProvince officials said", "Anbar")]
    [InlineData("officials in Anbar\n \nProvince officials said", "Anbar")]
    [InlineData("officials in Anbar, Province officials said", "Anbar")]
    [InlineData("officials in Anbar\nProvince said", "Anbar\nProvince")]
    [InlineData("officials in Anbar - Province said", "Anbar - Province")]
    [InlineData("officials in Anbar.Province said", "Anbar.Province")]
    public void No_match_across_a_sentence_end_or_paragraph_break(string text, string surface)
    {
        var matcher = Matcher("Anbar Province", "Anbar");
        Assert.Equal([surface], Surfaces(matcher, text));
    }

    [Fact]
    public void Punctuation_inside_a_phrase_may_be_crossed_where_the_phrase_has_it()
    {
        var matcher = Matcher("U.S. Embassy", "Washington, D.C.");
        Assert.Equal(["U.S. Embassy", "U S Embassy", "Washington, D.C"], Surfaces(matcher, "The U.S. Embassy, the U S Embassy, Washington, D.C. and more."));
    }

    [Fact]
    public void Only_whole_words_match()
    {
        var matcher = Matcher("Ramadi", "Camp 7", "al");
        Assert.Empty(matcher.Match("Ramadiyah and Ar-Ramadiyah and Ramadi2 and Camp 77 and Camp 7a, Baghdal"));
        Assert.Equal(["Ramadi", "Ramadi", "Camp 7"], Surfaces(matcher, "Ramadi, (Ramadi) Camp 7."));
    }

    [Fact]
    public void Spans_are_exact_surface_forms()
    {
        var matcher = Matcher("Kata'ib Hezbollah", "Baghdad", "al Hashd al Shaabi");
        const string text = "“Kata’ib  Hezbollah” said; 'Baghdad' —al-Hashd al-Sha’abi’—";
        Assert.Equal(["Kata’ib  Hezbollah", "Baghdad", "al-Hashd al-Sha’abi"], Surfaces(matcher, text));
    }

    [Fact]
    public void Unicode_oddities_do_not_crash_and_act_as_breaks()
    {
        var matcher = Matcher("Anbar Province", "Baghdad");
        Assert.Equal(["Anbar\u00A0Province"], Surfaces(matcher, "Anbar\u00A0Province"));
        Assert.Equal(["Anbar\u200BProvince"], Surfaces(matcher, "Anbar\u200BProvince"));
        Assert.Equal(["Baghdad", "Baghdad"], Surfaces(matcher, "😀Baghdad😀 \uD800Baghdad\uDC00 \uFEFF\uFFFD"));
        Assert.Empty(matcher.Match("Bagh\u200Bdad"));
        Assert.Empty(matcher.Match("\uD83D"));
        Assert.Empty(matcher.Match(""));
    }

    [Fact]
    public void Random_unicode_never_crashes()
    {
        var matcher = Matcher("Anbar Province", "Baghdad", "KH", "a");
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(4) == 0 ? "abA \n.’'s"[random.Next(9)] : (char)random.Next(0, char.MaxValue + 1);
            var text = new string(chars);
            foreach (var m in matcher.Match(text))
                Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && !m.Span.IsEmpty);
        }
    }

    [Fact]
    public void Range_limits_the_search_and_cut_words_are_left_out()
    {
        var matcher = Matcher("Baghdad", "Basra", "Mosul");
        const string text = "Baghdad Basra Mosul";
        Assert.Equal([new TextSpan(8, 13)], matcher.Match(text, new TextSpan(8, 13)).Select(m => m.Span));
        Assert.Empty(matcher.Match(text, new TextSpan(9, 13)));
        Assert.Empty(matcher.Match(text, new TextSpan(8, 12)));
        Assert.Equal([new TextSpan(8, 13), new TextSpan(14, 19)], matcher.Match(text, new TextSpan(5, 19)).Select(m => m.Span));
        Assert.Throws<ArgumentOutOfRangeException>(() => matcher.Match(text, new TextSpan(0, 99)));
    }

    [Fact]
    public void Possessive_cut_by_the_range_still_matches_the_name()
    {
        var matcher = Matcher("Iraq");
        const string text = "Iraq's";
        Assert.Equal([new TextSpan(0, 4)], matcher.Match(text, new TextSpan(0, 4)).Select(m => m.Span));
    }

    [Fact]
    public void Empty_matcher_finds_nothing()
    {
        Assert.Empty(PhraseMatcher<int>.Empty.Match("Baghdad"));
        Assert.Equal(0, PhraseMatcher<int>.Empty.PhraseCount);
        var matcher = new PhraseMatcherBuilder<int>().Add("—", 1).Add("  ", 2).Build();
        Assert.Equal(0, matcher.PhraseCount);
        Assert.Empty(matcher.Match("— —"));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var builder = new PhraseMatcherBuilder<int>();
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, 1));
        Assert.Throws<ArgumentException>(() => builder.Add(string.Join(' ', Enumerable.Repeat("w", 65)), 1));
        Assert.Throws<ArgumentException>(() => builder.OptionalLeadingTokens("al qa"));
        Assert.Throws<ArgumentNullException>(() => builder.Build().Match(null!));
    }

    [Fact]
    public void Matches_beyond_the_token_window_are_found()
    {
        // Far more known words than one read window holds, with phrases straddling every window edge.
        var matcher = Matcher("Baghdad International Airport", "Baghdad");
        var text = string.Concat(Enumerable.Repeat("Baghdad International Airport Baghdad ", 5000));
        var matches = matcher.Match(text);
        Assert.Equal(10000, matches.Count);
        Assert.All(matches, m => Assert.StartsWith("Baghdad", m.Span.Slice(text).ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Concurrent_matching_gives_the_same_answers()
    {
        var matcher = new PhraseMatcherBuilder<string>().OptionalLeadingTokens("al").Add("Qaim", "q").Add("KH", "kh", true).Build();
        const string text = "al-Qaim and KH's men. kh. Qaim";
        var expected = matcher.Match(text);
        Parallel.For(0, 64, _ => Assert.Equal(expected, matcher.Match(text)));
    }
}
