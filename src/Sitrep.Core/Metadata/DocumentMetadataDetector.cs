using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Metadata;

/// <summary>
/// Detects kind, title, publication date, reporting period and publisher from the normalised text, its segments and
/// whatever the reader found in the file (a reader's title, date and site name win over guesses from the text).
/// </summary>
public sealed partial class DocumentMetadataDetector : IMetadataDetector
{
    private const int HeadLines = 12;

    private static readonly string[] Boilerplate =
    [
        "Skip to", "Menu", "Main menu", "Home", "Share", "Search", "Print", "Email", "Tweet", "Subscribe", "Sign in", "Log in",
        "Close", "Navigation", "Filed under", "Posted in", "Tags", "Categories", "Accept", "Read more", "Back to", "Toggle",
        "By ", "Photo", "Image", "Advertisement",
    ];

    private static readonly string[] Countries =
    [
        "Iraq", "Syria", "Yemen", "Afghanistan", "Iran", "Libya", "Lebanon", "Israel", "Turkey", "Somalia", "Sudan",
        "South Sudan", "Mali", "Nigeria", "Ukraine", "Russia", "Pakistan", "Egypt", "Jordan", "Saudi Arabia", "Ethiopia",
    ];

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "to", "at", "by", "with", "from", "as", "vs",
        "into", "over", "under", "between", "against", "after", "before", "about", "via", "per", "than", "up", "out", "off",
        "amid", "across", "toward", "towards", "not", "is", "are", "be", "its", "if", "so", "near", "despite", "during",
        "within", "without", "upon", "onto", "al", "el", "bin", "ibn",
    };

    [GeneratedRegex(@"\b(?:IntelBrief|Policy Brief|Brief|Backgrounder)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BriefRegex();

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Date|Dated)(?: on)?:?\s+)?(?<date>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLineRegex();

    private static readonly WholeNameFinder CountryFinder = new(Countries, digitsJoin: false);

    /// <inheritdoc />
    public DocumentMetadata Detect(RawDocument raw, NormalisedText text, DocumentSegments segments) => Detect(text, segments, raw);

    public DocumentMetadata Detect(NormalisedText text, DocumentSegments segments, RawDocument? reader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.Text, segments, reader);
    }

    public DocumentMetadata Detect(string text, DocumentSegments segments, RawDocument? reader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        var head = HeadLinesOf(text, segments);

        var source = DetectSource(text, head, reader);
        var published = reader?.Published ?? DetectPublished(text, head);
        var title = Blank(reader?.Title) ? FindTitle(text, head, reader?.SiteName) : reader!.Title!.Trim();
        var kind = DetectKind(text, segments, head, title);
        var period = DetectPeriod(text, segments, kind, title, published);
        if (title is null && kind == DocumentKind.SituationReport && period is { } p && MostMentionedCountry(text) is { } country)
            title = $"{country} Situation Report: {DateExpressions.Format(p)}";
        return new DocumentMetadata(kind, title, source, published, period);
    }

    /// <summary>The first non-empty lines, stopping at the first numbered item (titles come before the items).</summary>
    private static List<TextSpan> HeadLinesOf(string text, DocumentSegments segments)
    {
        var limit = text.Length;
        foreach (var item in segments.Items) limit = Math.Min(limit, item.Span.Start);
        var lines = new List<TextSpan>(HeadLines);
        for (var start = 0; start < limit && lines.Count < HeadLines;)
        {
            var nl = text.IndexOf('\n', start, limit - start);
            var end = nl < 0 ? limit : nl;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add(new TextSpan(s, e));
            start = end + 1;
        }
        return lines;
    }

    private static string? DetectSource(string text, List<TextSpan> head, RawDocument? reader)
    {
        if (!Blank(reader?.SiteName))
        {
            var site = reader!.SiteName!.Trim();
            return KnownPublishers.ByName(site)?.Name ?? site;
        }
        if (head.Count == 0) return KnownPublishers.FindFirst(text)?.Publisher.Name;
        var headEnd = head[^1].End;
        if (KnownPublishers.FindFirst(text, 0, headEnd) is { } early) return early.Publisher.Name;
        // None within the head, so none that fits there either: only a name running past it can start inside it.
        return KnownPublishers.FindFirstFrom(text, Math.Max(0, headEnd - KnownPublishers.LongestName + 1))?.Publisher.Name;
    }

    private static DateOnly? DetectPublished(string text, List<TextSpan> head)
    {
        foreach (var line in head)
            if (AsDateLine(text, line) is { } date) return date;
        return null;
    }

    // A line that is only a dated day ("July 6, 2020", "Published: 2020-07-06").
    private static DateOnly? AsDateLine(string text, TextSpan line)
    {
        if (line.Length > 60) return null;
        var m = DateLineRegex().Match(line.Slice(text).ToString());
        if (!m.Success || !DateExpressions.TryParse(m.Groups["date"].Value, out var e) || e.IsRange || e.Year is null) return null;
        return e.ToRange()?.Start;
    }

    private string? FindTitle(string text, List<TextSpan> head, string? siteName)
    {
        // A web headline is usually printed twice near the top (page title, then article heading); a joined
        // paragraph may carry the second copy at its start.
        for (var i = 0; i < head.Count; i++)
        {
            var a = head[i].Slice(text);
            // Whether a later line repeats it first: that fails at once for nearly every line, the other tests read it all.
            var repeated = false;
            for (var j = i + 1; j < head.Count && !repeated; j++)
            {
                var b = head[j].Slice(text);
                repeated = b.SequenceEqual(a) || (b.StartsWith(a, StringComparison.Ordinal) && b.Length > a.Length && b[a.Length] == ' ' && WordCount(a) >= 4);
            }
            if (repeated && WordCount(a) >= 3 && !IsBoilerplate(a) && !IsPublisherLine(a, siteName)) return a.ToString();
        }
        var afterPublisher = false;
        foreach (var line in head)
        {
            var s = line.Slice(text);
            var isPublisher = IsPublisherLine(s, siteName);
            // The line under a site name is its tagline.
            if (!isPublisher && !afterPublisher && IsTitleCandidate(text, line)) return s.ToString();
            afterPublisher = isPublisher;
        }
        return null;
    }

    private bool IsTitleCandidate(string text, TextSpan line)
    {
        var s = line.Slice(text);
        var words = WordCount(s);
        if (words is < 3 or > 20 || IsBoilerplate(s) || AsDateLine(text, line) is not null) return false;
        if (s[^1] is '.' or ',' or ';' or ':' || s[0] is '\u2022' or '*' or '-' or '\u2013') return false;
        if (KeyTakeawayFinder.LabelRegex().IsMatch(s)) return false;
        return IsTitleCase(s);
    }

    /// <summary>First word capitalised and at least three quarters of the other non-minor words too.</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> s)
    {
        int words = 0, capitalised = 0;
        var first = true;
        foreach (var range in s.Split(' '))
        {
            var w = s[range].Trim("\"'\u201C\u201D\u2018\u2019()[],:;");
            if (w.IsEmpty || !char.IsLetter(w[0])) continue;
            var upper = char.IsUpper(w[0]);
            if (first)
            {
                if (!upper) return false;
                first = false;
                continue;
            }
            var lookup = MinorWords.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!upper && lookup.Contains(w)) continue;
            words++;
            if (upper) capitalised++;
        }
        return !first && capitalised * 4 >= words * 3;
    }

    private static DocumentKind DetectKind(string text, DocumentSegments segments, List<TextSpan> head, string? title)
    {
        var numbers = new HashSet<int>();
        foreach (var item in segments.Items) numbers.Add(item.Number);
        if (numbers.Count >= 3) return DocumentKind.SituationReport;

        var periods = new HashSet<(int, int, int, int, int?)>();
        foreach (var section in segments.Sections)
            if (HeadingPeriod(text, section) is { } e) periods.Add((e.StartMonth, e.StartDay, e.EndMonth, e.EndDay, e.Year));
        if (periods.Count >= 2) return DocumentKind.IndexPage;

        if (title is not null && BriefRegex().IsMatch(title)) return DocumentKind.Brief;
        for (var i = 0; i < Math.Min(3, head.Count); i++)
            if (BriefRegex().IsMatch(head[i].Slice(text))) return DocumentKind.Brief;

        // The title is often also the one heading: count distinct periods.
        if (title is not null)
            foreach (var e in DateExpressions.FindAll(title)) periods.Add((e.StartMonth, e.StartDay, e.EndMonth, e.EndDay, e.Year));
        var sitrepTitle = title?.Contains("Situation Report", StringComparison.OrdinalIgnoreCase) == true;
        if ((segments.KeyTakeaway is not null || sitrepTitle) && periods.Count == 1) return DocumentKind.SituationReport;
        return DocumentKind.Article;
    }

    private static DateExpression? HeadingPeriod(string text, IndexSection section)
    {
        var dates = DateExpressions.FindAll(text, section.HeadingSpan);
        return dates.Count == 0 ? null : dates[^1];
    }

    private static DateRange? DetectPeriod(string text, DocumentSegments segments, DocumentKind kind, string? title, DateOnly? published)
    {
        int? YearFor(DateExpression e) => e.Year ?? published?.Year ?? DateExpressions.InferYear(text, e.StartMonth, e.StartDay);

        if (title is not null && DateExpressions.FindAll(title) is { Count: > 0 } inTitle && inTitle[^1] is var t && YearFor(t) is { } ty)
            return t.ToRange(ty);

        if (kind == DocumentKind.IndexPage || (kind == DocumentKind.SituationReport && segments.Sections.Count == 1))
        {
            DateRange? all = null;
            foreach (var section in segments.Sections)
                if (HeadingPeriod(text, section) is { } e && e.ToRange(YearFor(e)) is { } r)
                    all = all is { } a ? new DateRange(Min(a.Start, r.Start), Max(a.End, r.End)) : r;
            if (all is not null) return all;
        }

        if (kind != DocumentKind.SituationReport || segments.Items.Count == 0) return null;
        var dates = new List<DateExpression>(segments.Items.Count);
        foreach (var item in segments.Items)
            if (DateExpressions.TryParse(item.DateText, out var e)) dates.Add(e);
        if (dates.Count == 0) return null;
        // Items are in number order, so the first is usually the earliest: it fixes the year.
        if (YearFor(dates[0]) is not { } year) return null;
        var ranges = new List<DateRange>(dates.Count);
        foreach (var d in dates)
            if (d.ToRange(year) is { } r) ranges.Add(r);
        if (ranges.Count == 0) return null;
        var start = ranges.Min(r => r.Start);
        var end = ranges.Max(r => r.End);
        if (end.DayNumber - start.DayNumber > 200)
        {
            // A week spanning new year: the early-in-year dates belong to the next year.
            for (var i = 0; i < ranges.Count; i++)
                if (ranges[i].Start.Month <= 6) ranges[i] = new DateRange(ranges[i].Start.AddYears(1), ranges[i].End.AddYears(1));
            start = ranges.Min(r => r.Start);
            end = ranges.Max(r => r.End);
        }
        return new DateRange(start, end);
    }

    /// <summary>The country named most often (ties: the one named first); null if none.</summary>
    public static string? MostMentionedCountry(string text)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var m = CountryFinder.Find(text); m is (int index, string name); m = CountryFinder.Find(text, index + name.Length))
            counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First) : (1, index);
        string? best = null;
        (int Count, int First) top = (0, int.MaxValue);
        foreach (var (name, c) in counts)
            if (c.Count > top.Count || (c.Count == top.Count && c.First < top.First)) (best, top) = (name, c);
        return best;
    }

    private static bool IsPublisherLine(ReadOnlySpan<char> line, string? siteName)
    {
        var s = line.Trim(" |-\u2013\u2014:");
        return KnownPublishers.IsName(s) || (!Blank(siteName) && s.Equals(siteName!.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        foreach (var b in Boilerplate)
            if (line.StartsWith(b, StringComparison.OrdinalIgnoreCase)
                && (line.Length == b.Length || b[^1] == ' ' || !char.IsLetter(line[b.Length]))) return true;
        return line.Contains("cookie", StringComparison.OrdinalIgnoreCase);
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var ws = char.IsWhiteSpace(c);
            if (!ws && !inWord) n++;
            inWord = !ws;
        }
        return n;
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
