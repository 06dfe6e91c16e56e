using System.Diagnostics;
using System.Reflection;
using System.Text;
using Sitrep.Core.Recognition.Matching;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Recognition.Matching;

/// <summary>
/// Benchmark-like tests: they print build time, memory and throughput and assert only correctness, never speed
/// (figures from a Debug build, with the JIT optimiser off, are several times lower; see the printed build mode).
/// </summary>
public sealed class PhraseMatcherBenchmarkTests(ITestOutputHelper output)
{
    private static readonly string[] Onsets = ["b", "d", "f", "h", "j", "k", "kh", "m", "n", "q", "r", "s", "sh", "t", "z", "gh", "w", "y", "l"];
    private static readonly string[] Vowels = ["a", "i", "u", "aa", "ii", "e", "o"];
    // Ordinary words between the names; almost none are phrase words, as in real reporting.
    private static readonly string[] FillerWords =
    [
        "convoy", "reported", "officials", "were", "of", "near", "police", "protest", "strike", "drone", "province",
        "government", "week", "forces", "attack", "rocket", "several", "people", "vehicle", "checkpoint", "statement",
    ];

    private static string Word(Random random)
    {
        var sb = new StringBuilder();
        for (var k = random.Next(2, 4); k > 0; k--) sb.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
        return sb.ToString();
    }

    private static List<string> Phrases(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, count / 2).Select(_ => Word(random)).Distinct().ToArray();
        var phrases = new List<string>(count);
        while (phrases.Count < count)
        {
            var sb = new StringBuilder();
            if (random.Next(5) == 0) sb.Append("al-");
            var first = vocabulary[random.Next(vocabulary.Length)];
            sb.Append(char.ToUpperInvariant(first[0])).Append(first[1..]);
            for (var w = random.Next(0, 3); w > 0; w--) sb.Append(' ').Append(vocabulary[random.Next(vocabulary.Length)]);
            phrases.Add(sb.ToString());
        }
        return phrases;
    }

    private static string BuildMode() =>
        typeof(PhraseMatcher<>).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true
            ? "Debug (JIT optimiser off)" : "Release";

    private static PhraseMatcher<int> Build(List<string> phrases)
    {
        var builder = new PhraseMatcherBuilder<int>().OptionalLeadingTokens("al", "the");
        for (var k = 0; k < phrases.Count; k++) builder.Add(phrases[k], k, caseSensitive: k % 50 == 0);
        return builder.Build();
    }

    [Fact]
    public void Build_of_100k_phrases_prints_time_and_memory()
    {
        var phrases = Phrases(100_000, 1);
        Build(phrases.GetRange(0, 1000)); // warm up the JIT
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var matcher = Build(phrases);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{BuildMode()}: {phrases.Count:N0} phrases -> {matcher.PhraseCount:N0} distinct, {matcher.TokenCount:N0} tokens, "
            + $"{matcher.NodeCount:N0} trie nodes");
        output.WriteLine($"build {clock.ElapsedMilliseconds} ms, allocated {allocated / 1e6:F1} MB during build, "
            + $"retained {(after - before) / 1e6:F1} MB (phrase strings are the caller's and not counted)");

        Assert.True(matcher.PhraseCount > 90_000);
        Assert.Contains(matcher.Match($"Near {phrases[123]} today."), m => m.Values.Contains(123));
        GC.KeepAlive(matcher);
    }

    [Fact]
    public void Throughput_over_5_MB_with_50k_phrases_is_printed()
    {
        var phrases = Phrases(50_000, 2);
        var matcher = Build(phrases);
        var random = new Random(3);
        var sb = new StringBuilder(5_100_000);
        var planted = 0;
        while (sb.Length < 5_000_000)
        {
            // About one name in ten words, as in conflict reporting; sentence ends and paragraphs now and then.
            if (random.Next(10) == 0) { sb.Append(phrases[random.Next(phrases.Count)]); planted++; }
            else sb.Append(FillerWords[random.Next(FillerWords.Length)]);
            sb.Append(random.Next(40) switch { 0 => ". ", 1 => ", ", 2 => "\n\n", 3 => "’s ", _ => " " });
        }
        var text = sb.ToString();
        matcher.Match(text[..500_000]); // warm up

        var best = double.MaxValue;
        var count = 0;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            count = matcher.Match(text).Count;
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        output.WriteLine($"{BuildMode()}: {text.Length / 1e6:F1} M chars, {phrases.Count:N0} phrases, {planted:N0} names planted, "
            + $"{count:N0} matches, best of 3: {best * 1000:F0} ms = {text.Length / 1e6 / best:F1} MB/s (1 char = 1 byte of this ASCII text)");

        Assert.True(count >= planted * 9 / 10, $"{count} matches for {planted} planted names");
    }
}
