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
        /// <summary>How long linking took, of the whole run (the benchmark reports it apart from storing).</summary>
        public TimeSpan LinkingTime { get; init; }

        public override string ToString() =>
            $"{Added} added, {Unchanged} unchanged, {Failed} failed, {Events} event(s) stored ({Db})" +
            (Linking is { } l ? Environment.NewLine + l : "");
    }

    /// <summary>
    /// Ingests every input: read, prepare, extract its events, and store the document with its events. Inputs are
    /// prepared on every core and stored in batches (<see cref="ParallelIngest"/>); outcomes are reported in input order.
    /// A bad file or a failing stage (extraction included) is reported and the run goes on; nothing of that document is stored.
    /// </summary>
    internal static Task<Summary> RunAsync(CliContext ctx, IReadOnlyList<string> paths, string db, CancellationToken ct) =>
        RunAsync(ctx, paths, db, store => new ParallelIngest(store), ct);

    /// <param name="engine">How to run the stages (tests use small batches to cross batch boundaries).</param>
    internal static async Task<Summary> RunAsync(CliContext ctx, IReadOnlyList<string> paths, string db,
        Func<IEventStore, ParallelIngest> engine, CancellationToken ct)
    {
        var inputs = InputFiles.Expand(paths, DocumentReaders.Default.IsSupported);
        await using var store = await StoreFactory.OpenForWriteAsync(db, ct);
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        // What the store held before this run; a duplicate within the run is the writer's to find.
        var known = await KnownDocuments.ReadAsync(store, ct);
        var extraction = EventExtraction.Default;
        int added = 0, unchanged = 0, failed = 0, events = 0;
        var errors = new List<string>();

        await Progress.RunAsync(ctx, "Ingesting", inputs, i => i.Path, report =>
            engine(store).RunAsync(inputs, input => Prepare(loader, extraction, known, input), Describe, (index, outcome) =>
            {
                if (outcome.Error is { } error)
                {
                    failed++;
                    errors.Add(error);
                }
                else if (outcome.Result == AddResult.Added)
                {
                    added++;
                    events += outcome.Events;
                }
                else unchanged++;
                report(index, outcome.Status);
            }, ct));
        // Errors after the progress display, so a progress bar never overwrites them.
        foreach (var e in errors) ctx.Error(e);
        if (inputs.Count == 0) ctx.Warn("no .txt, .pdf, .html or .htm files found in " + string.Join(", ", paths));

        // Linking after the batch: every mention not linked yet (this batch's, or one left by an interrupted run) joins
        // an event; stored links, an analyst's merges and splits included, seed the linker and are never changed.
        EventLinking.Result? linking;
        var linkingTime = System.Diagnostics.Stopwatch.StartNew();
        // Linking holds every new mention at once, so it sets the run's peak. Before it, the batch writer's pooled
        // connection (its 64 MB page cache full) is closed, and what SQLite freed is handed back from glibc's arenas,
        // which keep it otherwise: peak 665 MB against 862 MB for 100k generated documents.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NativeHeap.Trim();
        try
        {
            linking = await EventLinking.RunAsync(store, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not Microsoft.Data.Sqlite.SqliteException)
        {
            ctx.Error($"linking failed ({e.GetType().Name}: {e.Message}); the documents are stored and the next ingest links them");
            linking = null;
        }
        return new Summary(added, unchanged, failed, events, db, linking) { LinkingTime = linkingTime.Elapsed };
    }

    /// <summary>
    /// Reads one input and extracts its events (on a worker thread); a failure becomes the input's error line. A file
    /// whose content the store already holds is neither parsed nor extracted (a weekly re-run over a growing folder
    /// costs little more than reading it); the writer would only have found it stored.
    /// </summary>
    private static PreparedInput Prepare(DocumentLoader loader, EventExtraction extraction, KnownDocuments known, InputFile input)
    {
        if (input.Problem is not null) return PreparedInput.Failed(input.Path, $"{input.Path}: {input.Problem}");
        try
        {
            var doc = loader.LoadUnlessKnown(input.Path, known.Contains);
            if (doc is null) return PreparedInput.Stored(input.Path);
            try
            {
                return new PreparedInput(input.Path, doc, extraction.Run(doc).Events, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An extraction defect fails this document only; it stays unstored, so a later run can retry it.
                return PreparedInput.Failed(input.Path, $"{input.Path}: event extraction failed ({e.GetType().Name}: {e.Message})");
            }
        }
        catch (Exception e) when (Describe(input.Path, e) is { } error)
        {
            return PreparedInput.Failed(input.Path, error);
        }
    }

    /// <summary>The error line for a document that could not be read or stored; null for errors that end the run
    /// (cancellation, and database errors, which would fail every document after it too).</summary>
    private static string? Describe(string path, Exception e) => e switch
    {
        OperationCanceledException or Microsoft.Data.Sqlite.SqliteException => null,
        DocumentReadException => $"{path}: {e.Message}",
        IOException or UnauthorizedAccessException => $"{path}: cannot read: {e.Message}",
        // A defect in a stage must not cost the rest of the run; the document is not stored (one transaction).
        _ => $"{path}: could not be processed ({e.GetType().Name}: {e.Message})",
    };
}
