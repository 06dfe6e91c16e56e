using System.Text.Json;
using Sitrep.Core.Tests.Evaluation;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep eval</c> on a small gold annotation and GTD-style CSV written here (no shared data needed, except for the score.py check).</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private const string Week =
        "Weekly security update, 2-8 May 2021.\n" +
        "1. On 3 May, gunmen attacked a police checkpoint near Baqubah, killing two officers.\n" +
        "2. On 4 May, security forces arrested four suspects in Kirkuk.\n" +
        "3. On 6 May, a roadside bomb struck a supply convoy on the Baiji road; no casualties were reported.\n";
    private const string Brief =
        "Police in Diyala said two officers died on 3 May when gunmen hit a checkpoint outside Baqubah. " +
        "In Anbar, tribal fighters clashed with militants near Rutba on 5 May.\n";

    private static readonly Dictionary<string, string> Docs = new() { ["week1.txt"] = Week, ["brief.txt"] = Brief };

    private static object Event(string id, string doc, string evidence, string date, string type, string sub, string? actor,
        string admin1, double? lat, double? lon, int? fatalities, string? cluster) => new
    {
        id, doc, evidence, date_start = date, date_end = date, event_type = type, sub_event_type = sub, actor1 = actor,
        admin1, latitude = lat, longitude = lon, fatalities, cluster,
    };

    private static readonly object[] GoldEvents =
    [
        Event("W-1", "week1.txt", "gunmen attacked a police checkpoint near Baqubah, killing two officers", "2021-05-03", "Battles", "Armed clash",
            "Unidentified Armed Group", "Diyala", 33.7466, 44.6437, 2, "C-BAQ"),
        Event("W-2", "week1.txt", "security forces arrested four suspects in Kirkuk", "2021-05-04", "Strategic developments", "Arrests",
            "Iraqi Security Forces", "Kirkuk", null, null, 0, null),
        Event("W-3", "week1.txt", "a roadside bomb struck a supply convoy on the Baiji road", "2021-05-06", "Explosions/Remote violence",
            "Remote explosive/landmine/IED", null, "Salah ad-Din", 34.93, 43.49, 0, null),
        Event("B-1", "brief.txt", "two officers died on 3 May when gunmen hit a checkpoint outside Baqubah", "2021-05-03", "Battles", "Armed clash",
            "Unidentified Armed Group", "Diyala", 33.7466, 44.6437, 2, "C-BAQ"),
        Event("B-2", "brief.txt", "tribal fighters clashed with militants near Rutba", "2021-05-05", "Battles", "Armed clash",
            "Tribal Militia", "Anbar", 33.0381, 40.2848, null, null),
    ];

    private static string GoldJson() => JsonSerializer.Serialize(new
    {
        events = GoldEvents,
        actors = new object[]
        {
            new { name = "Iraqi Security Forces", aliases = new[] { "ISF", "security forces" } },
            new { name = "Unidentified Armed Group", aliases = new[] { "gunmen", "unidentified gunmen" } },
        },
        contradictions = Array.Empty<object>(),
    });

    /// <summary>Writes the gold and its documents; returns (gold path, docs folder).</summary>
    private (string Gold, string Docs) WriteGold()
    {
        foreach (var (name, text) in Docs) _cli.Write(Path.Combine("docs", name), text);
        return (_cli.Write("gold.json", GoldJson()), Path.Combine(_cli.Dir, "docs"));
    }

    /// <summary>A prediction line over <paramref name="evidence"/> in <paramref name="doc"/> (offsets of the text as written).</summary>
    private static string Pred(string doc, string evidence, string? date, string? type, string? sub = null, string? actor = null,
        string? admin1 = null, double? lat = null, double? lon = null, int? fatalities = null, string? eventId = null,
        int startShift = 0, int endShift = 0, string? dateEnd = null)
    {
        var start = Docs.TryGetValue(doc, out var text) ? text.IndexOf(evidence, StringComparison.Ordinal) : 0;
        return JsonSerializer.Serialize(new
        {
            doc, span = new { start = start + startShift, end = start + evidence.Length + endShift },
            date_start = date, date_end = dateEnd ?? date, event_type = type, sub_event_type = sub, actor1 = actor,
            admin1, latitude = lat, longitude = lon, fatalities, event_id = eventId,
        });
    }

    /// <summary>Predictions with one of each kind of mistake; the expected figures are worked out by hand below.</summary>
    private static readonly string[] Predictions =
    [
        Pred("week1.txt", "gunmen attacked a police checkpoint near Baqubah, killing two officers", "2021-05-03", "Battles", "Armed clash",
            "Unidentified Armed Group", "Diyala", 33.7466, 44.6437, 2, "ev-baq"),
        Pred("week1.txt", "security forces arrested four suspects in Kirkuk", "2021-05-04", "Strategic developments", "Arrests",
            "ISF", "Kirkuk Governorate", fatalities: 0),
        // Date end wrong, 33 km off, and linked to the checkpoint attack by mistake.
        Pred("week1.txt", "a roadside bomb struck a supply convoy on the Baiji road", "2021-05-06", "Explosions/Remote violence",
            "Remote explosive/landmine/IED", null, "Saladin", 35.23, 43.49, 0, "ev-baq", dateEnd: "2021-05-07"),
        Pred("brief.txt", "two officers died on 3 May when gunmen hit a checkpoint outside Baqubah", "2021-05-03", "Battles", "Armed clash",
            "gunmen", "Diyala", 33.8466, 44.6437, 2, "ev-baq"),
        Pred("brief.txt", "tribal fighters clashed with militants near Rutba", "2021-05-05", "Violence against civilians", "Armed clash",
            "Tribal Militia", "Al Anbar", 33.0381, 40.2848, 3),
        // A second, smaller and wrongly typed account of the checkpoint attack: unmatched.
        Pred("week1.txt", "killing two officers", "2021-05-03", "Riots", "Mob violence"),
        // A document the gold does not cover: not counted.
        Pred("other.txt", "anything", "2021-05-03", "Battles"),
    ];

    private const string ExpectedSeeds = """
        detection: precision 0.833 recall 1.000 F1 0.909  (gold 5, predicted 6, matched 5)
          date             80.0% (4/5)
          event_type       80.0% (4/5)
          sub_event_type   100.0% (5/5)
          actor1           100.0% (5/5)
          admin1           100.0% (5/5)
          location<=25km   75.0% (3/4)
          fatalities       100.0% (4/4)
        linking (pairwise over matched): precision 0.333 recall 1.000 F1 0.500
        SEEDS detF1=0.909 linkF1=0.500 date=0.80 event_type=0.80 sub_event_type=1.00 actor1=1.00 admin1=1.00 location<=25km=0.75 fatalities=1.00

        """;

    [Fact]
    public async Task Scores_a_prediction_file_against_the_gold()
    {
        var (gold, docs) = WriteGold();
        var pred = _cli.Write("pred.jsonl", string.Join("\n", Predictions) + "\n");
        var run = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs, "--pred", pred);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.Equal(ExpectedSeeds.ReplaceLineEndings("\n"), run.Out.ReplaceLineEndings("\n"));

        var json = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs, "--pred", pred, "--json");
        Assert.Equal(0, json.ExitCode);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal((5, 6, 5), (root.GetProperty("gold").GetInt32(), root.GetProperty("predicted").GetInt32(), root.GetProperty("matched").GetInt32()));
        Assert.Equal(5.0 / 6, root.GetProperty("precision").GetDouble(), 12);
        Assert.Equal(1.0, root.GetProperty("recall").GetDouble());
        var location = root.GetProperty("attributes").GetProperty("location<=25km");
        Assert.Equal((3, 4, 0.75), (location.GetProperty("correct").GetInt32(), location.GetProperty("total").GetInt32(), location.GetProperty("ratio").GetDouble()));
        Assert.Equal(0.5, root.GetProperty("linking").GetProperty("f1").GetDouble(), 12);
    }

    [Fact]
    public async Task Extracting_in_memory_scores_what_extract_writes()
    {
        var (gold, docs) = WriteGold();
        var inMemory = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs, "--json");
        Assert.Equal(0, inMemory.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(inMemory.Out).RootElement.GetProperty("gold").GetInt32());

        // In memory, eval links the documents as `extract --link` does; it also scores contradictions, which a
        // prediction file does not carry, so that section is the one difference.
        var extract = await _cli.RunAsync("extract", "--link", Path.Combine(docs, "week1.txt"), Path.Combine(docs, "brief.txt"));
        Assert.Equal(0, extract.ExitCode);
        var pred = _cli.Write("extracted.jsonl", extract.Out);
        var fromFile = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs, "--pred", pred, "--json");
        var memory = System.Text.Json.Nodes.JsonNode.Parse(inMemory.Out)!.AsObject();
        Assert.True(memory.Remove("contradictions"), "in-memory eval scores contradictions");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(fromFile.Out), memory),
            $"in memory:\n{memory}\nfrom file:\n{fromFile.Out}");
    }

    private const string GtdCsv =
        "date,state,city,latitude,longitude,attack_type,killed,summary\n" +
        "2013-03-10,Al Anbar,Ramadi,33.4206,43.3078,Bombing/Explosion,3,\"A car bomb exploded near a market in Ramadi, Anbar, killing three people.\"\n" +
        "2013-03-11,Saladin,Tikrit,34.6071,43.6782,Armed Assault,1,Gunmen shot dead a local official in Tikrit on Monday.\n" +
        "\n" +
        "2013-03-12,Nineveh,Mosul,,,Bombing/Explosion,0,\"An explosive device went off near a school in Mosul; nobody was hurt.\"\n" +
        "2013-03-13,Baghdad,Baghdad,33.3152,44.3661,Hostage Taking (Kidnapping),0,Unknown assailants kidnapped an engineer in Baghdad.\n";

    private static readonly string[] GtdPredictions =
    [
        """{"doc":"0","date_start":"2013-03-10","admin1":"Anbar","latitude":33.43,"longitude":43.29,"event_type":"Explosions/Remote violence"}""",
        """{"doc":1,"date_start":"2013-03-01","admin1":"Salah ad-Din","latitude":34.95,"longitude":43.68,"event_type":"Battles"}""",
        """{"doc":"2","date_start":"2013-03-12","admin1":"Ninewa","event_type":"Explosions/Remote violence"}""",
    ];

    private const string ExpectedGtd = """
        rows 4, with at least one event: 75.0% (3/4)
          date             50.0% (2/4)
          admin1           75.0% (3/4)
          location<=25km   33.3% (1/3)
          bombing->explosion 100.0% (2/2)
        GTD found=0.75 date=0.50 admin1=0.75 location<=25km=0.33 bombing->explosion=1.00

        """;

    [Fact]
    public async Task Scores_gtd_rows_by_row_number()
    {
        var csv = _cli.Write("gtd.csv", GtdCsv);
        var pred = _cli.Write("gtd.jsonl", string.Join("\n", GtdPredictions));
        var run = await _cli.RunAsync("eval", "--gtd", csv, "--pred", pred);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ExpectedGtd.ReplaceLineEndings("\n"), run.Out.ReplaceLineEndings("\n"));

        var extracted = await _cli.RunAsync("eval", "--gtd", csv, "--json");
        Assert.Equal(0, extracted.ExitCode);
        var root = JsonDocument.Parse(extracted.Out).RootElement;
        Assert.Equal(4, root.GetProperty("rows").GetInt32());
        Assert.InRange(root.GetProperty("found").GetInt32(), 0, 4);
        Assert.Equal(4, root.GetProperty("attributes").GetProperty("date").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Missing_inputs_fail_with_one_line_naming_them()
    {
        var (gold, docs) = WriteGold();
        var noGold = await _cli.RunAsync("eval", "--gold", Path.Combine(_cli.Dir, "none.json"), "--docs", docs);
        Assert.Equal(3, noGold.ExitCode);
        Assert.Equal($"sitrep: error: {Path.Combine(_cli.Dir, "none.json")}: no such file", Assert.Single(noGold.ErrLines));

        var noDir = await _cli.RunAsync("eval", "--gold", gold, "--docs", Path.Combine(_cli.Dir, "nodocs"));
        Assert.Equal(3, noDir.ExitCode);
        Assert.Contains("nodocs", Assert.Single(noDir.ErrLines));

        File.Delete(Path.Combine(docs, "brief.txt"));
        var noDoc = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs);
        Assert.Equal(3, noDoc.ExitCode);
        Assert.StartsWith("sitrep: error: ", Assert.Single(noDoc.ErrLines));
        Assert.Contains("brief.txt", noDoc.Err);
        Assert.Equal("", noDoc.Out);

        var badGold = _cli.Write("bad.json", "{\"events\": [ {\"id\": \"X\"");
        var bad = await _cli.RunAsync("eval", "--gold", badGold, "--docs", docs);
        Assert.Equal(3, bad.ExitCode);
        Assert.StartsWith($"sitrep: error: {badGold}: ", Assert.Single(bad.ErrLines));

        var badPred = _cli.Write("bad.jsonl", "{\"doc\":\"week1.txt\"}\n{\"doc\":\"week1.txt\",\"latitude\":\"north\"}\n");
        var predRun = await _cli.RunAsync("eval", "--gtd", _cli.Write("gtd.csv", GtdCsv), "--pred", badPred);
        Assert.Equal(3, predRun.ExitCode);
        Assert.Equal($"sitrep: error: {badPred}: line 2: 'latitude' is not a number", Assert.Single(predRun.ErrLines));

        var noColumn = await _cli.RunAsync("eval", "--gtd", _cli.Write("short.csv", "date,state\n2013-01-01,Baghdad\n"));
        Assert.Equal(3, noColumn.ExitCode);
        Assert.Contains("'latitude'", Assert.Single(noColumn.ErrLines));
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "--gold", "g.json", "--gtd", "g.csv")]
    [InlineData("eval", "--gold", "g.json")]
    [InlineData("eval", "--gtd", "g.csv", "--docs", "d")]
    public async Task A_wrong_combination_of_options_exits_with_2(params string[] args)
    {
        var run = await _cli.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrLines);
    }

    /// <summary>
    /// The reference: score.py prints the very same text for the same prediction files, in both modes. Skipped, with the
    /// reason, when python3 or ../shared/eval/score.py is not on this machine.
    /// </summary>
    [ScorePyFact]
    public async Task Agrees_with_score_py()
    {
        var (gold, docs) = WriteGold();
        var tricky = Predictions.Concat(
        [
            // An exact duplicate of the first prediction: the later one wins the tie.
            Pred("week1.txt", "gunmen attacked a police checkpoint near Baqubah, killing two officers", "2021-05-03", "Battles", "Armed clash",
                "gunmen", "Diyala Governorate", 33.97, 44.6437, 1, null),
            // One prediction straddling two gold events by the same margin.
            Pred("week1.txt", "officers.\n2. On 4 May, security", null, null, admin1: "Kirkuk"),
        ]);
        string[] ties =
        [
            Predictions[0], Predictions[0].Replace("\"ev-baq\"", "null", StringComparison.Ordinal),
            Pred("week1.txt", "officers.\n2. On 4 May, security", null, null, admin1: "Kirkuk"),
        ];
        foreach (var (name, lines) in new[] { ("pred.jsonl", Predictions), ("tricky.jsonl", tricky.ToArray()), ("ties.jsonl", ties) })
        {
            var pred = _cli.Write(name, string.Join("\n", lines) + "\n");
            var ours = await _cli.RunAsync("eval", "--gold", gold, "--docs", docs, "--pred", pred);
            Assert.Equal(0, ours.ExitCode);
            Assert.Equal(ScorePy.Run("seeds", gold, pred, docs), ours.Out.ReplaceLineEndings("\n"));
        }

        var csv = _cli.Write("gtd.csv", GtdCsv);
        var gtdPred = _cli.Write("gtd.jsonl", string.Join("\n", GtdPredictions));
        var gtd = await _cli.RunAsync("eval", "--gtd", csv, "--pred", gtdPred);
        Assert.Equal(0, gtd.ExitCode);
        Assert.Equal(ScorePy.Run("gtd", csv, gtdPred), gtd.Out.ReplaceLineEndings("\n"));
    }
}
