using Sitrep.Core.Metadata;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests.Metadata;

public class DateExpressionsTests
{
    private static DateRange R(int y1, int m1, int d1, int y2, int m2, int d2) => new(new(y1, m1, d1), new(y2, m2, d2));

    [Theory]
    [InlineData("June 24-30, 2020", null, 2020, 6, 24, 2020, 6, 30)]
    [InlineData("July 8 - 14, 2020", null, 2020, 7, 8, 2020, 7, 14)]
    [InlineData("July 29 - Aug. 5, 2020", null, 2020, 7, 29, 2020, 8, 5)]
    [InlineData("Aug. 19-25", 2020, 2020, 8, 19, 2020, 8, 25)]
    [InlineData("July 08-14", 2020, 2020, 7, 8, 2020, 7, 14)]
    [InlineData("Jun 25-26", 2020, 2020, 6, 25, 2020, 6, 26)]
    [InlineData("Sept 3", 2019, 2019, 9, 3, 2019, 9, 3)]
    [InlineData("June 24, 2020", null, 2020, 6, 24, 2020, 6, 24)]
    [InlineData("24 June 2020", null, 2020, 6, 24, 2020, 6, 24)]
    [InlineData("2020-06-24", null, 2020, 6, 24, 2020, 6, 24)]
    [InlineData("Dec. 29 - Jan. 4, 2021", null, 2020, 12, 29, 2021, 1, 4)]
    [InlineData("Mar 7 - Mar 8", 2021, 2021, 3, 7, 2021, 3, 8)]
    public void Parses_periods(string text, int? year, int y1, int m1, int d1, int y2, int m2, int d2) =>
        Assert.Equal(R(y1, m1, d1, y2, m2, d2), DateExpressions.ParsePeriod(text, year));

    [Theory]
    [InlineData("Jun 25-26")]
    [InlineData("sometime in June")]
    [InlineData("June 31, 2020")]
    [InlineData("May 2020")]
    public void No_range_without_a_year_or_a_real_day(string text) => Assert.Null(DateExpressions.ParsePeriod(text));

    [Fact]
    public void Finds_expressions_in_running_text_with_spans()
    {
        const string text = "Report: August 19-25, 2020. Forces moved on 3 July 2020 and on Aug. 1; 168 of 329 attended in May.";
        var found = DateExpressions.FindAll(text);
        Assert.Equal(["August 19-25, 2020", "3 July 2020", "Aug. 1"], found.Select(e => e.Span.Slice(text).ToString()));
        Assert.True(found[0].IsRange);
        Assert.Null(found[2].Year);
    }

    [Fact]
    public void An_item_number_before_a_month_is_not_a_day()
    {
        const string text = "1    July 08-14: Protests grew.";
        Assert.Equal("July 08-14", DateExpressions.FindAll(text).Single().Span.Slice(text).ToString());
    }

    [Theory]
    // The latest year is 2019 and its latest dated mention (October 2019) falls after June: June is in 2020.
    [InlineData("Rocket attacks since October 2019 continued.", 6, 24, 2020)]
    // The latest year (2020) has no dated mention after July; November 2019 is an earlier year.
    [InlineData("Capacity fell between 2019 and 2020 after the November 2019 crackdown.", 7, 8, 2020)]
    [InlineData("A deal signed in March 2021 took effect.", 4, 2, 2021)]
    [InlineData("No years at all.", 4, 2, null)]
    public void Infers_a_missing_year(string text, int month, int day, int? expected) =>
        Assert.Equal(expected, DateExpressions.InferYear(text, month, day));

    [Fact]
    public void Formats_ranges_for_titles()
    {
        Assert.Equal("June 24-30, 2020", DateExpressions.Format(R(2020, 6, 24, 2020, 6, 30)));
        Assert.Equal("July 29 - August 5, 2020", DateExpressions.Format(R(2020, 7, 29, 2020, 8, 5)));
        Assert.Equal("June 24, 2020", DateExpressions.Format(R(2020, 6, 24, 2020, 6, 24)));
    }
}
