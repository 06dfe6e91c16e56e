using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Metadata;

/// <summary>
/// A date or period as written ("June 24-30, 2020", "Jun 25-26", "July 29 - Aug. 5, 2020", "24 June 2020", "2020-06-24").
/// <see cref="Year"/> is null when the text gives none; it belongs to the end of the period (as in "Dec. 29 - Jan. 4, 2021").
/// </summary>
public readonly record struct DateExpression(TextSpan Span, int StartMonth, int StartDay, int EndMonth, int EndDay, int? Year)
{
    public bool IsRange => StartMonth != EndMonth || StartDay != EndDay;

    /// <summary>The closed range, using <paramref name="fallbackYear"/> when the text gave no year; null if no year or not a real date.</summary>
    public DateRange? ToRange(int? fallbackYear = null)
    {
        var endYear = Year ?? fallbackYear;
        if (endYear is not { } y) return null;
        // A period that crosses new year is written with the end's year.
        var startYear = StartMonth > EndMonth ? y - 1 : y;
        if (!DateExpressions.TryMakeDate(startYear, StartMonth, StartDay, out var start)
            || !DateExpressions.TryMakeDate(y, EndMonth, EndDay, out var end)
            || end < start) return null;
        return new DateRange(start, end);
    }
}

/// <summary>Finds and parses date and period expressions; also infers a missing year from the years a text mentions.</summary>
public static partial class DateExpressions
{
    // Month names as written in reports; capitalised only, so "may" the verb is not a month.
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private const string Year = "(?:19|20)\\d{2}";
    private const string Dash = "[-\u2010\u2011\u2012\u2013\u2014]";

