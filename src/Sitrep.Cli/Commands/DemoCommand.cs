using System.CommandLine;
using Sitrep.Core.Reporting;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the situation report (Markdown; the HTML version is written beside it)",
            DefaultValueFactory = _ => "sitrep-report.md",
            HelpName = "FILE",
        };
        var corpus = new Option<string?>("--corpus") { Description = "Folder to ingest instead of the bundled sample corpus", HelpName = "DIR" };
        var cmd = new Command("demo", "Ingest the bundled sample corpus and write the situation report for its latest week") { db, output, corpus };
        cmd.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(corpus) ?? FindSampleCorpus();
            var dbPath = parse.GetValue(db)!;
            var summary = await IngestCommand.RunAsync(ctx, [folder], dbPath, ct);
            ctx.Out.WriteLine(summary.ToString());

            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var latest = await store.ListEventsAsync(new EventQuery { NewestFirst = true, Limit = 1 }, ct);
            var outPath = parse.GetValue(output)!;
            if (latest.Count == 0 || latest[0].Date is null)
            {
                ctx.Warn($"{folder}: no dated events were found, so there is no situation report to write");
                return ExitCodes.SomeFailed;
            }
            var to = latest[0].Date!.Value.End;
            var report = await ReportCommand.BuildAsync(store, new ReportRequest(to.AddDays(-6), to, []), DateTimeOffset.UtcNow, ct);
            await ReportCommand.WriteAsync(report, "md", outPath, ctx, ct);
            var htmlPath = Path.ChangeExtension(outPath, ".html");
            await ReportCommand.WriteAsync(report, "html", htmlPath, ctx, ct);
            ctx.Out.WriteLine($"wrote {outPath} and {htmlPath}: {report.Title}, {report.Events.Count} event(s) from {report.Sources.Count} source(s)");
            return summary.Failed > 0 || summary.Linking is null ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>The corpus ships next to the executable; from a source checkout it is found by walking up.</summary>
    private static string FindSampleCorpus()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "samples", "corpus");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new CliException("the bundled sample corpus (samples/corpus) was not found; pass --corpus DIR");
    }
}
