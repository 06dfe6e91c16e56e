namespace Sitrep.Core.Text;

/// <summary>
/// The word (a run of letters) next to a position, after skipping the given separators: the small look-around that
/// recognizers use to read context such as "near X", "Captain X", "to X", "X said".
/// </summary>
public static class Words
{
    /// <summary>The word ending just before <paramref name="position"/> (separators skipped); empty when there is none.</summary>
    public static TextSpan Before(string text, int position, ReadOnlySpan<char> separators)
    {
        var end = position;
        while (end > 0 && separators.Contains(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return new TextSpan(start, end);
    }

    /// <summary>The word starting just after <paramref name="position"/> (separators skipped); empty when there is none.</summary>
    public static TextSpan After(string text, int position, ReadOnlySpan<char> separators)
    {
        var start = position;
        while (start < text.Length && separators.Contains(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return new TextSpan(start, end);
    }

    /// <summary>Whether a possessive "'s" / "’s" ends at or follows <paramref name="end"/> ("Iraq’s", "KH's").</summary>
    public static bool IsPossessiveAt(string text, int end) =>
        (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S')
        || (end > 1 && text[end - 2] is '\'' or '’' && text[end - 1] is 's' or 'S');

    /// <summary>The text of a word span, or null when it is empty.</summary>
    public static string? Text(string text, TextSpan word) => word.IsEmpty ? null : text.Substring(word.Start, word.Length);
}
