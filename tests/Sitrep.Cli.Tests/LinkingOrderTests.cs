using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Events do not depend on the order reports arrive in: ingesting them one by one, in any order, gives the same events
/// as ingesting them together (the linker revisits its own recent links with each new batch).
/// </summary>
public sealed class LinkingOrderTests : IDisposable
{
    private readonly List<CliRunner> _runners = [];
    public void Dispose() { foreach (var r in _runners) r.Dispose(); }

    // Written for this test: a brief and a wire about one raid, each with more than one act. Ingested brief first,
    // the brief's two acts found two events before the wire could join them; linking revisits that.
    private static readonly (string Name, string Text)[] Reports =
    [
        ("brief.txt",
            "Published: June 30, 2020\n\n" +
            "On June 26, 2020, Iraqi security forces detained more than a dozen suspects behind a string of rocket strikes on US bases.\n\n" +
            "The Prime Minister answered his critics on June 25, 2020 by ordering counter-terrorism forces to arrest 14 members of Kata'ib Hezbollah.\n"),
        ("wire.txt",
            "Published: June 28, 2020\n\n" +
            "Iraqi security forces captured two rockets ready to be fired in southwest Baghdad on June 25, 2020.\n\n" +
            "Kadhimi directed a counterterrorism team on June 25, 2020, to raid a Kata'ib Hezbollah depot in the south of Baghdad and detained 14 militiamen.\n\n" +
            "A few days earlier, Iraqi intelligence had arrested three militia members who confessed to planning attacks.\n"),
    ];

    private async Task<List<string>> EventsAfterIngestingAsync(params int[][] batches)
    {
        var cli = new CliRunner();
        _runners.Add(cli);
        foreach (var (name, text) in Reports) cli.Write("all/" + name, text);
        foreach (var batch in batches)
        {
            var paths = batch.Select(i => Path.Combine(cli.Dir, "all", Reports[i].Name)).ToArray();
            var run = await cli.RunWithDbAsync(["ingest", .. paths]);
            Assert.True(run.ExitCode == 0, run.Err);
        }
        var events = await cli.RunWithDbAsync("events", "--json");
        Assert.True(events.ExitCode == 0, events.Err);
        // An event as the mentions it groups (document and span), so runs are compared on grouping, not on ids.
        return JsonDocument.Parse(events.Out).RootElement.EnumerateArray()
            .Select(e => string.Join(" + ", e.GetProperty("mentions").EnumerateArray()
                .Select(m => $"{m.GetProperty("doc").GetString()}@{m.GetProperty("span").GetProperty("start").GetInt32()}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Reports_ingested_one_by_one_in_any_order_give_the_events_of_one_batch()
    {
        var together = await EventsAfterIngestingAsync([0, 1]);
        // The raid is told by both: one event groups the two documents.
        Assert.Contains(together, e => e.Contains("brief.txt", StringComparison.Ordinal) && e.Contains("wire.txt", StringComparison.Ordinal));
        Assert.Equal(together, await EventsAfterIngestingAsync([0], [1]));
        Assert.Equal(together, await EventsAfterIngestingAsync([1], [0]));
    }
}
