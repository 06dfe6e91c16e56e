using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Dates;

public sealed class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new();

    // A weekly report for Wed March 4 - Tue March 10, 2021, published Thursday March 11, 2021.
    private static readonly DateContext Weekly = new(D("2021-03-11"), new DateRange(D("2021-03-04"), D("2021-03-10")));
    private static readonly DateContext PublishedOnly = new(D("2021-03-11"), null);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<DateMention> Find(string text, DateContext? context = null)
    {
        var found = Recognizer.Recognize(text, context ?? Weekly);
        foreach (var m in found) Assert.Equal(m.Text, m.Span.Slice(text).ToString()); // offsets are exact
        return found;
    }

    private static DateMention Single(string text, DateContext? context = null)
    {
        var found = Find(text, context);
        Assert.True(found.Count == 1, $"expected one date in \"{text}\", got [{string.Join("; ", found.Select(f => f.Text))}]");
        return found[0];
    }

    private static void AssertDate(string text, string expectedText, string start, string end, DatePrecision precision, DateContext? context = null, bool relative = false)
    {
        var m = Single(text, context);
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(new DateRange(D(start), D(end)), m.Range);
        Assert.Equal(precision, m.Precision);
        Assert.Equal(relative, m.Relative);
    }

    [Theory]
    [InlineData("Gunmen opened fire on March 2, 2021, near the market.", "March 2, 2021", "2021-03-02")]
    [InlineData("The council met on 9 March 2021 in Erbil.", "9 March 2021", "2021-03-09")]
    [InlineData("A convoy was hit on Mar 7 outside Tikrit.", "Mar 7", "2021-03-07")]
    [InlineData("A convoy was hit on Mar. 7 outside Tikrit.", "Mar. 7", "2021-03-07")]
    [InlineData("Elections were held on Sept. 3 despite boycotts.", "Sept. 3", "2020-09-03")] // not after publication
    [InlineData("Logged as 2021-03-05 in the register.", "2021-03-05", "2021-03-05")]
    [InlineData("03/05/2021: Two rockets struck a base.", "03/05/2021", "2021-03-05")]
    [InlineData("The minister spoke on Saturday, March 6, 2021, at a rally.", "Saturday, March 6, 2021", "2021-03-06")]
    [InlineData("Police said on March 8th that the road reopened.", "March 8th", "2021-03-08")]
    [InlineData("A parade on the 9th of March drew crowds.", "9th of March", "2021-03-09")]
    public void Absolute_days(string text, string expected, string day) =>
        AssertDate(text, expected, day, day, DatePrecision.Day);

    [Theory]
    [InlineData("Clashes on Mar 4-5 left the area tense.", "Mar 4-5", "2021-03-04", "2021-03-05")]
    [InlineData("Raids in March 04-09 targeted cells.", "March 04-09", "2021-03-04", "2021-03-09")]
    [InlineData("Talks ran March 8 - 12, 2021, in Amman.", "March 8 - 12, 2021", "2021-03-08", "2021-03-12")]
    [InlineData("Talks ran Feb. 26 - Mar. 3, 2021, in Amman.", "Feb. 26 - Mar. 3, 2021", "2021-02-26", "2021-03-03")]
    [InlineData("Curfews applied between March 1 and 6 in Basra.", "between March 1 and 6", "2021-03-01", "2021-03-06")]
    [InlineData("Curfews applied from March 1 to March 6 in Basra.", "from March 1 to March 6", "2021-03-01", "2021-03-06")]
    [InlineData("Curfews applied between February 22 and February 27 in Basra.", "between February 22 and February 27", "2021-02-22", "2021-02-27")]
    [InlineData("Strikes on 4-5 March 2021 hit depots.", "4-5 March 2021", "2021-03-04", "2021-03-05")]
    [InlineData("The period Dec. 29, 2020 - Jan. 4, 2021 was calm.", "Dec. 29, 2020 - Jan. 4, 2021", "2020-12-29", "2021-01-04")]
    public void Day_ranges(string text, string expected, string start, string end) =>
        AssertDate(text, expected, start, end, DatePrecision.Range);

    [Fact]
    public void A_same_day_range_is_a_day() =>
        AssertDate("It happened Mar 5-5.", "Mar 5-5", "2021-03-05", "2021-03-05", DatePrecision.Day);

    [Fact]
    public void And_without_between_is_two_days_not_a_range()
    {
        var found = Find("Attacks on March 2 and 6 hit convoys.");
        Assert.Equal(["March 2"], found.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Protests began in October 2019 in Baghdad.", "October 2019", "2019-10-01", "2019-10-31")]
    [InlineData("Protests began in November 2019.", "November 2019", "2019-11-01", "2019-11-30")]
    [InlineData("Ahead of the June 2021 elections, parties met.", "June 2021", "2021-06-01", "2021-06-30")]
    [InlineData("The law was passed in 2018 after delays.", "2018", "2018-01-01", "2018-12-31")]
    [InlineData("Funding rose between 2019 and 2020 overall.", "between 2019 and 2020", "2019-01-01", "2020-12-31")]
    [InlineData("Attacks peaked in early 2020 along the border.", "early 2020", "2020-01-01", "2020-04-30")]
    [InlineData("Attacks peaked in late 2019 along the border.", "late 2019", "2019-09-01", "2019-12-31")]
    [InlineData("Attacks peaked by mid-2020 along the border.", "mid-2020", "2020-05-01", "2020-08-31")]
    [InlineData("Attacks peaked at the end of 2019 in Anbar.", "the end of 2019", "2019-09-01", "2019-12-31")]
    [InlineData("Fighting resumed in late February 2021.", "late February 2021", "2021-02-21", "2021-02-28")]
    [InlineData("Fighting resumed in mid-February.", "mid-February", "2021-02-11", "2021-02-20")]
    [InlineData("Power cuts worsened during the summer in Basra.", "the summer", "2020-06-01", "2020-08-31")]
    [InlineData("Power cuts worsened in summer 2019 in Basra.", "summer 2019", "2019-06-01", "2019-08-31")]
    [InlineData("The vote was delayed in May, officials said.", "May", "2020-05-01", "2020-05-31")]
    [InlineData("Borders shut in February after the outbreak.", "February", "2021-02-01", "2021-02-28")]
    public void Months_years_and_seasons(string text, string expected, string start, string end) =>
        AssertDate(text, expected, start, end, DatePrecision.Month);

    [Theory]
    [InlineData("Tensions may align the blocs before the vote.")]
    [InlineData("Officials said they May reconsider.")]
    [InlineData("Supporters plan a march to Tahrir Square.")]
    [InlineData("Supporters will March on the capital.")]
    [InlineData("The march in March Square was small.")]
    [InlineData("Police arrested 14 KH members in a raid.")]
    [InlineData("Guards fired 23 mm rounds at the drone.")]
    [InlineData("The budget is 4.19 billion USD this time.")]
    [InlineData("Health officials recorded 2,200 cases.")]
    [InlineData("The 2019 protests changed the country.")]
    [InlineData("Some 1,500 families returned to their homes.")]
    [InlineData("The fall of Mosul shocked the army.")]
    [InlineData("He spoke of the Arab Spring and its legacy.")]
    [InlineData("Route 1 and Highway 12 were closed.")]
    public void Not_dates(string text) => Assert.Empty(Find(text));

    [Theory]
    // Anchored on the period (Mar 4-10, 2021).
    [InlineData("The office said today that patrols resumed.", "today", "2021-03-04", "2021-03-10", DatePrecision.Range)]
    [InlineData("Officials confirmed yesterday that the road had reopened.", "yesterday", "2021-03-03", "2021-03-09", DatePrecision.Range)]
    [InlineData("A rocket landed near the base on Monday.", "Monday", "2021-03-08", "2021-03-08", DatePrecision.Day)]
    [InlineData("Tribal leaders met last week in Ramadi.", "last week", "2021-02-25", "2021-03-03", DatePrecision.Range)]
    [InlineData("Tribal leaders met this week in Ramadi.", "this week", "2021-03-04", "2021-03-10", DatePrecision.Range)]
    [InlineData("Tribal leaders met earlier this month in Ramadi.", "earlier this month", "2021-03-01", "2021-03-03", DatePrecision.Month)]
    [InlineData("Tribal leaders met last month in Ramadi.", "last month", "2021-02-01", "2021-02-28", DatePrecision.Month)]
    [InlineData("The cell was dismantled a few days earlier by police.", "a few days earlier", "2021-02-25", "2021-03-03", DatePrecision.Range)]
    [InlineData("A first round of talks took place a month ago in Baghdad.", "a month ago", "2021-01-28", "2021-02-11", DatePrecision.Month)]
    [InlineData("A pilgrim convoy was attacked three weeks ago near Samarra.", "three weeks ago", "2021-02-08", "2021-02-14", DatePrecision.Range)]
    public void Relative_to_the_period(string text, string expected, string start, string end, DatePrecision precision) =>
        AssertDate(text, expected, start, end, precision, Weekly, relative: true);

    [Theory]
    // Anchored on the publication date only (Thursday March 11, 2021).
    [InlineData("The ministry said today it would respond.", "today", "2021-03-11", "2021-03-11", DatePrecision.Day)]
    [InlineData("The ministry said yesterday it would respond.", "yesterday", "2021-03-10", "2021-03-10", DatePrecision.Day)]
    [InlineData("Protesters gathered on Monday in Nasiriyah.", "Monday", "2021-03-08", "2021-03-08", DatePrecision.Day)]
    [InlineData("Protesters gathered on Thursday in Nasiriyah.", "Thursday", "2021-03-11", "2021-03-11", DatePrecision.Day)]
    [InlineData("Protesters gathered last week in Nasiriyah.", "last week", "2021-03-04", "2021-03-10", DatePrecision.Range)]
    public void Relative_to_the_publication_date(string text, string expected, string start, string end, DatePrecision precision) =>
        AssertDate(text, expected, start, end, precision, PublishedOnly, relative: true);

    [Fact]
    public void The_item_date_anchors_before_the_period()
    {
        var context = Weekly with { ItemDate = new DateRange(D("2021-03-06"), D("2021-03-06")) };
        AssertDate("Militants fled the previous day.", "the previous day", "2021-03-05", "2021-03-05", DatePrecision.Day, context, relative: true);
    }

    [Fact]
    public void The_next_day_counts_from_the_last_explicit_date()
    {
        var found = Find("Security forces raided the house on March 5. The next day, the suspects were moved. Two days later they appeared in court.");
        Assert.Equal(["March 5", "The next day", "Two days later"], found.Select(f => f.Text));
        Assert.Equal(new DateRange(D("2021-03-06"), D("2021-03-06")), found[1].Range);
        Assert.Equal(DatePrecision.Day, found[1].Precision);
        Assert.True(found[1].Relative);
        Assert.Equal(new DateRange(D("2021-03-07"), D("2021-03-07")), found[2].Range);
    }

    [Fact]
    public void The_next_day_after_a_month_stays_month_level()
    {
        var found = Find("Crackdowns intensified in October 2019, and the cabinet resigned the following day.");
        Assert.Equal(new DateRange(D("2019-10-01"), D("2019-11-01")), found[1].Range);
        Assert.Equal(DatePrecision.Month, found[1].Precision);
    }

    [Fact]
    public void Since_runs_to_the_anchor_end()
    {
        AssertDate("Rocket attacks have continued since October 2019 against US sites.", "since October 2019", "2019-10-01", "2021-03-10", DatePrecision.Month, relative: true);
        AssertDate("The crossing has been closed since February 3 for repairs.", "since February 3", "2021-02-03", "2021-03-10", DatePrecision.Range, relative: true);
    }

    [Fact]
    public void A_year_less_date_takes_the_year_nearest_the_anchor_and_not_after_publication()
    {
        var january = new DateContext(D("2021-01-05"), null);
        AssertDate("The strike on December 28 killed two.", "December 28", "2020-12-28", "2020-12-28", DatePrecision.Day, january);
        var july = new DateContext(D("2021-07-20"), new DateRange(D("2021-07-14"), D("2021-07-20")));
        AssertDate("Talks resumed on January 4 in Amman.", "January 4", "2021-01-04", "2021-01-04", DatePrecision.Day, july);
    }

    [Fact]
    public void A_deadline_may_lie_after_publication() =>
        AssertDate("The cabinet must reform the ministry by September.", "September", "2021-09-01", "2021-09-30", DatePrecision.Month);

    [Fact]
    public void Without_context_a_year_less_date_uses_the_years_in_the_text()
    {
        var found = Find("In 2017 the town was retaken. On June 3 a mass grave was found.", DateContext.None);
        Assert.Equal(["2017", "June 3"], found.Select(f => f.Text));
        Assert.Equal(D("2017-06-03"), found[1].Range.Start);
        Assert.Empty(Find("On June 3 a mass grave was found. Yesterday it was covered.", DateContext.None));
    }

    [Fact]
    public void A_month_day_after_an_item_number_is_the_date_not_the_number()
    {
        const string text = "4 Mar 6-7: Rockets hit a base. Details followed.";
        var m = Single(text);
        Assert.Equal("Mar 6-7", m.Text);
        Assert.Equal(2, m.Span.Start);
    }

    [Fact]
    public void The_range_overload_keeps_offsets_in_the_whole_text()
    {
        const string text = "Header: March 1, 2021. Body: the vote was on March 9, 2021 in Baghdad.";
        var start = text.IndexOf("Body", StringComparison.Ordinal);
        var found = Recognizer.Recognize(text, new TextSpan(start, text.Length), Weekly);
        var m = Assert.Single(found);
        Assert.Equal("March 9, 2021", m.Span.Slice(text).ToString());
        Assert.Equal(text.IndexOf("March 9", StringComparison.Ordinal), m.Span.Start);
    }

    [Fact]
    public void Relative_expressions_without_any_anchor_are_left_out() =>
        Assert.Empty(Find("The office said today that patrols resumed last week.", DateContext.None));
}
