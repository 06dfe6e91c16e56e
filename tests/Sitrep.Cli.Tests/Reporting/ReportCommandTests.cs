using System.Text.Json;

namespace Sitrep.Cli.Tests.Reporting;

/// <summary><c>sitrep report</c>'s command line: defaults, formats, regions and its errors.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private async Task IngestSamplesAsync() => Assert.Equal(0, (await _cli.RunWithDbAsync("ingest", ReportFiles.SampleCorpus)).ExitCode);

    [Fact]
    public async Task Without_dates_it_covers_the_week_ending_on_the_latest_event()
    {
        await IngestSamplesAsync();
        var run = await _cli.RunWithDbAsync("report", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Out).RootElement;
        var from = DateOnly.Parse(report.GetProperty("period").GetProperty("from").GetString()!);
        var to = DateOnly.Parse(report.GetProperty("period").GetProperty("to").GetString()!);
        Assert.Equal(6, to.DayNumber - from.DayNumber);
        var ends = report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date_end").GetString()!).ToList();
        Assert.Contains(to.ToString("yyyy-MM-dd"), ends);
        Assert.Equal(from.AddDays(-7).ToString("yyyy-MM-dd"), report.GetProperty("trends").GetProperty("previous").GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_region_in_any_spelling_keeps_its_events_and_an_unknown_region_is_a_usage_error()
    {
        await IngestSamplesAsync();
        var all = JsonDocument.Parse((await _cli.RunWithDbAsync("report", "--from", "2020-08-01", "--to", "2020-09-30", "--format", "json")).Out).RootElement;
        var baghdad = JsonDocument.Parse((await _cli.RunWithDbAsync("report", "--from", "2020-08-01", "--to", "2020-09-30", "--format", "json",
            "--region", "Baghdad Governorate")).Out).RootElement;
        var inBaghdad = all.GetProperty("events").EnumerateArray().Count(e => e.GetProperty("admin1").GetString() == "Baghdad");
        Assert.True(inBaghdad > 0);
        Assert.Equal(inBaghdad, baghdad.GetProperty("events").GetArrayLength());
        Assert.True(all.GetProperty("events").GetArrayLength() > inBaghdad);

        var bad = await _cli.RunWithDbAsync("report", "--region", "Atlantis");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Atlantis", bad.Err);
    }

    [Fact]
    public async Task Png_writes_the_map_to_a_file_and_needs_one()
    {
        await IngestSamplesAsync();
        var noFile = await _cli.RunWithDbAsync("report", "--format", "png");
        Assert.Equal(2, noFile.ExitCode);
        var png = Path.Combine(_cli.Dir, "map.png");
        Assert.Equal(0, (await _cli.RunWithDbAsync("report", "--format", "png", "--out", png)).ExitCode);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public async Task Bad_dates_and_a_missing_database_are_clear_errors()
    {
        Assert.Equal(3, (await _cli.RunWithDbAsync("report", "--from", "2020-06-24", "--to", "2020-06-30")).ExitCode);
        await IngestSamplesAsync();
        var reversed = await _cli.RunWithDbAsync("report", "--from", "2020-06-30", "--to", "2020-06-24");
        Assert.Equal(2, reversed.ExitCode);
        var notADate = await _cli.RunWithDbAsync("report", "--from", "June 24");
        Assert.Equal(2, notADate.ExitCode);
        Assert.Contains("--from", notADate.Err);
    }
}
