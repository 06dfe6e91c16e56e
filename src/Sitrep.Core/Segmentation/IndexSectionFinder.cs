using Sitrep.Core.Metadata;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>
/// Sections of an index page: a short heading line that ends with a period expression
/// ("Iraq Situation Report: August 19-25, 2020") and the paragraphs after it, up to the next heading.
/// </summary>
public static class IndexSectionFinder
{
    private const int MaxHeadingLength = 120;

    /// <summary>The sections, in document order; empty when the text has no such headings.</summary>
    public static IReadOnlyList<IndexSection> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headings = new List<TextSpan>();
        var paragraphStart = true;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = Trim(text, lineStart, lineEnd);
            if (line.IsEmpty) paragraphStart = true;
            else
            {
                if (paragraphStart && IsHeading(text, line)) headings.Add(line);
                paragraphStart = false;
            }
            lineStart = lineEnd + 1;
        }

        var sections = new List<IndexSection>(headings.Count);
        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var limit = h + 1 < headings.Count ? headings[h + 1].Start : text.Length;
            var body = Trim(text, heading.End, limit);
            if (body.IsEmpty) body = new TextSpan(heading.End, heading.End);
            sections.Add(new IndexSection(heading.Slice(text).ToString(), heading, body));
        }
        return sections;
    }

    /// <summary>A short line, starting with a capital, with words before a period expression that ends it.</summary>
    internal static bool IsHeading(string text, TextSpan line)
    {
        if (line.Length > MaxHeadingLength || !char.IsUpper(text[line.Start])) return false;
        // Both patterns below need a digit (an item number, a day or a year): most lines fail here, without a regex.
        if (!line.Slice(text).ContainsAnyInRange('0', '9')) return false;
        if (SitrepItemParser.HeaderRegex().Match(text, line.Start, line.Length) is { Success: true }) return false;
        var dates = DateExpressions.FindAll(text, line);
        if (dates.Count == 0) return false;
        var last = dates[^1];
        if (last.Span.End != line.End || !last.IsRange && last.Year is null) return false;
        for (var i = line.Start; i < last.Span.Start; i++)
            if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
