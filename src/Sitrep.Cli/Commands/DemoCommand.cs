using System.CommandLine;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Reporting;
using Sitrep.Core.Segmentation;

namespace Sitrep.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var output = new Option<string>("--out") { Description = "Where to write the situation-report draft (Markdown)", DefaultValueFactory = _ => "sitrep-draft.md", HelpName = "FILE" };
        var corpus = new Option<string?>("--corpus") { Description = "Folder to ingest instead of the bundled sample corpus", HelpName = "DIR" };
        var cmd = new Command("demo", "Ingest the bundled sample corpus and write a situation-report draft") { db, output, corpus };
        cmd.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(corpus) ?? FindSampleCorpus();
            var dbPath = parse.GetValue(db)!;
            var summary = await IngestCommand.RunAsync(ctx, [folder], dbPath, ct);
            ctx.Out.WriteLine(summary.ToString());

            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var docs = new List<(Sitrep.Core.Model.Document, DocumentSegments)>();
            foreach (var s in await store.ListDocumentsAsync(ct))
            {
                var d = (await store.GetDocumentAsync(s.Id, ct))!;
                docs.Add((d, DocumentPipeline.Default.Segment(d)));
            }
            var markdown = DraftWriter.Write(docs, DateTimeOffset.UtcNow);
            var outPath = parse.GetValue(output)!;
            await File.WriteAllTextAsync(outPath, markdown, ct);
            ctx.Out.WriteLine($"wrote {outPath}: situation-report draft from {docs.Count} document(s)");
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
