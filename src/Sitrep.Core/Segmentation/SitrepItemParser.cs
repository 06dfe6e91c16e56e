using System.Text.RegularExpressions;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>
/// Finds the numbered, dated items of a situation report ("5    Jun 25-26: Headline In Title Case. Body...").
/// An item runs from its marker to the next marker (or a trailer such as "Endnotes"); the PDF may list items out
/// of order, so they are returned by number (document order within a repeated number). Headline is the first
/// sentence after the colon, with blank lines inside it treated as spaces (PDF column breaks); Body is the rest.
/// </summary>
public sealed partial class SitrepItemParser(SentenceSplitter splitter)
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    public SitrepItemParser() : this(new SentenceSplitter()) { }

    // At a line start (a header may still follow a single "\n"): number, date or date range, colon.
    [GeneratedRegex(
        $"^[ \\t\\u00A0]*(?<num>\\d{{1,2}})[ \\t\\u00A0]+(?<date>{Month}\\.?[ \\t]*\\d{{1,2}}(?:[ \\t]*[-\\u2013\\u2014][ \\t]*(?:{Month}\\.?[ \\t]*)?\\d{{1,2}})?)[ \\t\\u00A0]*:",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex HeaderRegex();

    // Paragraphs that close the item area rather than continue an item.
    [GeneratedRegex(
        @"^[ \t]*(?:(?:Endnotes?|Notes|Footnotes|Sources|References|Related(?: \w+)?|Pages?(?: \d+(?: of \d+)?)?)[ \t]*:?[ \t]*(?:\n|$)|Copyright\b|©|For more information|For tailored|To learn more|Click here|Subscribe|Follow us|Share this|\* \* \*|\[\d+\])",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailerRegex();

    /// <summary>Items of a normalised document, by number; Raw* spans are mapped through its offset map.</summary>
    public IReadOnlyList<SitrepItem> Parse(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.Text, text.Map);
    }

    /// <summary>Items of <paramref name="text"/>; <paramref name="map"/> takes its offsets to the raw text.</summary>
    public IReadOnlyList<SitrepItem> Parse(string text, OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        var headers = new List<Match>();
        for (var m = HeaderRegex().Match(text); m.Success; m = m.NextMatch())
            if (int.Parse(m.Groups["num"].ValueSpan) > 0) headers.Add(m);
        if (headers.Count == 0) return [];

        var items = new List<SitrepItem>(headers.Count);
        for (var h = 0; h < headers.Count; h++)
        {
            var m = headers[h];
            var limit = h + 1 < headers.Count ? headers[h + 1].Index : text.Length;
            items.Add(Build(text, map, m, limit));
        }
        // List.Sort is unstable; order by (number, position) to keep repeated numbers in document order.
        items.Sort(static (a, b) => a.Number != b.Number ? a.Number.CompareTo(b.Number) : a.Span.Start.CompareTo(b.Span.Start));
        return items;
    }

    private SitrepItem Build(string text, OffsetMap map, Match m, int limit)
    {
        var date = m.Groups["date"];
        var start = m.Index + (m.Length - m.Value.AsSpan().TrimStart().Length);
        var end = TrimTrailers(text, m.Index + m.Length, limit);

        var headlineFrom = SkipSpace(text, m.Index + m.Length, end);
        var first = splitter.Headline(text, headlineFrom, end);
        TextSpan headline, body;
        if (first is { } s)
        {
            headline = StripFinalPeriod(text, s);
            var bodyFrom = SkipSpace(text, s.End, end);
            body = new TextSpan(bodyFrom, Math.Max(bodyFrom, end));
        }
        else
        {
            headline = new TextSpan(headlineFrom, headlineFrom);
            body = new TextSpan(end, end);
        }

        var span = new TextSpan(start, end);
        var dateSpan = new TextSpan(date.Index, date.Index + date.Length);
        return new SitrepItem
        {
            Number = int.Parse(m.Groups["num"].ValueSpan),
            DateText = date.Value,
            Headline = Collapse(headline.Slice(text)),
            Body = Collapse(body.Slice(text)),
            Span = span,
            DateSpan = dateSpan,
            HeadlineSpan = headline,
            BodySpan = body,
            RawSpan = map.ToRaw(span),
            RawDateSpan = map.ToRaw(dateSpan),
            RawHeadlineSpan = map.ToRaw(headline),
            RawBodySpan = map.ToRaw(body),
        };
    }

    // Ends the item before trailing paragraphs that are page furniture, and before trailing whitespace.
    private static int TrimTrailers(string text, int from, int limit)
    {
        var end = limit;
        for (var p = NextParagraph(text, from, end); p >= 0; p = NextParagraph(text, p, end))
        {
            if (TrailerRegex().IsMatch(text.AsSpan(p, end - p)) || IsKeyTakeawayAt(text, p, end))
            {
                end = p;
                break;
            }
        }
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static bool IsKeyTakeawayAt(string text, int p, int end) =>
        KeyTakeawayFinder.LabelRegex().Match(text, p, end - p) is { Success: true } m && m.Index == p;

    // Start of the next paragraph (first non-space after a blank line) after `from`, or -1.
    private static int NextParagraph(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] != '\n') continue;
            var k = i + 1;
            while (k < end && text[k] is ' ' or '\t' or '\r' or '\u00A0') k++;
            if (k >= end || text[k] != '\n') continue;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            return k < end ? k : -1;
        }
        return -1;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    // A headline reads without its closing period, unless the period belongs to "U.S." and the like.
    private static TextSpan StripFinalPeriod(string text, TextSpan s)
    {
        if (s.Length >= 2 && text[s.End - 1] == '.' && !(s.Length >= 3 && text[s.End - 3] == '.'))
            return new TextSpan(s.Start, s.End - 1);
        return s;
    }

    /// <summary>The text with each whitespace run (line and paragraph breaks included) reduced to one space.</summary>
    internal static string Collapse(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.IsEmpty) return string.Empty;
        var buffer = s.Length <= 1024 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { buffer[n++] = ' '; space = false; }
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
