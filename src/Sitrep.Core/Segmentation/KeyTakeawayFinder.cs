using System.Buffers;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>Finds the summary paragraph a report leads with ("Key Takeaway:", "Key Takeaways", "Bottom line:", "Summary:").</summary>
public static partial class KeyTakeawayFinder
{
    // At a line start, or (when the normaliser joined a sidebar blurb to it) after a sentence end, with a colon or dash.
    [GeneratedRegex(
        @"(?:^[ \t\u00A0]*(?:Key Takeaways?|Bottom [Ll]ine|BLUF|Summary)[ \t]*[:\u2013\u2014.-]?|(?<=[.!?][""\u201D\u2019)]?[ \t]+)(?:Key Takeaways?|Bottom [Ll]ine|BLUF)[ \t]*[:\u2013\u2014-])[ \t]*",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex LabelRegex();

    // Every label the regex takes: it cannot match before the line of the first of them. The regex itself has no
    // literal to search for (a label may follow spaces at a line start), so it tries nearly every position.
    private static readonly SearchValues<string> Labels =
        SearchValues.Create(["Key Takeaway", "Bottom Line", "Bottom line", "BLUF", "Summary"], StringComparison.Ordinal);

    /// <summary>The paragraph after the first label, without the label and trimmed; null if there is none.</summary>
    public static TextSpan? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Labels);
        if (first < 0) return null;
        // From the start of that line: a match may begin with the spaces before its label. The regex still sees the
        // chars before (for ^ and the look-behind), as it does from the start.
        var lineStart = text.LastIndexOf('\n', first) + 1;
        for (var m = LabelRegex().Match(text, lineStart); m.Success; m = m.NextMatch())
        {
            var from = m.Index + m.Length;
            // "Summary" must be a label, not the first word of a sentence ("Summary executions ...").
            if (from < text.Length && char.IsLower(text[from])) continue;
            var end = ParagraphEnd(text, from);
            while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > from) return new TextSpan(from, end);
        }
        return null;
    }

    // The paragraph ends at a blank line, or at an item marker that still follows a single newline.
    private static int ParagraphEnd(string text, int from)
    {
        var header = SitrepItemParser.HeaderRegex().Match(text, from);
        var limit = header.Success ? header.Index : text.Length;
        for (var i = from; i < limit; i++)
        {
            if (text[i] != '\n') continue;
            var k = i + 1;
            while (k < limit && text[k] is ' ' or '\t' or '\r' or '\u00A0') k++;
            if (k < limit && text[k] == '\n') return i;
        }
        return limit;
    }
}
