using System.Text;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Normalisation;

/// <summary>
/// The builder copies nothing while its output is the source's own start: whatever mix of copies, stand-ins and
/// removals it gets, the text and map must be what writing every char and offset out would give.
/// </summary>
public sealed class MappedTextBuilderTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 60).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Builds_what_a_plain_copy_builds(int seed)
    {
        var random = new Random(seed);
        var source = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => "ab \n-"[random.Next(5)]).ToArray());
        var text = new StringBuilder();
        var offsets = new List<int>();
        var builder = MappedTextBuilder.For(source);
        var at = 0; // next source char to copy
        while (at < source.Length)
        {
            switch (random.Next(10))
            {
                case < 5:
                    var end = random.Next(at, source.Length + 1);
                    builder.AppendRange(at, end);
                    for (var k = at; k < end; k++) { text.Append(source[k]); offsets.Add(k); }
                    at = end;
                    break;
                case 5:
                    at++; // skipped
                    break;
                case 6:
                    var c = random.Next(2) == 0 ? source[at] : ' ';
                    builder.Append(c, at);
                    text.Append(c);
                    offsets.Add(at);
                    at++;
                    break;
                case 7:
                    builder.Append("fi", at);
                    text.Append("fi");
                    offsets.AddRange([at, at]);
                    at++;
                    break;
                default:
                    var count = random.Next(0, Math.Min(2, text.Length) + 1);
                    builder.RemoveLast(count);
                    text.Length -= count;
                    offsets.RemoveRange(offsets.Count - count, count);
                    break;
            }
        }
        // Half the time the map leads on through the source's own map (here: every offset doubled).
        var through = random.Next(2) == 0 ? new OffsetMap(Enumerable.Range(0, source.Length + 1).Select(k => 2 * k).ToArray()) : null;
        var (builtText, map) = builder.Build(source.Length, through);

        offsets.Add(source.Length);
        var expected = through is null ? offsets : offsets.Select(o => 2 * o).ToList();
        Assert.Equal(text.ToString(), builtText);
        Assert.Equal(expected, map.RawOffsets.ToArray());
        for (var k = 0; k <= map.Length; k++) Assert.Equal(expected[k], map.ToRaw(k));
    }

    [Fact]
    public void An_unchanged_text_is_the_source_itself_with_an_identity_map()
    {
        const string source = "one line\n\ntwo";
        var builder = MappedTextBuilder.For(source);
        builder.AppendRange(0, source.Length);
        var (text, map) = builder.Build(source.Length);
        Assert.Same(source, text);
        Assert.True(map.IsIdentity);
    }
}
