using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Metadata;

namespace Sitrep.Core.Tests.Metadata;

/// <summary>
/// The finder replaced regex alternations with look-around boundaries: on any text it must find what the regex
/// finds (leftmost place, longest name there, whole words only).
/// </summary>
public sealed class WholeNameFinderTests
{
    private static readonly string[] Names = ["ISW", "Soufan Center", "The Soufan Center", "AP News", "Sudan", "South Sudan", "Al-Monitor", "Kurdistan 24", "BBC", "BBC News"];
    private static readonly string[] Fillers = [" ", "  ", "x", "X", "é", "9", "’s", ".", "-", "\n", "(", "South ", "The ", "Al", "News"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 40).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_what_the_regex_finds(int seed)
    {
        var random = new Random(seed);
        var text = Generate(random);
        foreach (var digitsJoin in new[] { false, true })
        {
            var finder = new WholeNameFinder(Names, digitsJoin);
            var boundary = digitsJoin ? @"[\p{L}\d]" : @"[\p{L}]";
            var regex = new Regex($"(?<!{boundary})(?:{string.Join('|', Names.OrderByDescending(n => n.Length).Select(Regex.Escape))})(?!{boundary})", RegexOptions.CultureInvariant);

            // Every match, one after the other.
            var expected = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var found = new List<(int, string)>();
            for (var m = finder.Find(text); m is (int index, string name); m = finder.Find(text, index + name.Length)) found.Add((index, name));
            Assert.Equal(expected, found);

            // A window is the whole input: nothing outside it is looked at.
            var start = random.Next(text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var window = regex.Match(text, start, end - start);
            var inWindow = finder.Find(text.AsSpan(start, end - start));
            Assert.Equal(window.Success ? (window.Index, window.Value) : ((int, string)?)null,
                inWindow is (int i, string n) ? (start + i, n) : null);
        }
    }

    [Fact]
    public void Publisher_search_from_a_point_sees_the_char_before_it()
    {
        Assert.Null(KnownPublishers.FindFirstFrom("xISW report", 1));
        Assert.Equal(1, KnownPublishers.FindFirstFrom(" ISW report", 1)?.Index);
    }

    private static string Generate(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
            sb.Append(random.Next(3) == 0 ? Names[random.Next(Names.Length)] : Fillers[random.Next(Fillers.Length)]);
        return sb.ToString();
    }
}
