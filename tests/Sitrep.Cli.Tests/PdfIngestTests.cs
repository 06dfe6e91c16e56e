using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The bundled two-column PDF report, ingested through the CLI: reading order decides whether items come out whole.</summary>
public sealed class PdfIngestTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private static string SamplePdf => Path.Combine(AppContext.BaseDirectory, "samples", "corpus", "sitrep-2020-09-16.pdf");

    [Fact]
    public async Task Two_column_pdf_report_gives_whole_items_in_order()
    {
        var ingest = await _cli.RunWithDbAsync("ingest", SamplePdf);
        Assert.Equal(0, ingest.ExitCode);

        var docs = JsonDocument.Parse((await _cli.RunWithDbAsync("documents", "--json")).Out).RootElement;
        Assert.Equal("pdf", docs[0].GetProperty("format").GetString());
        Assert.Equal("situation-report", docs[0].GetProperty("kind").GetString());
        Assert.Equal("2020-09-16", docs[0].GetProperty("period_start").GetString());

        var items = JsonDocument.Parse((await _cli.RunWithDbAsync("items", "sitrep-2020-09-16.pdf", "--json")).Out)
            .RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Equal("Border Guards Take Over Zurbatiyah Crossing", items[0].GetProperty("headline").GetString());
        Assert.Equal("Sept 19-20", items[2].GetProperty("date_text").GetString());
        // Left column then right column: item 2 ends before item 3 starts, and no line of one column leaks into the other.
        Assert.EndsWith("damaging two cars.", items[1].GetProperty("body").GetString());
        Assert.DoesNotContain("Basra", items[1].GetProperty("body").GetString());
        Assert.EndsWith("A court ordered them held for trial.", items[2].GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_dangling_link_in_a_folder_is_reported_and_the_rest_ingested()
    {
        _cli.Write("batch/ok.txt", SampleTexts.SituationReport);
        File.CreateSymbolicLink(Path.Combine(_cli.Dir, "batch", "gone.txt"), Path.Combine(_cli.Dir, "missing-target.txt"));
        var run = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "batch"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 added", run.Out);
        Assert.Contains(run.ErrLines, l => l.StartsWith("sitrep: error:") && l.Contains("gone.txt"));
    }
}
