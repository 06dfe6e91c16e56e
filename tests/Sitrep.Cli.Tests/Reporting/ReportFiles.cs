using System.Text.Json;

namespace Sitrep.Cli.Tests.Reporting;

/// <summary>A report written by the real CLI: the HTML file a reader opens, and the JSON of the same report.</summary>
public sealed record RenderedReport(string Name, string HtmlPath, string From, string To, JsonElement Json)
{
    public IReadOnlyList<int> EventNumbers => [.. Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("number").GetInt32())];

    /// <summary>The events the map must show: those with coordinates.</summary>
    public IReadOnlyList<int> PlacedEventNumbers =>
    [
        .. Json.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number && e.GetProperty("longitude").ValueKind == JsonValueKind.Number)
            .Select(e => e.GetProperty("number").GetInt32()),
    ];
}

/// <summary>
/// Ingests a corpus into a temp SQLite store with <c>sitrep ingest</c> and writes the HTML and JSON report with
/// <c>sitrep report</c>, once per class; each corpus gets its own store.
/// </summary>
public sealed class ReportFiles : IDisposable
{
    private readonly List<CliRunner> _runners = [];
    private readonly Dictionary<string, Task<RenderedReport>> _built = new(StringComparer.Ordinal);

    /// <summary>samples/corpus, found walking up from the test binaries (the CLI project copies it beside them).</summary>
    public static string SampleCorpus
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var corpus = Path.Combine(dir.FullName, "samples", "corpus");
                if (Directory.Exists(corpus)) return corpus;
            }
            throw new DirectoryNotFoundException("samples/corpus not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The bundled sample corpus, reported over the whole span its documents cover.</summary>
    public Task<RenderedReport> SampleCorpusAsync() => Once("corpus", () => BuildAsync("corpus", [SampleCorpus], null, null));

    /// <summary>The five shared seed documents, reported for the week of 24-30 June 2020.</summary>
    public Task<RenderedReport> SeedsAsync() =>
        Once("seeds", () => BuildAsync("seeds", [SharedSeeds.Directory!], "2020-06-24", "2020-06-30"));

    /// <summary>Any files written by the test, ingested into their own store.</summary>
    public Task<RenderedReport> BuildAsync(string name, IReadOnlyList<(string File, string Text)> files, string from, string to)
    {
        var cli = NewRunner();
        foreach (var (file, text) in files) cli.Write(Path.Combine("in", file), text);
        return BuildAsync(name, [Path.Combine(cli.Dir, "in")], from, to, cli);
    }

    private Task<RenderedReport> Once(string key, Func<Task<RenderedReport>> build)
    {
        if (!_built.TryGetValue(key, out var task)) _built[key] = task = build();
        return task;
    }

    private CliRunner NewRunner()
    {
        var cli = new CliRunner();
        _runners.Add(cli);
        return cli;
    }

    private async Task<RenderedReport> BuildAsync(string name, string[] inputs, string? from, string? to, CliRunner? cli = null)
    {
        cli ??= NewRunner();
        var ingest = await cli.RunWithDbAsync(["ingest", .. inputs]);
        Assert.True(ingest.ExitCode == 0, $"ingest of {string.Join(", ", inputs)} failed ({ingest.ExitCode}):\n{ingest.Out}\n{ingest.Err}");

        if (from is null || to is null) (from, to) = await SpanOfDocumentsAsync(cli);
        var html = Path.Combine(cli.Dir, name + ".html");
        var json = Path.Combine(cli.Dir, name + ".json");
        foreach (var (format, path) in new[] { ("html", html), ("json", json) })
        {
            var run = await cli.RunWithDbAsync("report", "--from", from, "--to", to, "--format", format, "--out", path);
            Assert.True(run.ExitCode == 0, $"report --format {format} failed ({run.ExitCode}):\n{run.Out}\n{run.Err}");
        }
        var root = JsonDocument.Parse(await File.ReadAllTextAsync(json)).RootElement.Clone();
        return new RenderedReport(name, html, from, to, root);
    }

    /// <summary>From the earliest to the latest day the stored documents cover (their period, else their publication day).</summary>
    private static async Task<(string From, string To)> SpanOfDocumentsAsync(CliRunner cli)
    {
        var list = await cli.RunWithDbAsync("documents", "--json");
        Assert.Equal(0, list.ExitCode);
        var days = new List<string>();
        foreach (var d in JsonDocument.Parse(list.Out).RootElement.EnumerateArray())
            foreach (var field in new[] { "period_start", "period_end", "published" })
                if (d.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String) days.Add(v.GetString()!);
        Assert.NotEmpty(days);
        days.Sort(StringComparer.Ordinal);
        return (days[0], days[^1]);
    }

    public void Dispose()
    {
        foreach (var cli in _runners) cli.Dispose();
    }
}
