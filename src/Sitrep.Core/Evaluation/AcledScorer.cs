using System.Globalization;

namespace Sitrep.Core.Evaluation;

/// <summary>One row of an ACLED export as score.py reads it (the CSV's strings); its document id is <see cref="EventIdCnty"/>.</summary>
public sealed record AcledIncident(string EventIdCnty, string EventDate, string EventType, string SubEventType, string Admin1,
    string Latitude, string Longitude, string Fatalities);

/// <summary>score.py's <c>score_acled</c>: per row, whether any prediction for it has the type, sub-type, date, governorate, a point within 25 km, and whether their fatalities sum to the row's.</summary>
public static class AcledScorer
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static RowScore Score(IReadOnlyList<AcledIncident> rows, IEnumerable<EventRecord> predictions) =>
        RowScorer.Score("acled", rows, (r, _) => r.EventIdCnty, predictions,
        [
            ("event_type", (r, ps) => ps.Any(p => p.EventType == r.EventType)),
            ("sub_event_type", (r, ps) => ps.Any(p => p.SubEventType == r.SubEventType)),
            ("date", (r, ps) => ps.Any(p => p.DateStart == IsoDate(r.EventDate))),
            ("admin1", (r, ps) => ps.Any(p => ScoreNames.Admin1(p.Admin1) == ScoreNames.Admin1(r.Admin1))),
            ("location<=25km", (r, ps) => RowScorer.BestGeo(r.Latitude, r.Longitude, ps)),
            ("fatalities", (r, ps) => ps.Sum(p => p.Fatalities ?? 0) == PyInt(r.Fatalities)),
        ]);

    /// <summary>
    /// ACLED's "05-Jul-20"-style date as Python's <c>strptime(s, '%d-%b-%y')</c> reads it: English month abbreviation
    /// in any case, two-digit year 69-99 → 19xx and 00-68 → 20xx (not .NET's 2049 pivot). Returns yyyy-MM-dd.
    /// </summary>
    public static string IsoDate(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var parts = s.Split('-');
        if (parts.Length == 3 && parts[0].Length is 1 or 2 && parts[0].All(char.IsAsciiDigit)
            && Array.IndexOf(Months, parts[1].ToLowerInvariant()) is var m and >= 0
            && parts[2].Length == 2 && parts[2].All(char.IsAsciiDigit))
        {
            var yy = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var day = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var year = yy < 69 ? 2000 + yy : 1900 + yy;
            if (day >= 1 && day <= DateTime.DaysInMonth(year, m + 1))
                return new DateOnly(year, m + 1, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        throw new FormatException($"not a dd-Mon-yy date: '{s}'");
    }

    /// <summary>Python's <c>int(s)</c>: optional sign and surrounding spaces, digits only.</summary>
    private static int PyInt(string s) =>
        int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v : throw new FormatException($"not an integer: '{s}'");
}
