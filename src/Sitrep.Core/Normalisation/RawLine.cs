using System.Buffers;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// One physical line of the raw text. <c>[Start, End)</c> is the line without its terminator
/// (\r\n, \r or \n; none at the end of the text); <c>[ContentStart, ContentEnd)</c> drops the
/// leading and trailing horizontal whitespace.
/// </summary>
internal readonly record struct RawLine(int Start, int End, int ContentStart, int ContentEnd, int BreakEnd)
{
    public bool IsBlank => ContentStart == ContentEnd;
    public bool IsIndented => ContentStart > Start;
    public bool HasBreak => BreakEnd > End;

    /// <summary>Splits <paramref name="raw"/> into lines; \r\n, lone \r and \n all end a line.</summary>
    public static List<RawLine> Split(string raw)
    {
        var lines = new List<RawLine>(raw.Length / 64 + 4);
        var start = 0;
        while (start < raw.Length)
        {
            var found = raw.AsSpan(start).IndexOfAny('\n', '\r');
            var end = found < 0 ? raw.Length : start + found;
            var breakEnd = end;
            if (breakEnd < raw.Length)
                breakEnd += raw[breakEnd] == '\r' && breakEnd + 1 < raw.Length && raw[breakEnd + 1] == '\n' ? 2 : 1;
            var cs = start;
            while (cs < end && IsHorizontalSpace(raw[cs])) cs++;
            var ce = end;
            while (ce > cs && IsHorizontalSpace(raw[ce - 1])) ce--;
            lines.Add(new RawLine(start, end, cs, ce, breakEnd));
            start = breakEnd;
        }
        return lines;
    }

    /// <summary>Whitespace that is not a line break (space, tab, no-break space, form feed...).</summary>
    public static bool IsHorizontalSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    /// <summary>Every char <see cref="IsHorizontalSpace"/> accepts, for vectorised searches.</summary>
    public static SearchValues<char> HorizontalSpaces { get; } = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsHorizontalSpace).ToArray());

    /// <summary>Every char <see cref="IsHorizontalSpace"/> accepts but the space (tabs, no-break spaces...).</summary>
    public static SearchValues<char> OtherHorizontalSpaces { get; } = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && IsHorizontalSpace(c)).ToArray());
}
