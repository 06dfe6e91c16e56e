using System.Text.Json;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli.Tests;

/// <summary>
/// <c>sitrep bench</c> on a tiny corpus: every stage reports what went through it, the JSON has the figures a results
/// table needs, and the sizes run are 1,000, 10,000, ... up to --docs. Timings are printed, never asserted.
/// </summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_small_run_reports_every_stage_with_the_bytes_and_documents_it_saw()
    {
        var dir = Path.Combine(_cli.Dir, "bench");
        var run = await _cli.RunAsync("bench", "--docs", "25", "--queries", "0", "--json", "--dir", dir);
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() >= 1);
        var size = Assert.Single(root.GetProperty("sizes").EnumerateArray());
        Assert.Equal(25, size.GetProperty("documents").GetInt32());
        var bytes = size.GetProperty("bytes").GetInt64();
        // Generated documents are 2-15 KB each.
        Assert.InRange(bytes, 25 * 2_000, 25 * 15_500);
        Assert.True(size.GetProperty("mentions").GetInt32() > 25, "the generated reports should yield events");
        Assert.InRange(size.GetProperty("events").GetInt32(), 1, size.GetProperty("mentions").GetInt32());
        var stages = size.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ToList();
        Assert.Equal(["read + normalise", "recognise", "extract", "store (SQLite)", "link"], stages);
        foreach (var s in size.GetProperty("stages").EnumerateArray())
        {
            Assert.Equal(bytes, s.GetProperty("bytes").GetInt64());
            Assert.Equal(25, s.GetProperty("documents").GetInt32());
            Assert.True(s.GetProperty("seconds").GetDouble() > 0);
        }
        var pipeline = size.GetProperty("pipeline").GetProperty("seconds").GetDouble();
        Assert.Equal(size.GetProperty("stages").EnumerateArray().Sum(s => s.GetProperty("seconds").GetDouble()), pipeline, 6);
        Assert.True(size.GetProperty("baseline").GetProperty("seconds").GetDouble() > 0);
        Assert.True(size.GetProperty("peak_working_set_bytes").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("queries").ValueKind);
        // The store it built is kept in --dir, with the generated documents in it.
        Assert.True(File.Exists(Path.Combine(dir, "bench-25.db")));
    }

    [Fact]
    public async Task The_table_gives_the_growth_of_end_to_end_time_beside_the_stages_sum()
    {
        // Two sizes (1,000 and 1,001): the second row block states how both times grew with the corpus.
        var run = await _cli.RunAsync("bench", "--docs", "1001", "--queries", "0", "--dir", Path.Combine(_cli.Dir, "g"));
        Assert.True(run.ExitCode == 0, run.Err);
        var growth = System.Text.RegularExpressions.Regex.Match(run.Out, @"stages' time x(\d+\.\d\d), end to end x(\d+\.\d\d) for size x1\b");
        Assert.True(growth.Success, run.Out);
        Assert.True(double.Parse(growth.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task The_query_benchmark_reports_each_kind_of_query()
    {
        var run = await _cli.RunAsync("bench", "--docs", "10", "--queries", "1000", "--json", "--dir", Path.Combine(_cli.Dir, "q"));
        Assert.True(run.ExitCode == 0, run.Err);
        var queries = JsonDocument.Parse(run.Out).RootElement.GetProperty("queries");
        Assert.Equal(1000, queries.GetProperty("events").GetInt32());
        var kinds = queries.GetProperty("queries").EnumerateArray().Select(k => k.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["list", "detail", "search", "week"], kinds);
        foreach (var k in queries.GetProperty("queries").EnumerateArray())
            Assert.True(k.GetProperty("p95_ms").GetDouble() >= k.GetProperty("p50_ms").GetDouble());
    }

    [Fact]
    public void Sizes_climb_by_tens_up_to_the_largest()
    {
        Assert.Equal([1000, 10_000, 100_000], BenchCommand.Sizes(100_000));
        Assert.Equal([1000, 10_000, 25_000], BenchCommand.Sizes(25_000));
        Assert.Equal([500], BenchCommand.Sizes(500));
    }

    [Fact]
    public async Task A_corpus_size_below_one_is_refused()
    {
        var run = await _cli.RunAsync("bench", "--docs", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--docs", run.Err);
    }
}
