namespace Sitrep.Core.Text;

/// <summary>A half-open <c>[Start, End)</c> range of UTF-16 offsets into a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
    public bool Contains(int offset) => Start <= offset && offset < End;
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
    public override string ToString() => $"[{Start}, {End})";

    public static TextSpan FromBounds(int start, int end)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        return new TextSpan(start, end);
    }
}
