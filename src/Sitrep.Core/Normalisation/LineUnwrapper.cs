using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Turns physical lines into paragraphs: trims and collapses spaces, drops lines the layout repeated,
/// rejoins words hyphenated over a line break, joins hard-wrapped lines with one space and separates
/// paragraphs with exactly "\n\n". Every output char maps to the raw char it came from; a joining space or
/// paragraph break maps to the raw line break (or trailing space) it stands for.
/// </summary>
internal sealed class LineUnwrapper(HyphenJoinRule hyphens)
{
    public const string DehyphenationKind = "dehyphenation";
    public const string DuplicateKind = "duplicate";

    private const int LongLine = 200;

    private enum Joint { Space, Paragraph, Hyphen }

    public (string Text, OffsetMap Map) Unwrap(string raw, List<Repair> repairs)
    {
        var lines = RawLine.Split(raw);
        var drop = DuplicateLineFinder.Find(raw, lines);
        for (var i = 0; i < lines.Count; i++)
            if (drop[i])
            {
                var l = lines[i];
                repairs.Add(new Repair(DuplicateKind, new TextSpan(l.ContentStart, l.ContentEnd), raw[l.ContentStart..l.ContentEnd], ""));
            }

        var wrapped = IsHardWrapped(lines);
        var onlySpaces = raw.AsSpan().IndexOfAny(RawLine.OtherHorizontalSpaces) < 0;
        var output = MappedTextBuilder.For(raw);
        RawLine? previous = null;
        var previousOpensParagraph = false;
        int? firstBlankBreak = null; // raw offset of the first blank line's break since the previous kept line
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                if (previous is not null) firstBlankBreak ??= line.End;
                continue;
            }
            if (drop[i]) continue;

            var opensParagraph = true;
            if (previous is { } a)
            {
                var joint = Decide(raw, a, line, firstBlankBreak is not null, previousOpensParagraph, wrapped);
                switch (joint)
                {
                    case Joint.Paragraph:
                        output.Append('\n', a.End);
                        output.Append('\n', firstBlankBreak ?? a.End);
                        break;
                    case Joint.Space:
                        // Prefer a raw trailing space so the joining space maps to a space.
                        output.Append(' ', a.ContentEnd < a.End && raw[a.ContentEnd] == ' ' ? a.ContentEnd : a.End);
                        opensParagraph = false;
                        break;
                    case Joint.Hyphen:
                        JoinHyphenated(raw, a, line, output, repairs);
                        opensParagraph = false;
                        break;
                }
            }
            AppendCollapsed(raw, line, onlySpaces, output);
            previous = line;
            previousOpensParagraph = opensParagraph;
            firstBlankBreak = null;
        }
        return output.Build(raw.Length);
    }

    /// <summary>
    /// Extracted PDF text is hard-wrapped (short lines); text from HTML or plain files carries a paragraph per
    /// line. In the latter, every line break ends a paragraph unless the sentence visibly runs on.
    /// </summary>
    private static bool IsHardWrapped(List<RawLine> lines)
    {
        int nonBlank = 0, longLines = 0;
        foreach (var l in lines)
        {
            if (l.IsBlank) continue;
            nonBlank++;
            if (l.ContentEnd - l.ContentStart > LongLine) longLines++;
        }
        return longLines * 10 < nonBlank;
    }

    private static Joint Decide(string raw, RawLine a, RawLine b, bool blankBetween, bool aOpensParagraph, bool wrapped)
    {
        var aTerminal = LineShape.EndsWithTerminal(raw, a);
        if (LineShape.StartsWithBullet(raw, b, out var clearBullet) && (clearBullet || blankBetween || aTerminal)) return Joint.Paragraph;
        if (LineShape.StartsWithItemNumber(raw, b, out var widelySpaced) && (widelySpaced || blankBetween || aTerminal)) return Joint.Paragraph;
        if (LineShape.EndsWithSplitWord(raw, a) && LineShape.StartsWithWordChar(raw, b)) return Joint.Hyphen;
        if (!wrapped) return !aTerminal && LineShape.StartsLower(raw, b) ? Joint.Space : Joint.Paragraph;
        // An indented line after a sentence end opens a paragraph (" Key Takeaway: ...").
        if (aTerminal && b.IsIndented) return Joint.Paragraph;
        if (!blankBetween) return Joint.Space;
        if (aTerminal)
            return LineShape.StartsLower(raw, b) && !LineShape.EndsWithStop(raw, a) ? Joint.Space : Joint.Paragraph;
        if (aOpensParagraph && LineShape.LooksLikeHeading(raw, a) && LineShape.StartsUpperOrDigit(raw, b)) return Joint.Paragraph;
        // A blank line inside a sentence is layout, not a paragraph end.
        return Joint.Space;
    }

    private void JoinHyphenated(string raw, RawLine a, RawLine b, MappedTextBuilder output, List<Repair> repairs)
    {
        var hyphen = a.ContentEnd - 1;
        var fs = hyphen;
        while (fs > a.ContentStart && DocumentLexicon.IsWordChar(raw[fs - 1])) fs--;
        var se = b.ContentStart;
        while (se < b.ContentEnd && DocumentLexicon.IsWordChar(raw[se])) se++;
        var keep = hyphens.KeepHyphen(raw[fs..hyphen], raw[b.ContentStart..se]);
        if (!keep) output.RemoveLast(1); // the hyphen, appended with line a
        repairs.Add(new Repair(DehyphenationKind, new TextSpan(hyphen, b.ContentStart), raw[hyphen..b.ContentStart], keep ? "-" : ""));
    }

    /// <summary>Appends the line's content with each run of whitespace cut to one space (mapped to a raw space where the run has one).</summary>
    /// <param name="onlySpaces">The raw text has no horizontal whitespace but spaces.</param>
    private static void AppendCollapsed(string raw, RawLine line, bool onlySpaces, MappedTextBuilder output)
    {
        // Nearly every line has single spaces only: nothing to collapse.
        if (onlySpaces && raw.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart).IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            output.AppendRange(line.ContentStart, line.ContentEnd);
            return;
        }
        var i = line.ContentStart;
        while (i < line.ContentEnd)
        {
            var next = raw.AsSpan(i, line.ContentEnd - i).IndexOfAny(RawLine.HorizontalSpaces);
            if (next < 0)
            {
                output.AppendRange(i, line.ContentEnd);
                return;
            }
            output.AppendRange(i, i + next);
            i += next;
            var keep = i;
            while (i < line.ContentEnd && RawLine.IsHorizontalSpace(raw[i]))
            {
                if (raw[i] == ' ' && raw[keep] != ' ') keep = i;
                i++;
            }
            output.Append(' ', keep);
        }
    }
}
