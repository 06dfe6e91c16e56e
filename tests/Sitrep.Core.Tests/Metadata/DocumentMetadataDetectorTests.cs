using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Tests.Segmentation;

namespace Sitrep.Core.Tests.Metadata;

public class DocumentMetadataDetectorTests
{
    private static DocumentMetadata Detect(string text, RawDocument? reader = null)
    {
        var normalised = FakeNormaliser.Identity(text);
        return new DocumentMetadataDetector().Detect(normalised, new DocumentSegmenter().Segment(normalised), reader);
    }

    private static RawDocument Reader(string? title = null, string? site = null, DateOnly? published = null) =>
        new() { FileName = "x.html", Format = "html", Text = "", Title = title, SiteName = site, Published = published };

    private const string Sitrep =
        "For more on Yemen, see the Critical Threats podcast.\n\n" +
        "Key Takeaway: Fighting around Marib escalated after the attacks of January 2021 in Yemen.\n\n" +
        "2 Mar 4: Houthis Strike Saudi Oil Facility. Drones hit a terminal.\n\n" +
        "1 Mar 2: Government Forces Retake Hill near Marib. The hill changed hands twice.\n\n" +
        "3 Mar 5-7: Talks Resume in Muscat. Envoys met in Oman and in Yemen.\n";

    [Fact]
    public void Situation_report_without_a_title_gets_one_from_country_and_period()
    {
        var meta = Detect(Sitrep);
        Assert.Equal(DocumentKind.SituationReport, meta.Kind);
        Assert.Equal(new DateRange(new(2021, 3, 2), new(2021, 3, 7)), meta.Period);
        Assert.Equal("Yemen Situation Report: March 2-7, 2021", meta.Title);
        Assert.Equal("Critical Threats Project", meta.Source);
        Assert.Null(meta.Published);
    }

    [Fact]
    public void The_published_year_fixes_item_dates_when_known()
    {
        var meta = Detect(Sitrep, Reader(published: new DateOnly(2022, 3, 9)));
        Assert.Equal(new DateRange(new(2022, 3, 2), new(2022, 3, 7)), meta.Period);
    }

    [Fact]
    public void A_situation_report_title_with_a_period_gives_kind_and_period()
    {
        var meta = Detect("Libya Situation Report: May 4-10, 2021\n\nKey Takeaway: Clashes in Tripoli.\n\nMore text follows here.");
        Assert.Equal(DocumentKind.SituationReport, meta.Kind);
        Assert.Equal("Libya Situation Report: May 4-10, 2021", meta.Title);
        Assert.Equal(new DateRange(new(2021, 5, 4), new(2021, 5, 10)), meta.Period);
    }

    [Fact]
    public void Web_article_title_is_the_repeated_headline_past_site_furniture()
    {
        const string text = "Skip to content\nMiddle East Eye\nIndependent Reporting on the Region Every Day\n\n" +
                            "Protesters Storm Provincial Council in Basra\n\nFiled under: Iraq\n\n" +
                            "Protesters Storm Provincial Council in Basra\nA photo caption here\n\nHundreds gathered on Friday. Police fired tear gas.";
        var meta = Detect(text);
        Assert.Equal(DocumentKind.Article, meta.Kind);
        Assert.Equal("Protesters Storm Provincial Council in Basra", meta.Title);
        Assert.Equal("Middle East Eye", meta.Source);
    }

    [Fact]
    public void Without_a_repeat_the_first_title_case_line_past_the_tagline_is_the_title()
    {
        const string text = "Menu\nRudaw\nNews From Kurdistan and the World\n\nPeshmerga Receive New Salaries From Baghdad\n\nErbil received the transfer on Sunday.";
        var meta = Detect(text);
        Assert.Equal("Peshmerga Receive New Salaries From Baghdad", meta.Title);
        Assert.Equal("Rudaw", meta.Source);
    }

    [Fact]
    public void Brief_with_a_date_line_gives_kind_title_and_published()
    {
        const string text = "March 3, 2021\n\nIntelBrief: Militias Test the New Government\n\n  • Attacks rose sharply.\n\nThe week saw attacks. Reuters reported more.";
        var meta = Detect(text);
        Assert.Equal(DocumentKind.Brief, meta.Kind);
        Assert.Equal("IntelBrief: Militias Test the New Government", meta.Title);
        Assert.Equal(new DateOnly(2021, 3, 3), meta.Published);
        Assert.Equal("The Soufan Center", meta.Source);
    }

    [Fact]
    public void Index_page_spans_its_headings()
    {
        const string text = "Libya Weekly Updates\n\nLibya Update: June 1-7, 2021\n\nQuiet week.\n\nLibya Update: May 25-31, 2021\n\nClashes in Sirte.\n\n" +
                            "Libya Update: May 18 - 24, 2021\n\nTalks in Geneva.";
        var meta = Detect(text);
        Assert.Equal(DocumentKind.IndexPage, meta.Kind);
        Assert.Equal("Libya Weekly Updates", meta.Title);
        Assert.Equal(new DateRange(new(2021, 5, 18), new(2021, 6, 7)), meta.Period);
    }

    [Fact]
    public void Reader_metadata_wins()
    {
        var meta = Detect("Skip to content\nSome Other Heading Here Today\n\nText by Reuters.", Reader("Reader Title", "Shafaq News", new DateOnly(2021, 1, 2)));
        Assert.Equal("Reader Title", meta.Title);
        Assert.Equal("Shafaq News", meta.Source);
        Assert.Equal(new DateOnly(2021, 1, 2), meta.Published);
        Assert.Equal(DocumentKind.Article, meta.Kind);
    }

    [Fact]
    public void Reader_is_used_through_the_pipeline_interface()
    {
        IMetadataDetector detector = new DocumentMetadataDetector();
        var text = FakeNormaliser.Identity("A Plain Article Title Here\n\nBody text.");
        var meta = detector.Detect(Reader(site: "isw"), text, new DocumentSegmenter().Segment(text));
        Assert.Equal("Institute for the Study of War", meta.Source);
        Assert.Equal("A Plain Article Title Here", meta.Title);
    }

    [Theory]
    [InlineData("Iraqi Forces Retake Border Crossing from Militias", true)]
    [InlineData("IntelBrief: Iraq Fails to Rein in Militias", true)]
    [InlineData("forces retake the crossing", false)]
    [InlineData("Forces retake the border crossing from militias", false)]
    public void Title_case(string line, bool expected) => Assert.Equal(expected, DocumentMetadataDetector.IsTitleCase(line));

    [Fact]
    public void Publishers_are_found_by_possessive_or_abbreviation()
    {
        Assert.Equal("Institute for the Study of War", KnownPublishers.FindFirst("see ISW’s new podcast")!.Value.Publisher.Name);
        Assert.Null(KnownPublishers.FindFirst("anti-ISIS forces and ISWAP"));
        Assert.Equal("Kurdistan 24", KnownPublishers.FindFirst("told Kurdistan24 on Monday")!.Value.Publisher.Name);
    }
}
