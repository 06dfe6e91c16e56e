using Sitrep.Cli.Bench;

namespace Sitrep.Cli.Tests;

/// <summary>The query benchmark on a tiny store: every query kind measured with sane figures, the store reused on a second
/// run, a store of another size refused. No timing thresholds: machines differ.</summary>
public class QueryBenchTests
{
    private static readonly QueryBenchOptions Small = new() { Lists = 30, Details = 30, Searches = 30, Weeks = 3, WarmUp = 1 };

    [Fact]
    public async Task Measures_every_query_kind_on_a_store_it_builds_then_reuses_it()
    {
        using var cli = new CliRunner();
        var progress = new StringWriter();

        var result = await QueryBench.RunAsync(cli.Db, 2_000, seed: 11, progress, Small, CancellationToken.None);

        Assert.Equal(2_000, result.Events);
        Assert.False(result.Reused);
        // 1-4 reports per event.
        Assert.InRange(result.Mentions, 2_000, 8_000);
        Assert.InRange(result.Documents, 1, result.Mentions);
        Assert.True(result.BuildTime > TimeSpan.Zero);
        Assert.True(result.DatabaseBytes > 0);
        Assert.Equal([QueryBench.List, QueryBench.Detail, QueryBench.Search, QueryBench.Week], result.Queries.Select(q => q.Kind));
        Assert.Equal([30, 30, 30, 3], result.Queries.Select(q => q.Runs));
        foreach (var q in result.Queries)
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Description));
            Assert.True(q.P50Ms > 0, q.Kind);
            Assert.True(q.P50Ms <= q.P95Ms && q.P95Ms <= q.MaxMs, q.Kind);
            Assert.True(q.MeanResults > 0, q.Kind + " found nothing");
        }
        // Every event the benchmark made has its page.
        Assert.Equal(1, result.Queries.Single(q => q.Kind == QueryBench.Detail).MeanResults);
        Assert.Equal([50.0, 50.0, null, 1000.0], result.Queries.Select(q => q.TargetP95Ms));
        Assert.Contains("2,000/2,000 events", progress.ToString(), StringComparison.Ordinal);

        var again = await QueryBench.RunAsync(cli.Db, 2_000, seed: 11, TextWriter.Null, Small, CancellationToken.None);
        Assert.True(again.Reused);
        Assert.Equal(TimeSpan.Zero, again.BuildTime);
        Assert.Equal((result.Mentions, result.Documents), (again.Mentions, again.Documents));
    }

    [Fact]
    public async Task Refuses_a_store_of_another_size()
    {
        using var cli = new CliRunner();
        var tiny = Small with { Lists = 1, Details = 1, Searches = 1, Weeks = 1, WarmUp = 0 };
        await QueryBench.RunAsync(cli.Db, 300, seed: 3, TextWriter.Null, tiny, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            QueryBench.RunAsync(cli.Db, 400, seed: 3, TextWriter.Null, tiny, CancellationToken.None));
        Assert.Contains("300 event(s)", error.Message, StringComparison.Ordinal);
    }
}
