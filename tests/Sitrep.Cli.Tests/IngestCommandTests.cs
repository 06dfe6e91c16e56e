using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ingests_a_folder_and_reingesting_changes_nothing()
    {
        _cli.Write("in/sitrep.txt", SampleTexts.SituationReport);
        _cli.Write("in/news/clash.html", SampleTexts.Article);
        var folder = Path.Combine(_cli.Dir, "in");

        var first = await _cli.RunWithDbAsync("ingest", folder);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 added, 0 unchanged, 0 failed", first.Out);
        Assert.Contains(first.ErrLines, l => l.StartsWith("[1/2]"));

        var again = await _cli.RunWithDbAsync("ingest", folder);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 2 unchanged, 0 failed", again.Out);

        // The same bytes under another name are the same document.
        File.Copy(Path.Combine(folder, "sitrep.txt"), Path.Combine(_cli.Dir, "copy.txt"));
        var copy = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "copy.txt"));
        Assert.Contains("0 added, 1 unchanged", copy.Out);

        var list = await _cli.RunWithDbAsync("documents", "--json");
        Assert.Equal(0, list.ExitCode);
        var docs = JsonDocument.Parse(list.Out).RootElement;
        Assert.Equal(2, docs.GetArrayLength());
        var report = docs.EnumerateArray().Single(d => d.GetProperty("file_name").GetString() == "sitrep.txt");
        Assert.Equal("situation-report", report.GetProperty("kind").GetString());
        Assert.Equal("2021-03-03", report.GetProperty("period_start").GetString());
        Assert.Equal("2021-03-09", report.GetProperty("period_end").GetString());
        var article = docs.EnumerateArray().Single(d => d.GetProperty("file_name").GetString() == "clash.html");
        Assert.Equal("article", article.GetProperty("kind").GetString());
        Assert.Equal("Tribal clash leaves two dead near Basra", article.GetProperty("title").GetString());
        Assert.Equal("2021-03-07", article.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Bad_inputs_are_named_one_line_each_and_the_rest_is_stored()
    {
        var good = _cli.Write("batch/good.txt", SampleTexts.SituationReport);
        _cli.Write("batch/empty.txt", "");
        _cli.Write("batch/junk.txt", Enumerable.Range(0, 4000).Select(i => (byte)(i * 7 % 256)).ToArray());
        _cli.Write("batch/broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a real pdf"u8.ToArray());
        _cli.Write("batch/page.html", "<html><body><p>   </p></body></html>");
        var missing = Path.Combine(_cli.Dir, "nowhere.txt");

        var run = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "batch"), missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 added", run.Out);
        var errors = run.ErrLines.Where(l => l.StartsWith("sitrep: error:")).ToList();
        Assert.Contains(errors, e => e.Contains("empty.txt") && e.Contains("empty"));
        Assert.Contains(errors, e => e.Contains("junk.txt") && e.Contains("binary"));
        Assert.Contains(errors, e => e.Contains("broken.pdf") && e.Contains("PDF"));
        Assert.Contains(errors, e => e.Contains("nowhere.txt") && e.Contains("no such file"));
        Assert.DoesNotContain(errors, e => e.Contains("good.txt"));

        var list = await _cli.RunWithDbAsync("documents", "--json");
        var names = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Select(d => d.GetProperty("file_name").GetString()).ToList();
        Assert.Equal(["good.txt"], names);
        Assert.True(File.Exists(good));
    }

    [Fact]
    public async Task A_named_file_of_an_unsupported_type_is_an_error()
    {
        var path = _cli.Write("notes.docx", "PK\u0003\u0004 fake");
        var run = await _cli.RunWithDbAsync("ingest", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.Contains("notes.docx") && l.Contains("unsupported file type"));
    }
}
