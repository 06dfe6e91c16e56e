using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        new SentenceSplitter().Split(text).Select(s => s.Span.Slice(text).ToString()).ToArray();

    [Theory]
    [InlineData("Lt. Gen. Karim Nouri spoke in Mosul. He said more was coming.", 2)]
    [InlineData("Brig. Gen. Saad Ali and Col. Hani Omar met Dr. Layla Aziz. Maj. Tariq was absent.", 2)]
    [InlineData("The shell landed 4.38 km from the gate. Nobody was hurt.", 2)]
    [InlineData("They left at 5 p.m. and returned later.", 1)]
    [InlineData("Militias, e.g. Saraya Salam, deployed. Police watched.", 2)]
    [InlineData("Resolution No. 12 passed. Debate ended.", 2)]
    [InlineData("On Aug. 5 the council met. Later it adjourned.", 2)]
    [InlineData("The letter came from A. B. Hamdan of Basra. It was short.", 2)]
    [InlineData("Who fired first? Nobody knows! The inquiry goes on.", 3)]
    [InlineData("The session ended on June 8. 168 deputies attended.", 2)]
    [InlineData("Convoys of trucks, tankers, etc. were stopped at the border.", 1)]
    [InlineData("Acme vs. Globex was settled. Both sides agreed.", 2)]
    public void Counts_sentences(string text, int expected) => Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Country_abbreviations_split_only_before_a_sentence_opener()
    {
        Assert.Single(Split("A U.S. Embassy spokesperson declined to comment."));
        Assert.Equal(["Rockets struck near the U.S.", "The embassy was closed."], Split("Rockets struck near the U.S. The embassy was closed."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["He told reporters “we will respond.”", "(The statement was later deleted.)", "Then calm returned."],
            Split("He told reporters “we will respond.” (The statement was later deleted.) Then calm returned."));
    }

    [Fact]
    public void Paragraph_breaks_always_end_a_sentence_and_spans_are_trimmed()
    {
        var text = "  Weekly Summary: Nineveh  \n\nGunmen attacked a checkpoint near Sinjar\n \nNo group claimed it. ";
        Assert.Equal(["Weekly Summary: Nineveh", "Gunmen attacked a checkpoint near Sinjar", "No group claimed it."], Split(text));
    }

    [Fact]
    public void A_row_of_stars_is_not_a_bullet() => Assert.Equal(["* * *"], Split("* * *"));

    [Fact]
    public void A_single_newline_inside_a_paragraph_is_a_space()
    {
        Assert.Single(Split("Forces entered the\ndistrict before dawn."));
    }

    [Fact]
    public void Bullet_lines_are_sentences_without_the_glyph()
    {
        var text = "Key points:\n  • The council met without quorum\n  • Turnout was low. it rained\n- Security held.";
        Assert.Equal(["Key points:", "The council met without quorum", "Turnout was low. it rained", "Security held."], Split(text));
    }

    [Fact]
    public void Range_split_reports_offsets_in_the_whole_text()
    {
        const string text = "Ignore this. Take this one. And this.";
        var sentences = new SentenceSplitter().Split(text, new(13, text.Length));
        Assert.Equal([new(13, 27), new(28, 37)], sentences.Select(s => s.Span).ToArray());
    }

    [Fact]
    public void First_sentence_can_read_a_blank_line_as_a_space()
    {
        const string text = "Militia Leader Threatens\n\nGovernment Over Arrests. The leader spoke.";
        var soft = new SentenceSplitter().FirstSentence(text, 0, text.Length, paragraphBreaksEnd: false)!.Value;
        var hard = new SentenceSplitter().FirstSentence(text, 0, text.Length, paragraphBreaksEnd: true)!.Value;
        Assert.Equal("Militia Leader Threatens\n\nGovernment Over Arrests.", soft.Slice(text).ToString());
        Assert.Equal("Militia Leader Threatens", hard.Slice(text).ToString());
    }

    [Fact]
    public void Empty_and_whitespace_give_nothing()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split(" \n\n \t"));
    }
}
