using System.Buffers;

namespace Sitrep.Core.Metadata;

/// <summary>
/// Finds names from a fixed list as whole words, as the regex <c>(?&lt;!W)(?:longest|...|shortest)(?!W)</c> does
/// (W: a letter, or also a digit), but with one vectorised multi-string search instead of trying the alternation
/// at every capital: it runs over whole documents.
/// </summary>
internal sealed class WholeNameFinder
{
    private readonly string[] _names; // longest first; equal lengths in the order given
    private readonly SearchValues<string> _any;
    private readonly bool _digitsJoin;

    /// <param name="digitsJoin">Whether a digit next to a name makes it part of a longer word, as a letter does.</param>
    public WholeNameFinder(IEnumerable<string> names, bool digitsJoin)
    {
        _names = [.. names.OrderByDescending(n => n.Length)];
        if (_names.Length == 0 || _names[^1].Length == 0) throw new ArgumentException("Names must be non-empty.", nameof(names));
        _any = SearchValues.Create(_names, StringComparison.Ordinal);
        _digitsJoin = digitsJoin;
    }

    public int LongestName => _names[0].Length;

    /// <summary>
    /// The first whole name in <paramref name="input"/> at or after <paramref name="from"/>: at the leftmost place
    /// where one fits, the longest that does. Chars outside <paramref name="input"/> are not looked at.
    /// </summary>
    public (int Index, string Name)? Find(ReadOnlySpan<char> input, int from = 0)
    {
        while (from < input.Length)
        {
            var at = input[from..].IndexOfAny(_any);
            if (at < 0) return null;
            at += from;
            if (at == 0 || !Joins(input[at - 1]))
            {
                var rest = input[at..];
                foreach (var name in _names)
                    if (rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || !Joins(rest[name.Length])))
                        return (at, name);
            }
            from = at + 1;
        }
        return null;
    }

    private bool Joins(char c) => char.IsLetter(c) || (_digitsJoin && char.IsDigit(c));
}
