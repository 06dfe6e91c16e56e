using System.Text;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Normalisation;

/// <summary>
/// Generated PDF-like texts (wraps, blank lines, CR/LF mixes, spaces, lost ligatures, split words, list items,
/// repeated lines): whatever the normaliser does, its map must lead every kept char back to the same raw char.
/// </summary>
public class OffsetMapPropertyTests
{
    private static readonly string[] Words =
    [
        "the", "convoy", "Baghdad", "militia", "official", "al-Kadhimi", "US-trained", "“large”", "unit’s", "(CTS)",
        "\uFFFDe", "o\uFFFDcial", "\uFFFDghters", "in\uFFFDuential", "al-\uFFFDaniya", "\uFFFDamer", "Reshu\uFFFDes",
        "rockets", "border", "crossing", "report", "said", "about", "near", "Province", "seized", "2,200", "14",
        "desig-\nnated", "state-\n\nment", "pro-\nIran", "—", "–", "1.", "\uFFFD",
    ];

    private static readonly string[] Breaks = [" ", " ", " ", " ", "  ", " \t ", "\n", "\r\n", "\r", " \n", "\n\n", "\r\n\r\n", ". ", ".\n", ".\n\n", ", "];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 60).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_kept_char_maps_to_the_same_raw_char(int seed)
    {
        var raw = Generate(new Random(seed));
        var result = new TextNormaliser().Normalise(raw);
        NormalisationAssert.MapIsExact(result);
        NormalisationAssert.WordsMapBack(result);
        Assert.DoesNotContain("  ", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', result.Text);
        Assert.False(result.Text.StartsWith(' ') || result.Text.EndsWith(' ') || result.Text.EndsWith('\n'));
        foreach (var repair in result.Repairs)
            Assert.True(repair.RawSpan.End <= raw.Length && repair.RawSpan.Start >= 0);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_span_maps_into_the_raw_text_in_order(int seed)
    {
        var random = new Random(seed);
        var result = new TextNormaliser().Normalise(Generate(random));
        for (var k = 0; k < 50 && result.Text.Length > 0; k++)
        {
            var a = random.Next(result.Text.Length + 1);
            var b = random.Next(a, result.Text.Length + 1);
            var rawSpan = result.ToRaw(new TextSpan(a, b));
            Assert.InRange(rawSpan.Start, 0, result.Raw.Length);
            Assert.InRange(rawSpan.End, rawSpan.Start, result.Raw.Length);
        }
    }

    private static string Generate(Random random)
    {
        var sb = new StringBuilder();
        var lines = new List<string>();
        var count = random.Next(5, 80);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(25) == 0) sb.Append($"{random.Next(1, 12)}    Jun {random.Next(1, 30)}: Heading Words Here\n");
            if (random.Next(30) == 0) sb.Append("  • ");
            var word = Words[random.Next(Words.Length)];
            sb.Append(random.Next(8) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            sb.Append(Breaks[random.Next(Breaks.Length)]);
            if (random.Next(40) == 0)
            {
                // a layout repeat of the last line
                var text = sb.ToString();
                var lastBreak = text.LastIndexOf('\n', Math.Max(0, text.Length - 2));
                sb.Append(text[(lastBreak + 1)..]).Append('\n');
            }
        }
        if (random.Next(3) == 0) sb.Append("   \n\n");
        return sb.ToString();
    }
}
