namespace Sitrep.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_ingests_the_bundled_corpus_and_writes_the_situation_report_of_its_latest_week()
    {
        var report = Path.Combine(_cli.Dir, "report.md");
        var run = await _cli.RunWithDbAsync("demo", "--out", report);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 failed", run.Out);
        var md = await File.ReadAllTextAsync(report);
        Assert.StartsWith("# Iraq Situation Report: September", md);
        foreach (var section in new[] { "## Key takeaway", "## Events", "## Map", "## Trends", "## Where sources disagree", "## Sources" })
            Assert.Contains(section, md);
        // Numbered events cite their file and the span of its original text.
        Assert.Matches(@"### 1\. Sep \d+", md);
        Assert.Matches(@"sitrep-2020-09-16\.pdf \d+-\d+ \(item \d+\)", md);
        var html = await File.ReadAllTextAsync(Path.ChangeExtension(report, ".html"));
        Assert.Contains("<svg", html);
        Assert.Contains("class=\"marker\"", html);
        Assert.Contains("data:image/png;base64,", html);

        // Running it again stores nothing new.
        var again = await _cli.RunWithDbAsync("demo", "--out", report);
        Assert.Contains("0 added", again.Out);
    }

    [Fact]
    public async Task Document_text_never_reaches_the_report_as_markup()
    {
        _cli.Write("corpus/hostile.txt",
            "Iraq Situation Report: May 1-7, 2021\n\n" +
            "1    May 2: Gunmen Attack Checkpoint <script>alert(1)</script>. Gunmen attacked an army checkpoint in Basra on May 2, " +
            "killing two soldiers, a page said <img src=x onerror=alert(2)> with **bold** claims.\n\n" +
            "2    May 3: Rockets Hit Base. Three rockets struck Balad Air Base in Salah ad-Din on May 3.\n\n" +
            "3    May 4: Protest In Nasiriyah. Hundreds of protesters demonstrated in Nasiriyah on May 4.\n");
        var report = Path.Combine(_cli.Dir, "report.md");
        var run = await _cli.RunWithDbAsync("demo", "--corpus", Path.Combine(_cli.Dir, "corpus"), "--out", report);
        Assert.Equal(0, run.ExitCode);
        var md = await File.ReadAllTextAsync(report);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<img", md);
        Assert.Contains("&lt;img src=x", md);
        var html = await File.ReadAllTextAsync(Path.ChangeExtension(report, ".html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
    }
}
