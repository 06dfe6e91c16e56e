using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ReadCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private async Task<string> IngestReportAsync()
    {
        var path = _cli.Write("report.txt", SampleTexts.SituationReport);
        var run = await _cli.RunWithDbAsync("ingest", path);
        Assert.Equal(0, run.ExitCode);
        return path;
    }

    [Fact]
    public async Task Items_come_back_in_number_order_with_spans_in_the_original_text()
    {
        await IngestReportAsync();
        var run = await _cli.RunWithDbAsync("items", "report.txt", "--json");
        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Equal("Mar 3-4", items[0].GetProperty("date_text").GetString());
        Assert.Equal("Police Disperse Protesters in Nasiriyah", items[0].GetProperty("headline").GetString());

        var raw = SampleTexts.SituationReport;
        foreach (var item in items)
        {
            var span = item.GetProperty("span");
            var text = raw[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
            var headline = item.GetProperty("headline_span");
            var headlineText = raw[headline.GetProperty("start").GetInt32()..headline.GetProperty("end").GetInt32()];
            Assert.StartsWith(item.GetProperty("number").GetInt32().ToString(), text.TrimStart());
            Assert.StartsWith(item.GetProperty("headline").GetString()!, headlineText);
            Assert.True(headlineText.Length <= item.GetProperty("headline").GetString()!.Length + 1);
        }
        // Item 1's body holds its own sentences and nothing of item 3.
        var body1 = items[0].GetProperty("body").GetString()!;
        Assert.Contains("The governor resigned the next day.", body1);
        Assert.DoesNotContain("Basra", body1);
        // The body of item 3 keeps the abbreviation inside its headline sentence.
        Assert.Equal("Lt. Gen. Ahmed Visits Basra Operations Command", items[2].GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Text_prints_the_repaired_text_and_raw_prints_the_original()
    {
        await IngestReportAsync();
        var text = await _cli.RunWithDbAsync("text", "report.txt");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("official target", text.Out);
        Assert.Contains("The governor resigned", text.Out);
        Assert.DoesNotContain("\uFFFD", text.Out);

        var raw = await _cli.RunWithDbAsync("text", "report.txt", "--raw");
        Assert.Contains("o\uFFFDcial", raw.Out);
    }

    [Fact]
    public async Task Unknown_document_and_missing_database_fail_with_one_line()
    {
        var missingDb = await _cli.RunAsync("documents", "--db", Path.Combine(_cli.Dir, "none.db"));
        Assert.Equal(3, missingDb.ExitCode);
        Assert.Single(missingDb.ErrLines);
        Assert.Contains("none.db", missingDb.Err);
        Assert.False(File.Exists(Path.Combine(_cli.Dir, "none.db")));

        await IngestReportAsync();
        var unknown = await _cli.RunWithDbAsync("text", "nothing-like-this.txt");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Single(unknown.ErrLines);
        Assert.Contains("nothing-like-this.txt", unknown.Err);
    }

    [Fact]
    public async Task A_wrong_command_line_exits_with_2()
    {
        var run = await _cli.RunAsync("ingest");
        Assert.Equal(2, run.ExitCode);
        var bogus = await _cli.RunAsync("frobnicate");
        Assert.Equal(2, bogus.ExitCode);
    }

    [Fact]
    public async Task Search_finds_a_word_of_the_text()
    {
        await IngestReportAsync();
        var run = await _cli.RunWithDbAsync("search", "Nasiriyah", "--json");
        Assert.Equal(0, run.ExitCode);
        var hits = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("report.txt", hits[0].GetProperty("file_name").GetString());
        var none = await _cli.RunWithDbAsync("search", "Mosul", "--json");
        Assert.Equal(0, JsonDocument.Parse(none.Out).RootElement.GetArrayLength());
    }
}
