namespace Sitrep.Core.Text;

/// <summary>A half-open <c>[Start, End)</c> range of UTF-16 offsets into a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
    public bool Contains(int offset) => Start <= offset && offset < End;
    /// <summary>The part of this span inside <paramref name="range"/>; empty (at the nearer bound) when they do not overlap.</summary>
    public TextSpan Intersect(TextSpan range)
    {
        var start = Math.Max(Start, range.Start);
        var end = Math.Min(End, range.End);
        return end > start ? new TextSpan(start, end) : new TextSpan(start, start);
    }
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
    public override string ToString() => $"[{Start}, {End})";

    public static TextSpan FromBounds(int start, int end)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        return new TextSpan(start, end);
    }
}
