using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Tests.Segmentation;

public class DocumentSegmenterTests
{
    [Fact]
    public void Key_takeaway_is_the_labelled_paragraph_without_its_label()
    {
        var text = FakeNormaliser.Normalise(SitrepItemParserTests.Report);
        var segments = new DocumentSegmenter().Segment(text);
        Assert.Equal("Clashes spread across the northeast while talks stalled in Geneva. Both sides blamed the other.",
            segments.KeyTakeaway!.Value.Slice(text.Text).ToString());
    }

    [Theory]
    [InlineData("Key Takeaways - Turnout fell.\n\nMore text.", "Turnout fell.")]
    [InlineData("Intro.\n\nBottom line: Talks failed.", "Talks failed.")]
    [InlineData("Summary: Quiet week.\n1 Jun 2: Next Item Here. Body.", "Quiet week.")]
    [InlineData("Listen to our podcast on all apps. Key Takeaway: Talks failed. Fighting resumed.\n\n1 Jun 2: Item Here. Body.", "Talks failed. Fighting resumed.")]
    public void Key_takeaway_labels(string text, string expected) =>
        Assert.Equal(expected, KeyTakeawayFinder.Find(text)!.Value.Slice(text).ToString());

    [Fact]
    public void Summary_as_an_ordinary_word_is_not_a_label() =>
        Assert.Null(KeyTakeawayFinder.Find("Summary executions were reported in the district."));

    [Fact]
    public void Sentences_never_cross_from_one_item_into_the_next()
    {
        var text = FakeNormaliser.Normalise(SitrepItemParserTests.Report);
        var segments = new DocumentSegmenter().Segment(text);
        foreach (var sentence in segments.Sentences)
            foreach (var item in segments.Items)
                Assert.True(item.Span.Contains(sentence.Span) || !item.Span.Overlaps(sentence.Span), $"{sentence.Span} crosses item {item.Number}");
        Assert.Contains(segments.Sentences, s => s.Span.Slice(text.Text).ToString() == "He demanded the release of 12 fighters.");
        // Item 2 has a blank line inside its headline: inside items that is layout, not a paragraph.
        Assert.Contains(segments.Sentences, s => s.Span.Slice(text.Text).ToString() == "2 Mar 3: Militia Leader Threatens\n\nGovernment over Arrests.");
        Assert.Contains(segments.Sentences, s => s.Span.Slice(text.Text).ToString() == "Endnotes");
    }

    [Fact]
    public void Index_sections_are_headings_with_periods_and_their_paragraphs()
    {
        const string text = "Yemen Weekly\n\nYemen Update: May 3-9, 2021\n\nFighting near Marib intensified. Talks resumed.\n\nA second paragraph.\n\n" +
                            "Yemen Update May 10 - 16, 2021\nHouthi drones targeted Jizan.\n\nThe attack on June 4, 2021\n\nclosing words";
        var sections = IndexSectionFinder.Find(text);
        Assert.Equal(["Yemen Update: May 3-9, 2021", "Yemen Update May 10 - 16, 2021", "The attack on June 4, 2021"], sections.Select(s => s.Heading));
        Assert.Equal("Fighting near Marib intensified. Talks resumed.\n\nA second paragraph.", sections[0].BodySpan.Slice(text).ToString());
        Assert.Equal("Houthi drones targeted Jizan.", sections[1].BodySpan.Slice(text).ToString());
    }

    [Fact]
    public void Date_lines_and_sentences_with_dates_are_not_headings()
    {
        Assert.Empty(IndexSectionFinder.Find("July 6, 2020\n\nTitle\n\nForces withdrew on June 30. Talks continue.\n\nIt ended on June 30."));
    }
}
