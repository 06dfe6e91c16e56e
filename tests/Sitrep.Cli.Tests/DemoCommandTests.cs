namespace Sitrep.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_ingests_the_bundled_corpus_and_writes_a_draft()
    {
        var draft = Path.Combine(_cli.Dir, "draft.md");
        var run = await _cli.RunWithDbAsync("demo", "--out", draft);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 failed", run.Out);
        var md = await File.ReadAllTextAsync(draft);
        Assert.StartsWith("# Situation report draft: September", md);
        Assert.Contains("## Numbered events", md);
        Assert.Contains("## Sources", md);
        // Items from both weekly reports, each citing its file and span.
        Assert.Contains("sitrep-2020-09-02.txt", md);
        Assert.Contains("sitrep-2020-09-09.txt", md);
        Assert.Matches(@"Taji Base .*\(sitrep-2020-09-09\.txt \d+-\d+, item 1\)", md);

        // Running it again stores nothing new.
        var again = await _cli.RunWithDbAsync("demo", "--out", draft);
        Assert.Contains("0 added", again.Out);
    }

    [Fact]
    public async Task Document_text_never_reaches_the_draft_as_markup()
    {
        _cli.Write("corpus/hostile.txt",
            "Iraq Situation Report: May 1-7, 2021\n\n1    May 2: Someone Posts <script>alert(1)</script> Online. A page carried <img src=x onerror=alert(2)> and **bold** claims.\n\n" +
            "2    May 3: Second Item Here. More text follows in this item.\n\n3    May 4: Third Item. Body.\n");
        var draft = Path.Combine(_cli.Dir, "draft.md");
        var run = await _cli.RunWithDbAsync("demo", "--corpus", Path.Combine(_cli.Dir, "corpus"), "--out", draft);
        Assert.Equal(0, run.ExitCode);
        var md = await File.ReadAllTextAsync(draft);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<img", md);
        Assert.Contains("&lt;script&gt;", md);
    }
}
