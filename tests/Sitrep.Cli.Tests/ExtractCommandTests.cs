using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep extract</c>: event records as JSON lines from files or from JSON lines on stdin, no database.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private const string ArrestReport =
        "Iraq Situation Report: June 24-30, 2020\n\n" +
        "Key Takeaway: Security forces detained militants in Baghdad.\n\n" +
        "1 Jun 25: Security Forces Detain Militants in Baghdad. The Counterterrorism Service (CTS) detained 14 Kata'ib Hezbollah members in Dora.\n";

    private const string ArrestText = "The Counterterrorism Service (CTS) detained 14 Kata'ib Hezbollah members in Dora on June 25.";
    private const string RocketText = "Three rockets landed near Balad Air Base on June 27.";

    private static List<JsonElement> Records(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static string Line(object o) => JsonSerializer.Serialize(o);

    [Fact]
    public async Task Extract_FILE_writes_one_json_object_per_line_in_the_eval_format()
    {
        var path = _cli.Write("week.txt", ArrestReport);
        var run = await _cli.RunAsync("extract", path);

        Assert.Equal(0, run.ExitCode);
        var records = Records(run.Out);
        var r = Assert.Single(records);
        Assert.Equal(JsonValueKind.Object, r.ValueKind);
        Assert.Equal("week.txt", r.GetProperty("doc").GetString());
        Assert.Equal(1, r.GetProperty("item").GetInt32());
        var start = r.GetProperty("span").GetProperty("start").GetInt32();
        var end = r.GetProperty("span").GetProperty("end").GetInt32();
        Assert.True(0 <= start && start < end && end <= ArrestReport.Length);
        Assert.Contains("detained", ArrestReport[start..end]);
        Assert.Contains("detained", r.GetProperty("evidence").GetString());
        Assert.Equal("2020-06-25", r.GetProperty("date_start").GetString());
        Assert.Equal("2020-06-25", r.GetProperty("date_end").GetString());
        Assert.Equal(1, r.GetProperty("time_precision").GetInt32());
        Assert.Equal("Strategic developments", r.GetProperty("event_type").GetString());
        Assert.Equal("Arrests", r.GetProperty("sub_event_type").GetString());
        Assert.Equal("Counterterrorism Service (CTS)", r.GetProperty("actor1").GetString());
        Assert.Equal("Kata'ib Hezbollah", r.GetProperty("actor2").GetString());
        Assert.Equal("Baghdad", r.GetProperty("admin1").GetString());
        Assert.Equal("Dora", r.GetProperty("location").GetString());
        Assert.Equal(0, r.GetProperty("fatalities").GetInt32());
        Assert.Equal(14, r.GetProperty("counts").GetProperty("detained").GetDouble());
        foreach (var field in (string[])["kind", "assoc_actors", "country", "geo_precision", "count_qualifiers", "hedged", "claimed_by", "background"])
            Assert.True(r.TryGetProperty(field, out _), $"missing field {field}");
    }

    [Fact]
    public async Task Extract_jsonl_reads_documents_from_stdin_and_uses_the_id_as_doc()
    {
        var stdin = Line(new { id = "doc-a", text = ArrestText, published = "2020-07-01" }) + "\n"
            + Line(new { id = "doc-b", text = RocketText, published = "2020-07-01" }) + "\n";
        var run = await _cli.RunWithInputAsync(stdin, "extract", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrLines);
        var records = Records(run.Out);
        Assert.Equal(["doc-a", "doc-b"], records.Select(r => r.GetProperty("doc").GetString()));
        Assert.Equal("Arrests", records[0].GetProperty("sub_event_type").GetString());
        Assert.Equal("Shelling/artillery/missile attack", records[1].GetProperty("sub_event_type").GetString());
        Assert.Equal("2020-06-27", records[1].GetProperty("date_start").GetString());
    }

    [Fact]
    public async Task A_malformed_stdin_line_is_a_one_line_error_naming_the_line_and_the_good_lines_still_produce_output()
    {
        var stdin = Line(new { id = "doc-a", text = ArrestText, published = "2020-07-01" }) + "\n"
            + "{\"id\": \"doc-b\", \"text\": \"unterminated\n"
            + Line(new { id = "doc-c", text = RocketText }) + "\n";
        var run = await _cli.RunWithInputAsync(stdin, "extract", "--jsonl");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("line 2", error);
        Assert.Equal(["doc-a", "doc-c"], Records(run.Out).Select(r => r.GetProperty("doc").GetString()));
    }

    [Fact]
    public async Task A_missing_file_gives_an_error_naming_it()
    {
        var missing = Path.Combine(_cli.Dir, "nowhere.txt");
        var run = await _cli.RunAsync("extract", missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.Contains("nowhere.txt"));
        Assert.Equal("", run.Out.Trim());
    }

    [Fact]
    public async Task A_missing_file_next_to_a_good_one_fails_alone()
    {
        var good = _cli.Write("week.txt", ArrestReport);
        var missing = Path.Combine(_cli.Dir, "nowhere.txt");
        var run = await _cli.RunAsync("extract", good, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.Contains("nowhere.txt"));
        Assert.DoesNotContain(run.ErrLines, l => l.Contains("week.txt"));
        Assert.Equal("week.txt", Assert.Single(Records(run.Out)).GetProperty("doc").GetString());
    }

    [Fact]
    public async Task Giving_both_FILE_and_jsonl_is_a_usage_error()
    {
        var path = _cli.Write("week.txt", ArrestReport);
        var run = await _cli.RunWithInputAsync(Line(new { id = "doc-a", text = ArrestText }) + "\n", "extract", path, "--jsonl");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out.Trim());
    }

    [Fact]
    public async Task Giving_neither_FILE_nor_jsonl_is_a_usage_error()
    {
        var run = await _cli.RunAsync("extract");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out.Trim());
    }
}
