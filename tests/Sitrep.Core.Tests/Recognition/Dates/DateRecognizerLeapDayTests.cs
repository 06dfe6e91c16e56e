using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Dates;

namespace Sitrep.Core.Tests.Recognition.Dates;

public sealed class DateRecognizerLeapDayTests
{
    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2021)]
    public void A_year_less_leap_day_never_throws_and_lands_on_a_leap_year(int year)
    {
        var context = new DateContext(new DateOnly(year, 6, 1), null);
        var mentions = new DateRecognizer().Recognize("The council first met on February 29 and again in May.", context);
        var leap = mentions.FirstOrDefault(m => m.Text.Contains("February 29"));
        if (leap is not null) Assert.True(DateTime.IsLeapYear(leap.Range.Start.Year));
    }
}
