using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Dates bounded by when the report was written, and undated sentences dated by the story they continue.</summary>
public class NarrativeDatingRulesTests
{
    private static readonly DateOnly August5 = new(2020, 8, 5);

    private static IReadOnlyList<EventMention> RunPublished(string text, DateOnly published) =>
        EventExtraction.Default.Run(new RawDocument { FileName = "t.txt", Format = "text", Text = text, Published = published }, "id").Events;

    [Fact]
    public void A_date_after_the_report_was_written_does_not_date_the_event()
    {
        // Published 2020-08-05: "in June 2021" names the plan, not when the date was set; the item's date stands.
        var e = Assert.Single(RunPublished(
            "Iraq Situation Report: July 28 - August 4, 2020\n\n" +
            "Key Takeaway: The government moved toward early elections this week.\n\n" +
            "3 Aug 2: Government Sets Election Date. The Iraqi government set a date for early elections in June 2021.\n", August5));
        Assert.Equal("other", e.Kind);
        Assert.Equal(new DateRange(new DateOnly(2020, 8, 2), new DateOnly(2020, 8, 2)), e.Date);
        Assert.Equal(DatePrecision.Day, e.TimePrecision);
    }

    [Fact]
    public void A_date_after_publication_does_not_date_an_event_in_an_article()
    {
        var e = Assert.Single(RunPublished("The government set a date for elections in June 2021.", August5));
        Assert.False(e.Date is { } d && d.End > August5, $"dated {e.Date}, after publication");
    }

    [Fact]
    public void An_undated_act_in_an_article_falls_back_to_the_publication_date()
    {
        var e = Assert.Single(RunPublished("The government set a date for elections in June 2021.", August5));
        Assert.Equal(new DateRange(August5, August5), e.Date);
    }

    [Fact]
    public void An_undated_sentence_takes_the_date_of_the_last_foreground_event_not_of_the_background_before_it()
    {
        var events = RunPublished(
            "Protesters rallied in Basra on July 4 against power cuts. " +
            "On January 3, a U.S. strike killed Qassem Soleimani in Baghdad. " +
            "Police arrested five men in Nasiriyah.", new DateOnly(2020, 7, 6));
        var background = Assert.Single(events, e => e.Date == Day(1, 3));
        Assert.True(background.Background);
        var arrest = Assert.Single(events, e => e.Kind == "arrest");
        Assert.Equal(Day(7, 4), arrest.Date);
        Assert.False(arrest.Background);
    }
}
