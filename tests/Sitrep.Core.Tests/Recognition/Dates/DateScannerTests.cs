using System.Text;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Dates;

/// <summary>
/// The trigger-driven <see cref="DateScanner"/> must find exactly the matches of the plain regex scan over the
/// whole range (same positions, same lengths, same order), whatever the text and the range.
/// </summary>
public sealed class DateScannerTests
{
    private static readonly string[] Vocabulary =
    [
        "June", "Jun.", "Sept.", "Sept", "May", "may", "March", "march", "Monday", "Tues.", "Wednesday,", "Thurs", "Sat.", "Wed.,",
        "early", "Early", "mid", "mid-", "late", "the", "The", "end", "beginning", "start", "middle", "of", "in", "In", "on",
        "since", "Since", "during", "by", "until", "before", "after", "between", "Between", "from", "From", "and", "to", "till",
        "through", "2019", "2020", "1999", "2101", "12", "25th", "3", "31", "32", "07", "1/5/2012", "13/5/2012", "2020-06-25",
        "-", "\u2013", "\u2014", "summer", "Summer", "fall", "Fall", "autumn", "spring", "winter", "this", "last", "Last",
        "next", "today", "Today", "yesterday", "tonight", "day", "following", "previous", "same", "prior", "a", "A", "an",
        "few", "couple", "two", "Two", "ten", "several", "days", "weeks", "week", "months", "month", "year", "years", "later",
        "ago", "earlier", "afterwards", "past", "people", "killed", "\u0663", "\u0665", "Iraq", "x", "Marine", "Mayor", "holiday",
        "in the middle of", "in the beginning of", "of the end of", "in a couple of", "during a couple of", "a few",
        "since the early", "on the next", "on last", "earlier this", "later this", "the previous", "from the start of",
        // Digits where no date can start (counts, codes) next to ones where one can: the scanner skips the first kind.
        "5", "45", "150", "12345", "1950", "1500", "2nd", "1st", "5star", "3rd.", "or", "(five)", "Kirkuk", "\u0663\u0665",
        "\u2010", "12/", "7-", "9,", "Jan", "of June",
        // Trigger words inside other words, or where no date form takes them: the scanner skips those too.
        "Maysan", "Separately", "Fallujah", "Decision", "Janabi", "AlJanabi", "midsummer", "rainfall", "Summers", "Tonights",
        "weekly", "weekend", "midweek", "yearly", "monthly", "months.", "weeks,", "years", "Mayday", "Junes", "Sept.", "Marc",
        "detainees", "members", "of", "day5", "week5", "Tuesday", "yesterday", "5days", "prior", "afterward", "\u2028", "\t",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "", ", ", "\n", "-", ". ", "  ", " - ", "\u00a0", ".,"];

    [Fact]
    public void Finds_the_same_matches_as_the_plain_regex_scan()
    {
        var random = new Random(20200706);
        for (var i = 0; i < 20000; i++)
        {
            var text = RandomText(random);
            AssertSame(text, new TextSpan(0, text.Length));
            var a = random.Next(text.Length + 1);
            AssertSame(text, new TextSpan(a, a + random.Next(text.Length - a + 1)));
        }
    }

    [Theory]
    [InlineData("Fighting resumed in the middle of June and again in the beginning of 2019.")]
    [InlineData("He returned in a couple of days later; during a couple of weeks ago, from the start of March.")]
    [InlineData("xin the middle of June, 5in a couple of days later, Wednesday, June 25 - July 26, 2020")]
    [InlineData("since the early summer of 2020 and on the next day, on last Wednesday, earlier this month")]
    [InlineData("between 12 and 18 June; 5 Jun 25-26: from June 12 to 18, 2020; 01/05/2012 and 2020-06-25")]
    public void Finds_the_same_matches_on_long_prefixes(string text)
    {
        for (var a = 0; a <= text.Length; a++)
        {
            AssertSame(text, new TextSpan(a, text.Length));
            AssertSame(text, new TextSpan(0, a));
        }
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var n = random.Next(1, 25);
        for (var k = 0; k < n; k++)
        {
            if (k > 0) sb.Append(Separators[random.Next(Separators.Length)]);
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }
        return sb.ToString();
    }

    private static void AssertSame(string text, TextSpan range)
    {
        var expected = new List<(int, int)>();
        for (var m = DatePattern.Regex().Match(text, range.Start, range.Length); m.Success; m = m.NextMatch()) expected.Add((m.Index, m.Length));
        var actual = new List<(int, int)>();
        var scanner = new DateScanner(text, range);
        while (scanner.Next() is { } m) actual.Add((m.Index, m.Length));
        Assert.True(expected.SequenceEqual(actual),
            $"\"{text}\" {range}: regex [{string.Join(", ", expected)}], scanner [{string.Join(", ", actual)}]");
    }
}
