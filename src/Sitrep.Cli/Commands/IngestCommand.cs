using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
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
        var cmd = new Command("ingest", "Read, normalise and store documents with the events extracted from them") { paths, db };
        cmd.SetAction(async (parse, ct) =>
        {
            var summary = await RunAsync(ctx, parse.GetValue(paths)!, parse.GetValue(db)!, ct);
            ctx.Out.WriteLine(summary.ToString());
            return summary.Failed > 0 || summary.Linking is null ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    /// <param name="Events">Event mentions stored with the documents added in this run.</param>
    /// <param name="Linking">What linking did after the batch was stored; null when it failed (the error is on stderr,
    /// the documents stay stored and the next ingest links them).</param>
    internal sealed record Summary(int Added, int Unchanged, int Failed, int Events, string Db, EventLinking.Result? Linking)
    {
        public override string ToString() =>
            $"{Added} added, {Unchanged} unchanged, {Failed} failed, {Events} event(s) stored ({Db})" +
            (Linking is { } l ? Environment.NewLine + l : "");
    }

    /// <summary>
    /// Ingests every input: read, prepare, extract its events, and store the document with its events in one transaction.
    /// A bad file or a failing stage (extraction included) is reported and the batch goes on; nothing of that document is stored.
    /// </summary>
    internal static async Task<Summary> RunAsync(CliContext ctx, IReadOnlyList<string> paths, string db, CancellationToken ct)
    {
        var inputs = InputFiles.Expand(paths, DocumentReaders.Default.IsSupported);
        await using var store = await StoreFactory.OpenForWriteAsync(db, ct);
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        var extraction = EventExtraction.Default;
        int added = 0, unchanged = 0, failed = 0, events = 0;
        var errors = new List<string>();

        await Progress.RunAsync(ctx, "Ingesting", inputs, i => i.Path, async input =>
        {
            if (input.Problem is not null) { failed++; errors.Add($"{input.Path}: {input.Problem}"); return "failed"; }
            try
            {
                var doc = loader.Load(input.Path);
                IReadOnlyList<EventMention> found;
                try
                {
                    found = extraction.Run(doc).Events;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An extraction defect fails this document only; it stays unstored, so a later run can retry it.
                    failed++;
                    errors.Add($"{input.Path}: event extraction failed ({e.GetType().Name}: {e.Message})");
                    return "failed";
                }
                var result = await store.AddDocumentAsync(doc, found, ct);
                if (result == AddResult.Added)
                {
                    added++;
                    events += found.Count;
                    return $"added ({found.Count} event(s))";
                }
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

        // Linking after the batch: every mention not linked yet (this batch's, or one left by an interrupted run) joins
        // an event; stored links, an analyst's merges and splits included, seed the linker and are never changed.
        EventLinking.Result? linking;
        try
        {
            linking = await EventLinking.RunAsync(store, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not Microsoft.Data.Sqlite.SqliteException)
        {
            ctx.Error($"linking failed ({e.GetType().Name}: {e.Message}); the documents are stored and the next ingest links them");
            linking = null;
        }
        return new Summary(added, unchanged, failed, events, db, linking);
    }
}
