using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var paths = new Argument<string[]>("PATH") { Description = "files or folders (.txt, .pdf, .html, .htm)", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("ingest", "Read, normalise and store documents") { paths, db };
        cmd.SetAction(async (parse, ct) =>
        {
            var summary = await RunAsync(ctx, parse.GetValue(paths)!, parse.GetValue(db)!, ct);
            ctx.Out.WriteLine(summary.ToString());
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    internal sealed record Summary(int Added, int Unchanged, int Failed, string Db)
    {
        public override string ToString() =>
            $"{Added} added, {Unchanged} unchanged, {Failed} failed ({Db})";
    }

    /// <summary>Ingests every input, one transaction per document; a bad file is reported and the batch goes on.</summary>
    internal static async Task<Summary> RunAsync(CliContext ctx, IReadOnlyList<string> paths, string db, CancellationToken ct)
    {
        var inputs = InputFiles.Expand(paths, DocumentReaders.Default.IsSupported);
        await using var store = await StoreFactory.OpenForWriteAsync(db, ct);
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        int added = 0, unchanged = 0, failed = 0;
        var errors = new List<string>();

        await Progress.RunAsync(ctx, "Ingesting", inputs, i => i.Path, async input =>
        {
            if (input.Problem is not null) { failed++; errors.Add($"{input.Path}: {input.Problem}"); return "failed"; }
            try
            {
                var doc = loader.Load(input.Path);
                var result = await store.AddDocumentAsync(doc, ct);
                if (result == AddResult.Added) { added++; return "added"; }
                unchanged++;
                return "unchanged";
            }
            catch (DocumentReadException e)
            {
                failed++;
                errors.Add($"{input.Path}: {e.Message}");
                return "failed";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed++;
                errors.Add($"{input.Path}: cannot read: {e.Message}");
                return "failed";
            }
            catch (Exception e) when (e is not OperationCanceledException and not Microsoft.Data.Sqlite.SqliteException)
            {
                // A defect in a stage must not cost the rest of the batch; the document is not stored (one transaction).
                failed++;
                errors.Add($"{input.Path}: could not be processed ({e.GetType().Name}: {e.Message})");
                return "failed";
            }
        });
        // Errors after the progress display, so a progress bar never overwrites them.
        foreach (var e in errors) ctx.Error(e);
        if (inputs.Count == 0) ctx.Warn("no .txt, .pdf, .html or .htm files found in " + string.Join(", ", paths));
        return new Summary(added, unchanged, failed, db);
    }
}
