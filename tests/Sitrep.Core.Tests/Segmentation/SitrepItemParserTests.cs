using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Tests.Segmentation;

public class SitrepItemParserTests
{
    // A synthetic weekly report in PDF order: items out of order, a headline over three lines, blank lines inside
    // an item (one inside its headline), abbreviations, CRLF and runs of spaces (the fake normaliser removes them),
    // a header after a single newline, and a trailer.
    internal const string Report =
        "Syria Situation Report: March 2-8, 2021\r\n\r\n" +
        "Key Takeaway: Clashes spread across the northeast while talks stalled in Geneva. Both sides blamed the other.\r\n\r\n" +
        "3   Mar 4: Lt. Gen. Hassan Visits\r\nFront Lines near Raqqa and Promises\r\nReinforcements. The general toured positions held since 2019.\r\nHe said reinforcements would arrive by Mar. 10.\r\n\r\n" +
        "1    Mar 2-3: Drone Strike Hits U.S. Base in Hasakah. A drone struck a logistics site. No casualties were reported.\r\n\r\n" +
        "2  Mar 3: Militia Leader Threatens\r\n\r\nGovernment over Arrests. The leader spoke on television.\r\n\r\nHe demanded the release of 12 fighters.\r\n\r\n" +
        "5   Mar 7 - Mar 8: Talks Stall in Geneva. Delegates left without a date for the next round.\r\n" +
        "4   March 5: Aid Convoy Reaches Idlib. Trucks crossed at Bab al-Hawa.\r\n\r\n" +
        "Endnotes\r\n\r\n[1] A source list.\r\n";

    private static IReadOnlyList<SitrepItem> Items() => new SitrepItemParser().Parse(FakeNormaliser.Normalise(Report));

    [Fact]
    public void Items_come_back_in_number_order_with_their_dates()
    {
        var items = Items();
        Assert.Equal([1, 2, 3, 4, 5], items.Select(i => i.Number));
        Assert.Equal(["Mar 2-3", "Mar 3", "Mar 4", "March 5", "Mar 7 - Mar 8"], items.Select(i => i.DateText));
    }

    [Fact]
    public void Headlines_run_over_lines_and_blank_lines_and_keep_abbreviations()
    {
        var items = Items();
        Assert.Equal("Drone Strike Hits U.S. Base in Hasakah", items[0].Headline);
        Assert.Equal("Militia Leader Threatens Government over Arrests", items[1].Headline);
        Assert.Equal("Lt. Gen. Hassan Visits Front Lines near Raqqa and Promises Reinforcements", items[2].Headline);
    }

    [Fact]
    public void Bodies_are_complete_and_contain_nothing_of_other_items()
    {
        var items = Items();
        Assert.Equal("A drone struck a logistics site. No casualties were reported.", items[0].Body);
        Assert.Equal("The leader spoke on television. He demanded the release of 12 fighters.", items[1].Body);
        Assert.Equal("The general toured positions held since 2019. He said reinforcements would arrive by Mar. 10.", items[2].Body);
        // Item 4 stops before the trailer; item 5 stops at item 4's header although only a single newline precedes it.
        Assert.Equal("Trucks crossed at Bab al-Hawa.", items[3].Body);
        Assert.Equal("Delegates left without a date for the next round.", items[4].Body);
        foreach (var a in items)
            foreach (var b in items)
                if (!ReferenceEquals(a, b)) Assert.False(a.Span.Overlaps(b.Span));
    }

    [Fact]
    public void Raw_spans_map_back_into_the_raw_text()
    {
        var text = FakeNormaliser.Normalise(Report);
        foreach (var item in new SitrepItemParser().Parse(text))
        {
            Assert.NotEqual(text.Text, text.Raw);
            Assert.Contains(item.Headline.Split(' ')[0], item.RawHeadlineSpan.Slice(Report).ToString());
            Assert.Equal(item.DateText, item.RawDateSpan.Slice(Report).ToString());
            Assert.StartsWith(item.Number.ToString(), item.RawSpan.Slice(Report).ToString());
            Assert.Equal(item.Body, Collapse(item.RawBodySpan.Slice(Report).ToString()));
            Assert.True(item.RawSpan.Contains(item.RawBodySpan) && item.RawSpan.Contains(item.RawHeadlineSpan));
        }
    }

    [Fact]
    public void Repeated_numbers_are_kept_in_document_order_and_missing_ones_are_not_invented()
    {
        const string text = "2 Jun 5: Second Late Item. Body b.\n\n1 Jun 1: First Item Here. Body a.\n\n2 Jun 3: Second Early Item. Body c.\n\n7 Jun 9: Seventh Item Here. Body d.";
        var items = new SitrepItemParser().Parse(FakeNormaliser.Identity(text));
        Assert.Equal([1, 2, 2, 7], items.Select(i => i.Number));
        Assert.Equal(["Jun 1", "Jun 5", "Jun 3", "Jun 9"], items.Select(i => i.DateText));
    }

    [Fact]
    public void A_headline_ends_at_its_period_even_before_a_lowercase_word()
    {
        // A badly repaired ligature can leave "fe group" (for "The group") after the headline.
        const string text = "4 Jun 25: Militia Claims June 19 Attack on U.S. Forces. fe group said so. More followed.";
        var item = new SitrepItemParser().Parse(FakeNormaliser.Identity(text)).Single();
        Assert.Equal("Militia Claims June 19 Attack on U.S. Forces", item.Headline);
        Assert.Equal("fe group said so. More followed.", item.Body);
    }

    [Fact]
    public void Text_without_item_markers_has_no_items()
    {
        Assert.Empty(new SitrepItemParser().Parse(FakeNormaliser.Identity("On 3 June forces advanced.\n\n12 fighters were killed on June 4.")));
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
