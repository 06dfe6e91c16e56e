using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Linking through the CLI: ingest links two reports of one raid (written for this test, with figures and dates that
/// disagree), <c>events --json</c> gives the contract a scorer reads (id, mentions[].doc/span/item,
/// contradictions[].attribute/values[].value/doc/span; spans in the original files), <c>event ID</c> shows the sources
/// side by side, and merge, split and audit persist.
/// </summary>
public sealed class EventLinkCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private const string WireA =
        "Published: June 26, 2020\n\n" +
        "Iraqi counter-terrorism forces raided a Kata'ib Hezbollah safe house in Dora, Baghdad on June 25, 2020 and detained 14 members of the militia.\n";

    private const string WireB =
        "Published: June 27, 2020\n\n" +
        "Counter-terrorism troops raided a Kata'ib Hezbollah site in Dora, Baghdad on June 26, 2020, detaining 11 fighters.\n";

    private string _a = "", _b = "";

    private async Task IngestAsync()
    {
        _a = _cli.Write("in/wire-a.txt", WireA);
        _b = _cli.Write("in/wire-b.txt", WireB);
        var run = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("2 event mention(s) linked into 1 event(s)", run.Out);
    }

    private async Task<List<JsonElement>> EventsAsync(params string[] args)
    {
        var run = await _cli.RunWithDbAsync(["events", "--json", .. args]);
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
    }

    private static string At(string path, JsonElement span) =>
        File.ReadAllText(path)[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

    private string PathOf(string doc) => doc switch
    {
        "wire-a.txt" => _a,
        "wire-b.txt" => _b,
        _ => throw new InvalidOperationException(doc),
    };

    [Fact]
    public async Task Two_reports_of_one_raid_are_one_event_with_their_contradictions()
    {
        await IngestAsync();
        var e = Assert.Single(await EventsAsync());
        Assert.StartsWith("ev-", e.GetProperty("id").GetString());
        Assert.Equal("Dora", e.GetProperty("location").GetString());
        Assert.Equal("Baghdad", e.GetProperty("admin1").GetString());
        Assert.Equal(2, e.GetProperty("independent_sources").GetInt32());
        Assert.Equal("2020-06-26", e.GetProperty("earliest_report").GetString());

        var mentions = e.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(["wire-a.txt", "wire-b.txt"], mentions.Select(m => m.GetProperty("doc").GetString()).Order());
        foreach (var m in mentions)
        {
            // The span is in the original file: the text there is the evidence (one line, nothing to normalise).
            var said = At(PathOf(m.GetProperty("doc").GetString()!), m.GetProperty("span"));
            Assert.Equal(m.GetProperty("evidence").GetString(), said);
            Assert.Contains("Dora", said);
            Assert.Equal(JsonValueKind.Null, m.GetProperty("item").ValueKind);
            Assert.InRange(m.GetProperty("confidence").GetDouble(), 0.0, 1.0);
            Assert.True(m.GetProperty("mention_id").GetInt64() > 0);
        }

        var contradictions = e.GetProperty("contradictions").EnumerateArray().ToList();
        var detained = contradictions.Single(c => c.GetProperty("attribute").GetString() == "count:detained");
        var values = detained.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["11", "14"], values.Select(v => v.GetProperty("value").GetString()).Order());
        foreach (var v in values)
        {
            var doc = v.GetProperty("doc").GetString()!;
            Assert.Equal(v.GetProperty("value").GetString() == "14" ? "wire-a.txt" : "wire-b.txt", doc);
            Assert.Contains(v.GetProperty("value").GetString()!, At(PathOf(doc), v.GetProperty("span")));
        }
        var date = contradictions.Single(c => c.GetProperty("attribute").GetString() == "date");
        Assert.Equal(2, date.GetProperty("values").GetArrayLength());
        Assert.All(date.GetProperty("values").EnumerateArray(), v => Assert.Contains(
            v.GetProperty("doc").GetString() == "wire-a.txt" ? "June 25" : "June 26", At(PathOf(v.GetProperty("doc").GetString()!), v.GetProperty("span"))));
    }

    [Fact]
    public async Task Reingesting_adds_nothing_and_changes_no_event()
    {
        await IngestAsync();
        var before = (await _cli.RunWithDbAsync("events", "--json")).Out;
        var again = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 2 unchanged, 0 failed, 0 event(s) stored", again.Out);
        Assert.Contains("0 event mention(s) linked into 0 event(s)", again.Out);
        Assert.Equal(before, (await _cli.RunWithDbAsync("events", "--json")).Out);
        var audit = await _cli.RunWithDbAsync("event", "audit", "--json");
        Assert.Single(JsonDocument.Parse(audit.Out).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Filters_select_events_by_their_mentions_and_show_all_of_them()
    {
        await IngestAsync();
        var e = Assert.Single(await EventsAsync("--doc", "wire-b.txt"));
        Assert.Equal(2, e.GetProperty("mentions").GetArrayLength());
        Assert.Single(await EventsAsync("--text", "safe house"));
        Assert.Single(await EventsAsync("--actor", "KH", "--governorate", "Baghdad"));
        Assert.Empty(await EventsAsync("--from", "2020-07-01"));

        var table = await _cli.RunWithDbAsync("events");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(e.GetProperty("id").GetString()!, table.Out);
        Assert.Contains("2 / 2", table.Out);
        Assert.Contains("1 event(s) in", table.Out);
        // The mention listing is still there, with the ids split takes.
        var mentions = await _cli.RunWithDbAsync("events", "--mentions");
        Assert.Contains("2 event mention(s) in", mentions.Out);
    }

    [Fact]
    public async Task Event_shows_the_sources_side_by_side_with_the_disagreements_marked()
    {
        await IngestAsync();
        var id = (await EventsAsync())[0].GetProperty("id").GetString()!;
        var run = await _cli.RunWithDbAsync("event", id[..7]);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains(id, run.Out);
        Assert.Contains("wire-a.txt", run.Out);
        Assert.Contains("wire-b.txt", run.Out);
        // Disagreeing values carry a textual mark (no colour when the output is not a terminal).
        Assert.Contains(run.Out.Split('\n'), l => l.Contains("≠ 14 detained") && l.Contains("≠ 11 detained"));
        Assert.Contains(run.Out.Split('\n'), l => l.Contains("≠ count:detained"));
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);

        var json = await _cli.RunWithDbAsync("event", id, "--json");
        Assert.Equal(id, JsonDocument.Parse(json.Out).RootElement.GetProperty("id").GetString());

        var unknown = await _cli.RunWithDbAsync("event", "ev-000000nothing");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("no such event", Assert.Single(unknown.ErrLines));
        var noDb = await _cli.RunAsync("event", id, "--db", Path.Combine(_cli.Dir, "none.db"));
        Assert.Equal(3, noDb.ExitCode);
    }

    [Fact]
    public async Task Split_merge_and_audit_persist_and_relinking_keeps_them()
    {
        await IngestAsync();
        var e = Assert.Single(await EventsAsync());
        var id = e.GetProperty("id").GetString()!;
        var b = e.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("doc").GetString() == "wire-b.txt")
            .GetProperty("mention_id").GetInt64();
        // The same id as the mention listing gives.
        var listed = JsonDocument.Parse((await _cli.RunWithDbAsync("events", "--mentions", "--json")).Out).RootElement.EnumerateArray()
            .Single(m => m.GetProperty("file_name").GetString() == "wire-b.txt");
        Assert.Equal(b, listed.GetProperty("id").GetInt64());

        var split = await _cli.RunWithDbAsync("event", "split", id, b.ToString(), "--actor", "test-analyst");
        Assert.True(split.ExitCode == 0, split.Err);
        var newId = "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString())))[..12];
        Assert.Contains($"split 1 mention(s) off {id} into {newId}", split.Out);
        var two = await EventsAsync();
        Assert.Equal([id, newId], two.Select(x => x.GetProperty("id").GetString()).Order());
        Assert.All(two, x => Assert.Single(x.GetProperty("mentions").EnumerateArray()));
        Assert.All(two, x => Assert.Empty(x.GetProperty("contradictions").EnumerateArray()));

        // A re-ingest and a linking run leave the analyst's split alone.
        await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in"));
        var link = await _cli.RunWithDbAsync("event", "link");
        Assert.Contains("0 event mention(s) linked", link.Out);
        Assert.Equal(2, (await EventsAsync()).Count);
        // A new report of the raid makes linking revisit its recent links; the analyst's split is not among them.
        _cli.Write("in2/wire-c.txt", "Published: June 27, 2020\n\n" +
            "Counter-terrorism forces raided a Kata'ib Hezbollah headquarters in Dora, Baghdad on June 25, 2020 and detained 14 men.\n");
        Assert.Equal(0, (await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in2"))).ExitCode);
        var afterNew = await EventsAsync();
        string EventOf(string doc) => afterNew.Single(x => x.GetProperty("mentions").EnumerateArray()
            .Any(m => m.GetProperty("doc").GetString() == doc)).GetProperty("id").GetString()!;
        Assert.Equal(id, EventOf("wire-a.txt"));
        Assert.Equal(newId, EventOf("wire-b.txt"));
        Assert.Equal(2, afterNew.Count);
        var total = afterNew.Sum(x => x.GetProperty("mentions").GetArrayLength());

        // Refused operations: exit 3, one line, nothing changed.
        var notThere = await _cli.RunWithDbAsync("event", "split", id, b.ToString());
        Assert.Equal(3, notThere.ExitCode);
        Assert.Contains("not in event", Assert.Single(notThere.ErrLines));
        Assert.Equal(2, (await _cli.RunWithDbAsync("event", "split", id, "seven")).ExitCode);
        Assert.Equal(2, (await _cli.RunWithDbAsync("event", "merge", id, id)).ExitCode);

        var merge = await _cli.RunWithDbAsync("event", "merge", id, newId[..9], "--actor", "test-analyst");
        Assert.True(merge.ExitCode == 0, merge.Err);
        Assert.Contains($"merged {newId} into {id}: {total} mention(s)", merge.Out);
        var merged = Assert.Single(await EventsAsync());
        Assert.Equal(id, merged.GetProperty("id").GetString());
        Assert.All(merged.GetProperty("mentions").EnumerateArray(), m => Assert.Equal("analyst", m.GetProperty("origin").GetString()));

        var audit = JsonDocument.Parse((await _cli.RunWithDbAsync("event", "audit", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["link", "split", "link", "merge"], audit.Select(a => a.GetProperty("operation").GetString()));
        Assert.Equal("linker", audit[0].GetProperty("actor").GetString());
        Assert.Equal((id, newId, "test-analyst"),
            (audit[1].GetProperty("event_id").GetString(), audit[1].GetProperty("other_event_id").GetString(), audit[1].GetProperty("actor").GetString()));
        Assert.Equal([b], audit[1].GetProperty("mention_ids").EnumerateArray().Select(x => x.GetInt64()));
        Assert.Equal((id, newId), (audit[3].GetProperty("event_id").GetString(), audit[3].GetProperty("other_event_id").GetString()));
        var table = await _cli.RunWithDbAsync("event", "audit");
        Assert.Contains("4 audit entries", table.Out);
        Assert.Contains("test-analyst", table.Out);
    }
}
