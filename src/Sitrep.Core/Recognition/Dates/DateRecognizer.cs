using System.Text.RegularExpressions;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Dates;

/// <summary>
/// Finds date expressions (absolute days, day ranges, months, years, seasons, relative phrases) and resolves each to
/// a <see cref="DateRange"/> with an ACLED-style precision. One scan with one generated regex; relative expressions
/// and year-less dates are resolved against <see cref="DateContext"/> (item date, then period, then publication date);
/// "the next day" and "N days later/earlier" count from the last explicit date before them in the same call.
/// Stateless and thread-safe.
/// </summary>
public sealed class DateRecognizer
{
    public IReadOnlyList<DateMention> Recognize(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, new TextSpan(0, text.Length), context);
    }

    /// <summary>Dates inside <paramref name="range"/>; spans are offsets into the whole <paramref name="text"/>.</summary>
    public IReadOnlyList<DateMention> Recognize(string text, TextSpan range, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start) throw new ArgumentOutOfRangeException(nameof(range), $"{range} is outside the text (length {text.Length}).");
        if (range.IsEmpty) return [];

        var result = new List<DateMention>();
        var resolver = new Resolver(text, context);
        var scanner = new DateScanner(text, range);
        while (scanner.Next() is { } m)
        {
            if (resolver.TryResolve(m) is not { } mention) continue;
            result.Add(mention);
            if (!mention.Relative) resolver.LastExplicit = mention;
        }
        return result;
    }

    /// <summary>
    /// Spans that read as dates whatever the context (used by the quantity recognizer so "June 25" or "two days
    /// later" never count anything). Only syntactic checks: no year inference or anchor is needed.
    /// </summary>
    internal static void CollectDateSpans(string text, TextSpan range, List<TextSpan> into)
    {
        var resolver = new Resolver(text, new DateContext(null, null, new DateRange(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1))));
        var scanner = new DateScanner(text, range);
        while (scanner.Next() is { } m)
            if (resolver.TryResolve(m) is { } mention) into.Add(mention.Span);
    }

    private sealed class Resolver(string text, DateContext context)
    {
        public DateMention? LastExplicit;
        private readonly DateRange? anchor = context.Anchor;

        public DateMention? TryResolve(Match m)
        {
            var g = new DateGroups(m, text);
            var prep = g["prep"];
            var since = prep.Success && (prep.ValueSpan[0] is 'S' or 's') && prep.ValueSpan[1] == 'i';
            // The span starts at the date itself ("on June 19" → "June 19"); "since" and a "between ... and" range keep theirs.
            var bodyStart = m.Index;
            if (prep.Success && !since) bodyStart = SkipSpace(prep.Index + prep.Length);
            var end = m.Index + m.Length;

            DateRange range;
            DatePrecision precision;
            var relative = false;
            var explicitRange = false;

            if (g["um"].Success)
            {
                int mo = Int(g["um"]), d = Int(g["ud"]);
                if (mo > 12 && d <= 12) (mo, d) = (d, mo); // day-first written with slashes
                if (!Day(Int(g["uy"]), mo, d, out var day)) return null;
                (range, precision) = (new DateRange(day, day), DatePrecision.Day);
            }
            else if (g["iy"].Success)
            {
                if (!Day(Int(g["iy"]), Int(g["im"]), Int(g["id"]), out var day)) return null;
                (range, precision) = (new DateRange(day, day), DatePrecision.Day);
            }
            else if (g["ya"].Success)
            {
                int a = Int(g["ya"]), b = Int(g["yb"]);
                if (b < a) return null;
                (range, precision) = (new DateRange(new DateOnly(a, 1, 1), new DateOnly(b, 12, 31)), DatePrecision.Month);
                explicitRange = g["rng"].Success;
            }
            else if (g["m1"].Success || g["d1b"].Success)
            {
                var monthFirst = g["m1"].Success;
                var sm = Month(g[monthFirst ? "m1" : "m1b"]);
                var sd = Int(g[monthFirst ? "d1" : "d1b"]);
                var d2 = g[monthFirst ? "d2" : "d2b"];
                var em = monthFirst && g["m2"].Success ? Month(g["m2"]) : sm;
                var ed = d2.Success ? Int(d2) : sd;
                int? y1 = monthFirst && g["y1"].Success ? Int(g["y1"]) : null;
                var yEnd = g[monthFirst ? "y2" : "yb2"];
                int? y2 = yEnd.Success ? Int(yEnd) : null;
                // A day is read as the nearest such day: "released by Monday, June 29" in a July report is that June, not next year's.
                var resolved = Resolve(sm, sd, em, ed, y1, y2, false);
                if (resolved is null && d2.Success)
                {
                    // "June 25, 2020 - 4 rockets": keep the first day, drop the bogus end.
                    end = monthFirst ? (g["y1"].Success ? g["y1"].Index + g["y1"].Length : g["d1"].Index + g["d1"].Length) : -1;
                    if (end < 0) return null;
                    resolved = Resolve(sm, sd, sm, sd, y1, null);
                    d2 = default;
                }
                if (resolved is not { } r) return null;
                range = r;
                precision = r.Start == r.End ? DatePrecision.Day : DatePrecision.Range;
                explicitRange = g["rng"].Success && d2.Success;
            }
            else if (g["mm"].Success)
            {
                var mm = g["mm"];
                var month = Month(mm);
                var part = g["part"];
                if (!g["my"].Success && !part.Success)
                {
                    // A month alone needs a preposition ("in June"); "May"/"March" must also end the phrase (not "in March Square").
                    if (!prep.Success || !IsAny(prep.ValueSpan, "in", "since", "during", "by", "until", "through")) return null;
                    if (mm.ValueSpan.StartsWith("Ma") && !EndsPhrase(mm.Index + mm.Length)) return null;
                }
                // "by September" / "until May" name deadlines, which may lie after publication.
                var deadline = prep.Success && IsAny(prep.ValueSpan, "by", "until", "before");
                if (g["my"].Success) range = MonthRange(Int(g["my"]), month);
                else if (InferYear(month, 1, month, 0, deadline) is { } r) range = r;
                else return null;
                if (part.Success) range = PartOfMonth(range, part.ValueSpan);
                precision = DatePrecision.Month;
            }
            else if (g["yo"].Success)
            {
                var part = g["ypart"];
                if (!part.Success && (!prep.Success || !IsAny(prep.ValueSpan, "in", "since", "during", "by", "until", "through"))) return null;
                var y = Int(g["yo"]);
                range = new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
                if (part.Success) range = PartOfYear(y, part.ValueSpan);
                precision = DatePrecision.Month;
            }
            else if (g["season"].Success)
            {
                var season = g["season"].ValueSpan;
                var det = g["sdet"];
                var hasYear = g["sy"].Success;
                if (!hasYear && (season[0] is 'F' or 'f')) return null; // "the fall of Mosul"
                if (!hasYear && !det.Success) return null;
                var (startMonth, months) = SeasonMonths(season);
                if (g["spart"].Success)
                {
                    var p = char.ToLowerInvariant(g["spart"].ValueSpan[0]);
                    startMonth = (startMonth + (p == 'e' ? 0 : p == 'm' ? 1 : 2) - 1) % 12 + 1;
                    months = 1;
                }
                if (hasYear) range = SeasonRange(Int(g["sy"]), startMonth, months);
                else
                {
                    if (anchor is not { } a) return null;
                    var y = a.End.Year;
                    var d = det.Value.ToLowerInvariant();
                    relative = d != "the"; // "the summer" reads like a year-less date; this/last/next are relative
                    range = d switch
                    {
                        // Last: the latest one over before the anchor; next: the first one after it.
                        "last" => Enumerable.Range(y - 2, 3).Select(yr => SeasonRange(yr, startMonth, months)).Last(s => s.End < a.Start),
                        "next" => Enumerable.Range(y, 3).Select(yr => SeasonRange(yr, startMonth, months)).First(s => s.Start > a.End),
                        _ => Nearest(y, yr => SeasonRange(yr, startMonth, months)) ?? SeasonRange(y, startMonth, months),
                    };
                }
                precision = DatePrecision.Month;
            }
            else
            {
                if (ResolveRelative(g) is not { } rel) return null;
                (range, precision) = rel;
                relative = true;
            }

            if (since)
            {
                // "since October 2019": from that date to the anchor's end.
                if (anchor is { } a && a.End >= range.Start)
                {
                    range = new DateRange(range.Start, a.End);
                    precision = precision == DatePrecision.Month ? DatePrecision.Month : DatePrecision.Range;
                    relative = true;
                }
            }
            else if (g["rng"].Success && !explicitRange)
                bodyStart = SkipSpace(g["rng"].Index + g["rng"].Length);

            return new DateMention(new TextSpan(bodyStart, end), text[bodyStart..end], range, precision, relative);
        }

        private (DateRange, DatePrecision)? ResolveRelative(DateGroups g)
        {
            if (g["today"].Success)
            {
                if (anchor is not { } a) return null;
                var back = char.ToLowerInvariant(g["today"].ValueSpan[0]) == 'y' ? -1 : 0;
                return Shift(a, back, ByLength(a));
            }
            if (g["dayrel"].Success)
            {
                var (b, p) = Base();
                if (b is not { } baseRange) return null;
                var word = g["dayrel"].ValueSpan;
                var delta = word is "next" or "following" ? 1 : word is "same" ? 0 : -1;
                if (p == DatePrecision.Month) // "the next day" after "in November 2019" stays a month-level range
                    return (delta >= 0 ? new DateRange(baseRange.Start, baseRange.End.AddDays(delta)) : new DateRange(baseRange.Start.AddDays(delta), baseRange.End), DatePrecision.Month);
                return Shift(baseRange, delta, ByLength(baseRange));
            }
            if (g["unit"].Success) return Offset(g);
            if (g["lunit"].Success)
            {
                if (anchor is not { } a) return null;
                var lt = g["lt"].Value.ToLowerInvariant();
                lt = string.Join(' ', lt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var unit = g["lunit"].ValueSpan;
                if (unit is "week")
                {
                    var wide = a.End.DayNumber - a.Start.DayNumber >= 2;
                    var weekStart = a.End.AddDays(-(((int)a.End.DayOfWeek + 6) % 7));
                    DateRange r = lt switch
                    {
                        "last" or "the previous" => new(a.Start.AddDays(-7), a.Start.AddDays(-1)),
                        "the past" => wide ? a : new(a.End.AddDays(-6), a.End),
                        "next" or "the following" => new(a.End.AddDays(1), a.End.AddDays(7)),
                        "earlier this" => wide ? a : new(weekStart, a.End),
                        "later this" => wide ? a : new(a.End, weekStart.AddDays(6)),
                        _ => wide ? a : new(weekStart, weekStart.AddDays(6)),
                    };
                    return (r, DatePrecision.Range);
                }
                if (unit is "month")
                {
                    var first = new DateOnly(a.End.Year, a.End.Month, 1);
                    DateRange r = lt switch
                    {
                        "last" or "the previous" => MonthRange(first.AddMonths(-1).Year, first.AddMonths(-1).Month),
                        "the past" => new(a.End.AddDays(-30), a.End),
                        "next" or "the following" => MonthRange(first.AddMonths(1).Year, first.AddMonths(1).Month),
                        "earlier this" => new(new DateOnly(a.Start.Year, a.Start.Month, 1), Max(new DateOnly(a.Start.Year, a.Start.Month, 1), a.Start.AddDays(-1))),
                        "later this" => new(a.End, first.AddMonths(1).AddDays(-1)),
                        _ => MonthRange(a.End.Year, a.End.Month),
                    };
                    return (r, DatePrecision.Month);
                }
                var y = a.End.Year;
                DateRange yr = lt switch
                {
                    "last" or "the previous" => YearRange(y - 1),
                    "the past" => new(a.End.AddDays(-365), a.End),
                    "next" or "the following" => YearRange(y + 1),
                    "earlier this" => new(new DateOnly(a.Start.Year, 1, 1), Max(new DateOnly(a.Start.Year, 1, 1), a.Start.AddDays(-1))),
                    "later this" => new(a.End, new DateOnly(y, 12, 31)),
                    _ => YearRange(y),
                };
                return (yr, DatePrecision.Month);
            }
            if (g["wday"].Success)
            {
                if (anchor is not { } a) return null;
                var target = WeekdayOf(g["wday"].ValueSpan);
                var w = g["wlast"].Success ? char.ToLowerInvariant(g["wlast"].ValueSpan[0]) : ' ';
                DateOnly day;
                if (w == 'l') day = OnOrBefore(a.Start.AddDays(-1), target);
                else if (w == 'n') day = OnOrBefore(a.End.AddDays(7), target);
                // The last such day up to the anchor's end: inside a week-long period, or on/before the publication date.
                else day = OnOrBefore(a.End, target);
                return (new DateRange(day, day), DatePrecision.Day);
            }
            return null;
        }

        // "two days later", "a few days earlier", "three weeks ago", "a month ago".
        private (DateRange, DatePrecision)? Offset(DateGroups g)
        {
            var dir = g["dir"].ValueSpan;
            var ago = dir is "ago";
            var forward = dir.StartsWith("later") || dir.StartsWith("afterward");
            DateRange b;
            if (ago) { if (anchor is not { } a) return null; b = a; }
            else { if (Base().Range is not { } r) return null; b = r; }

            var nText = g["n"].Value.ToLowerInvariant();
            int? n = nText switch
            {
                "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
                "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
                _ when char.IsAsciiDigit(nText[0]) => int.Parse(nText),
                _ => null, // a few, several, a couple of
            };
            var sign = forward ? 1 : -1;
            var unit = g["unit"].ValueSpan;
            if (unit is "day")
            {
                if (n is { } k) return Shift(b, sign * k, ByLength(b));
                return (forward ? new DateRange(b.End.AddDays(1), b.End.AddDays(7)) : new DateRange(b.Start.AddDays(-7), b.Start.AddDays(-1)), DatePrecision.Range);
            }
            if (unit is "week")
            {
                if (n is { } k)
                {
                    var c = (forward ? b.End : b.Start).AddDays(sign * 7 * k);
                    return (new DateRange(c.AddDays(-3), c.AddDays(3)), DatePrecision.Range);
                }
                return (forward ? new DateRange(b.End.AddDays(7), b.End.AddDays(28)) : new DateRange(b.Start.AddDays(-28), b.Start.AddDays(-7)), DatePrecision.Month);
            }
            var count = n ?? 2;
            if (unit is "month")
            {
                // Approximate: a week either side of the date N months away.
                var c = (forward ? b.End : b.Start).AddMonths(sign * count);
                return (new DateRange(c.AddDays(-7), c.AddDays(7)), DatePrecision.Month);
            }
            return (YearRange((forward ? b.End : b.Start).Year + sign * count), DatePrecision.Month);
        }

        private (DateRange? Range, DatePrecision Precision) Base() =>
            LastExplicit is { } last ? (last.Range, last.Precision) : (anchor, anchor is { } a ? ByLength(a) : DatePrecision.Day);

        /// <summary>Places a year-less month-day (or range; <paramref name="ed"/> 0 = month end) in the year nearest the anchor.</summary>
        private DateRange? Resolve(int sm, int sd, int em, int ed, int? y1, int? y2, bool mayBeFuture = false)
        {
            if (y1 is { } a)
            {
                var b = y2 ?? ((em, ed).CompareTo((sm, sd)) < 0 ? a + 1 : a);
                return Day(a, sm, sd, out var s) && Day(b, em, ed, out var e) && e >= s ? new DateRange(s, e) : null;
            }
            if (y2 is { } y)
            {
                var startYear = (sm, sd).CompareTo((em, ed)) > 0 ? y - 1 : y; // "Dec. 29 - Jan. 4, 2021"
                return Day(startYear, sm, sd, out var s) && Day(y, em, ed, out var e) && e >= s ? new DateRange(s, e) : null;
            }
            if (!Day(2020, sm, sd, out _) || !Day(2020, em, ed, out _)) return null; // not a calendar day in any year
            if (sm == em && ed < sd) return null;
            return InferYear(sm, sd, em, ed, mayBeFuture);
        }

        private DateRange? InferYear(int sm, int sd, int em, int ed, bool mayBeFuture = false)
        {
            if (anchor is not { } a)
            {
                // No context: the years the text itself mentions.
                if (DateExpressions.InferYear(text, sm, Math.Max(sd, 1)) is not { } y) return null;
                return Place(y, sm, sd, em, ed);
            }
            return Nearest(a.End.Year, y => Place(y, sm, sd, em, ed), mayBeFuture);
        }

        /// <summary>Of the candidates in the years around <paramref name="year"/>, the one nearest the anchor, not after publication.</summary>
        private DateRange? Nearest(int year, Func<int, DateRange?> candidate, bool mayBeFuture = false)
        {
            DateRange? best = null;
            var bestScore = long.MaxValue;
            // Three years around the anchor; February 29 may need the nearest leap year, up to four years off.
            var reach = 1;
            if (!Enumerable.Range(year - 1, 3).Any(y => candidate(y) is not null)) reach = 4;
            for (var y = year - reach; y <= year + reach; y++)
            {
                if (candidate(y) is not { } c) continue;
                long score = anchor is { } a ? Distance(c, a) : 0;
                if (!mayBeFuture && context.Published is { } p && c.Start > p) score += 1_000_000;
                if (mayBeFuture && anchor is { } b && c.End < b.Start) score += 1_000_000; // a deadline is not already past
                if (score < bestScore) (best, bestScore) = (c, score);
            }
            return best;
        }

        private static DateRange? Place(int y, int sm, int sd, int em, int ed)
        {
            var ey = em < sm ? y + 1 : y;
            if (!Day(y, sm, sd == 0 ? 1 : sd, out var s)) return null;
            if (ed == 0) ed = DateTime.DaysInMonth(ey, em);
            return Day(ey, em, ed, out var e) ? new DateRange(s, e) : null;
        }

        private static long Distance(DateRange x, DateRange a) =>
            x.End < a.Start ? a.Start.DayNumber - x.End.DayNumber : x.Start > a.End ? x.Start.DayNumber - a.End.DayNumber : 0;

        private static (DateRange, DatePrecision) Shift(DateRange r, int days, DatePrecision p) =>
            (new DateRange(r.Start.AddDays(days), r.End.AddDays(days)), p);

        private static DatePrecision ByLength(DateRange r) => r.Start == r.End ? DatePrecision.Day : r.End.DayNumber - r.Start.DayNumber <= 14 ? DatePrecision.Range : DatePrecision.Month;

        private static DateRange PartOfMonth(DateRange month, ReadOnlySpan<char> part)
        {
            var (y, mo, last) = (month.Start.Year, month.Start.Month, month.End.Day);
            return PartKind(part) switch
            {
                'e' => new(new DateOnly(y, mo, 1), new DateOnly(y, mo, 10)),
                'm' => new(new DateOnly(y, mo, 11), new DateOnly(y, mo, 20)),
                _ => new(new DateOnly(y, mo, 21), new DateOnly(y, mo, last)),
            };
        }

        private static DateRange PartOfYear(int y, ReadOnlySpan<char> part) => PartKind(part) switch
        {
            'e' => new(new DateOnly(y, 1, 1), new DateOnly(y, 4, 30)),
            'm' => new(new DateOnly(y, 5, 1), new DateOnly(y, 8, 31)),
            _ => new(new DateOnly(y, 9, 1), new DateOnly(y, 12, 31)),
        };

        // early/beginning/start → 'e', mid/middle → 'm', late/end → 'l'.
        private static char PartKind(ReadOnlySpan<char> part)
        {
            Span<char> lower = stackalloc char[part.Length];
            part.ToLowerInvariant(lower);
            if (lower.StartsWith("early") || lower.EndsWith("beginning of") || lower.EndsWith("start of")) return 'e';
            if (lower.StartsWith("mid") || lower.EndsWith("middle of")) return 'm';
            return 'l';
        }

        private static (int Start, int Months) SeasonMonths(ReadOnlySpan<char> season) => char.ToLowerInvariant(season[0]) switch
        {
            's' when char.ToLowerInvariant(season[1]) == 'p' => (3, 3),
            's' => (6, 3),
            'a' or 'f' => (9, 3),
            _ => (12, 3), // winter of Y: December of Y-1 to February of Y
        };

        private static DateRange SeasonRange(int y, int startMonth, int months)
        {
            var start = startMonth == 12 ? new DateOnly(y - 1, 12, 1) : new DateOnly(y, startMonth, 1);
            if (startMonth == 12 && months == 1) return new DateRange(start, new DateOnly(y - 1, 12, 31));
            return new DateRange(start, start.AddMonths(months).AddDays(-1));
        }

        private static DateRange MonthRange(int y, int mo) => new(new DateOnly(y, mo, 1), new DateOnly(y, mo, DateTime.DaysInMonth(y, mo)));
        private static DateRange YearRange(int y) => new(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly OnOrBefore(DateOnly day, DayOfWeek target) => day.AddDays(-(((int)day.DayOfWeek - (int)target + 7) % 7));

        private static DayOfWeek WeekdayOf(ReadOnlySpan<char> name) => name[..3] switch
        {
            "Mon" => DayOfWeek.Monday, "Tue" => DayOfWeek.Tuesday, "Wed" => DayOfWeek.Wednesday, "Thu" => DayOfWeek.Thursday,
            "Fri" => DayOfWeek.Friday, "Sat" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
        };

        private int SkipSpace(int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            return i;
        }

        // End of phrase: punctuation, end of text, or a lower-case word ("in May, ..." / "in May and June" but not "in March Square").
        private bool EndsPhrase(int i)
        {
            if (i < text.Length && text[i] == '.') i++;
            var j = SkipSpace(i);
            if (j >= text.Length || i >= text.Length) return true;
            if (j == i) return !char.IsLetterOrDigit(text[i]);
            return !char.IsUpper(text[j]) && !char.IsDigit(text[j]);
        }

        private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> options)
        {
            foreach (var o in options)
                if (word.Equals(o, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static int Month(DateGroup g) => DateExpressions.MonthNumber(g.ValueSpan);

        private static int Int(DateGroup g)
        {
            var s = g.ValueSpan;
            var n = 0;
            foreach (var c in s)
            {
                if (!char.IsAsciiDigit(c)) break;
                n = n * 10 + (c - '0');
            }
            return n;
        }

        private static bool Day(int y, int mo, int d, out DateOnly day) => DateExpressions.TryMakeDate(y, mo, d, out day);
    }
}