    [GeneratedRegex(
        "(?<![\\p{L}\\d])(?:" +
        // Month D[-[Month] D][, YYYY]
        $"(?<m1>{Month})\\.?\\s*(?<d1>\\d{{1,2}})(?:st|nd|rd|th)?(?:\\s*{Dash}\\s*(?:(?<m2>{Month})\\.?\\s*)?(?<d2>\\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\\s+(?<y>{Year}))?(?![\\d])" +
        // D[-D] Month [YYYY]; without a year it must not be followed by a digit ("1 July 08-14:" is an item marker)
        $"|(?<d1b>\\d{{1,2}})(?:\\s*{Dash}\\s*(?<d2b>\\d{{1,2}}))?\\s+(?<m1b>{Month})\\.?(?:,?\\s+(?<yb>{Year})(?!\\d)|(?![\\s.]*\\d))" +
        // ISO
        $"|(?<yi>{Year})-(?<mi>\\d{{2}})-(?<di>\\d{{2}})(?!\\d)" +
        ")(?!\\p{L})",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionRegex();

    [GeneratedRegex($"(?<![\\d,.\\-/])(?<y>{Year})(?![\\d])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    // "October 2019", "November 3, 2019": a mention that dates itself explicitly.
    [GeneratedRegex($"(?<![\\p{{L}}])(?<m>{Month})\\.?\\s+(?:(?<d>\\d{{1,2}}),?\\s+)?(?<y>{Year})(?!\\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    /// <summary>Every date or period expression in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DateExpression> FindAll(string text) => FindAll(text, new TextSpan(0, text.Length));

    /// <summary>Every date or period expression inside <paramref name="range"/>, spans relative to the whole text.</summary>
    public static IReadOnlyList<DateExpression> FindAll(string text, TextSpan range)
    {
        var result = new List<DateExpression>();
        var match = ExpressionRegex().Match(text, range.Start, range.Length);
        for (; match.Success; match = match.NextMatch())
            if (TryRead(match, out var e)) result.Add(e);
        return result;
    }

    /// <summary>Parses a text that is exactly one expression (surrounding whitespace allowed).</summary>
    public static bool TryParse(string text, out DateExpression expression)
    {
        expression = default;
        var trimmed = text.AsSpan().Trim();
        var offset = text.Length - text.AsSpan().TrimStart().Length;
        var match = ExpressionRegex().Match(text, offset, trimmed.Length);
        return match.Success && match.Index == offset && match.Length == trimmed.Length && TryRead(match, out expression);
    }

    /// <summary>Parses a period such as "Jun 25-26" into a range, using <paramref name="fallbackYear"/> if the text has no year.</summary>
    public static DateRange? ParsePeriod(string text, int? fallbackYear = null) =>
        TryParse(text, out var e) ? e.ToRange(fallbackYear) : null;

    /// <summary>Month number (1-12) of a full or abbreviated English month name, 0 if none.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return 0;
        Span<char> k = stackalloc char[3];
        for (var i = 0; i < 3; i++) k[i] = char.ToLowerInvariant(name[i]);
        return k switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>English month name, as used in synthesised titles.</summary>
    public static string MonthName(int month) => month switch
    {
        1 => "January", 2 => "February", 3 => "March", 4 => "April", 5 => "May", 6 => "June",
        7 => "July", 8 => "August", 9 => "September", 10 => "October", 11 => "November", 12 => "December",
        _ => throw new ArgumentOutOfRangeException(nameof(month)),
    };

    /// <summary>"June 24-30, 2020", "July 29 - August 5, 2020", "June 24, 2020", "December 29, 2020 - January 4, 2021".</summary>
    public static string Format(DateRange range)
    {
        var (s, e) = (range.Start, range.End);
        if (s == e) return $"{MonthName(s.Month)} {s.Day}, {s.Year}";
        if (s.Year != e.Year) return $"{MonthName(s.Month)} {s.Day}, {s.Year} - {MonthName(e.Month)} {e.Day}, {e.Year}";
        if (s.Month != e.Month) return $"{MonthName(s.Month)} {s.Day} - {MonthName(e.Month)} {e.Day}, {e.Year}";
        return $"{MonthName(s.Month)} {s.Day}-{e.Day}, {e.Year}";
    }

    /// <summary>
    /// The year of an undated month-day in a text that mentions years elsewhere: Y is the latest year mentioned;
    /// if the latest explicitly dated mention (month + year) falls in Y after the month-day, the month-day must be
    /// in the following year (a weekly report written after "October 2019" that says "Jun 24" means June 2020).
    /// Null when the text mentions no year.
    /// </summary>
    public static int? InferYear(string text, int month, int day)
    {
        var latest = 0;
        for (var m = YearRegex().Match(text); m.Success; m = m.NextMatch())
            latest = Math.Max(latest, int.Parse(m.Groups["y"].ValueSpan));
        if (latest == 0) return null;

        var latestDated = (Year: 0, Month: 0, Day: 0);
        for (var m = MonthYearRegex().Match(text); m.Success; m = m.NextMatch())
        {
            var y = int.Parse(m.Groups["y"].ValueSpan);
            var mo = MonthNumber(m.Groups["m"].ValueSpan);
            var d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].ValueSpan) : 1;
            if ((y, mo, d).CompareTo(latestDated) > 0) latestDated = (y, mo, d);
        }
        if (latestDated.Year == latest && (month, day).CompareTo((latestDated.Month, latestDated.Day)) < 0) return latest + 1;
        return latest;
    }

    internal static bool TryMakeDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryRead(Match m, out DateExpression e)
    {
        e = default;
        var span = new TextSpan(m.Index, m.Index + m.Length);
        var g = m.Groups;
        int sm, sd, em, ed;
        int? year = null;
        if (g["m1"].Success)
        {
            sm = MonthNumber(g["m1"].ValueSpan);
            sd = int.Parse(g["d1"].ValueSpan);
            em = g["m2"].Success ? MonthNumber(g["m2"].ValueSpan) : sm;
            ed = g["d2"].Success ? int.Parse(g["d2"].ValueSpan) : sd;
            if (g["y"].Success) year = int.Parse(g["y"].ValueSpan);
        }
        else if (g["m1b"].Success)
        {
            sm = em = MonthNumber(g["m1b"].ValueSpan);
            sd = int.Parse(g["d1b"].ValueSpan);
            ed = g["d2b"].Success ? int.Parse(g["d2b"].ValueSpan) : sd;
            if (g["yb"].Success) year = int.Parse(g["yb"].ValueSpan);
        }
        else
        {
            year = int.Parse(g["yi"].ValueSpan);
            sm = em = int.Parse(g["mi"].ValueSpan);
            sd = ed = int.Parse(g["di"].ValueSpan);
        }
        // Validate month/day against a leap year so "Feb 29" without a year survives.
        if (!TryMakeDate(2020, sm, sd, out _) || !TryMakeDate(2020, em, ed, out _)) return false;
        if (sm == em && ed < sd) return false;
        e = new DateExpression(span, sm, sd, em, ed, year);
        return true;
    }
}
