using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Recognition.Dates;

/// <summary>One group of a date match: what <see cref="Group"/> offers, as a value.</summary>
internal readonly struct DateGroup(string text, int index, int length, bool success)
{
    public bool Success => success;
    public int Index => index;
    public int Length => length;
    public ReadOnlySpan<char> ValueSpan => success ? text.AsSpan(index, length) : default;
    public string Value => success ? text.Substring(index, length) : "";
}

/// <summary>
/// The groups of a <see cref="DatePattern"/> match, read without <see cref="Match.Groups"/>: asking a match for any
/// one group makes it build a <see cref="Group"/> object for every one of the pattern's 40-odd groups, which was the
/// largest allocation of date recognition. The captures are read from the match's own arrays (the layout its
/// <c>Group</c> objects are built from); a check at start-up compares that reading with <see cref="Match.Groups"/>
/// and falls back to the groups if they ever differ (another runtime).
/// </summary>
internal readonly struct DateGroups(Match match, string text)
{
    private static readonly FrozenDictionary<string, int> Numbers = BuildNumbers();

    private static readonly bool Direct = DirectReadingWorks();

    /// <summary>Whether the groups are read from the match's arrays (false: through <see cref="Match.Groups"/>).</summary>
    internal static bool ReadsMatchDirectly => Direct;

    public DateGroup this[string name] => Get(match, text, Numbers[name]);

    private static DateGroup Get(Match m, string text, int number)
    {
        if (!Direct)
        {
            var g = m.Groups[number];
            return new DateGroup(text, g.Index, g.Length, g.Success);
        }
        var count = MatchCounts(m)[number];
        if (count == 0) return new DateGroup(text, 0, 0, false);
        // The last capture, as Group takes it: start at 2(n-1), length at 2n-1.
        var captures = Captures(m)[number];
        return new DateGroup(text, captures[(count - 1) * 2], captures[count * 2 - 1], true);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matches")]
    private static extern ref int[][] Captures(Match m);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_matchcount")]
    private static extern ref int[] MatchCounts(Match m);

    private static FrozenDictionary<string, int> BuildNumbers()
    {
        var regex = DatePattern.AnchoredRegex();
        return regex.GetGroupNames().ToFrozenDictionary(n => n, regex.GroupNumberFromName, StringComparer.Ordinal);
    }

    /// <summary>Whether reading the match's arrays gives exactly what its groups give, on matches of every form.</summary>
    private static bool DirectReadingWorks()
    {
        string[] samples =
        [
            "between June 12 and 18, 2020", "on Friday, 25-26 June 2020", "01/05/2012", "2020-06-25", "from 2019 to 2020",
            "in early October 2019", "since 2017", "the summer of 2020", "yesterday", "the next day", "a few days later",
            "last week", "last Monday",
        ];
        try
        {
            foreach (var sample in samples)
            {
                var m = DatePattern.AnchoredRegex().Match(sample);
                if (!m.Success) return false;
                foreach (var number in Numbers.Values)
                {
                    var count = MatchCounts(m)[number];
                    var g = m.Groups[number];
                    if (count > 0 != g.Success) return false;
                    if (count == 0) continue;
                    var captures = Captures(m)[number];
                    if (captures[(count - 1) * 2] != g.Index || captures[count * 2 - 1] != g.Length) return false;
                }
            }
            return true;
        }
        catch (Exception e) when (e is MissingFieldException or IndexOutOfRangeException or NullReferenceException)
        {
            return false;
        }
    }
}
