using System.Collections.Concurrent;
using System.Threading.Channels;
using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>What preparing one input gave: a document with its events to store, the error line of a failure, or
/// that the store already holds it (found before it was prepared).</summary>
/// <param name="Label">The input as the user named it (a path); store errors are reported against it.</param>
internal sealed record PreparedInput(string Label, Document? Document, IReadOnlyList<EventMention> Events, string? Error,
    bool AlreadyStored = false)
{
    public static PreparedInput Failed(string label, string error) => new(label, null, [], error);

    public static PreparedInput Stored(string label) => new(label, null, [], null, AlreadyStored: true);
}

/// <summary>One input's outcome: stored (added or unchanged) or failed with an error line naming the input.</summary>
internal sealed record IngestOutcome(AddResult? Result, int Events, string? Error)
{
    /// <summary>The word the progress line shows.</summary>
    public string Status => Error is not null ? "failed" : Result == AddResult.Added ? $"added ({Events} event(s))" : "unchanged";
}

/// <summary>
/// Ingest on every core: worker threads read, normalise, recognise and extract inputs (the stages are stateless), and
/// one writer stores the results in batches, many documents per transaction. Outcomes are reported in input order
/// whatever order the workers finish in. Memory stays bounded: at most <see cref="Window"/> prepared inputs wait for
/// the writer, plus the batch it is filling; inputs are taken from the list only as the window frees.
/// </summary>
internal sealed class ParallelIngest(IEventStore store)
{
    /// <summary>Threads preparing inputs. All cores by default: the writer mostly waits on them, and the OS shares the
    /// cores between the writer and the workers when it does not.</summary>
    public int Workers { get; init; } = DefaultWorkers;

    public static int DefaultWorkers => Environment.ProcessorCount;

    /// <summary>Documents stored per transaction. On generated documents of about 7 KB, 250 took about a fifth of the
    /// processor time of one transaction per document. In a large store 500 is faster again: some indexes (the documents'
    /// content hash above all; mentions were keyed by it too until migration 0006) take their inserts on scattered pages, so a batch rewrites (and checkpoints)
    /// hundreds of index pages however few documents it holds, and twice the documents share them (100k documents,
    /// fresh `sitrep ingest` in four interleaved pairs: 0-11% faster, 56-176 MB more at peak; 1,000 was slower and
    /// peaked near 1 GB).</summary>
    public int BatchDocuments { get; init; } = DefaultBatchDocuments;

    public const int DefaultBatchDocuments = 500;

    /// <summary>A batch is also written once its texts (normalised and original) reach this many characters, so a run
    /// of large PDFs does not build a huge transaction.</summary>
    public long BatchChars { get; init; } = 16_000_000;

    /// <summary>Prepared inputs that may wait for the writer. Larger than a batch, so the workers keep going while the
    /// writer stores one.</summary>
    public int Window => Math.Max(2 * BatchDocuments, 4 * Workers);

    /// <summary>
    /// Prepares every input with <paramref name="prepare"/> (on the worker threads; it must not throw for a bad input
    /// but return <see cref="PreparedInput.Failed"/>), stores the documents, and calls <paramref name="report"/> once per
    /// input, in input order, on the caller's flow. When a batch fails, its documents are stored again one at a time, so
    /// only a bad one fails, reported with <paramref name="describe"/> (null from it means the error is fatal and is
    /// rethrown, as a database error is).
    /// </summary>
    public async Task RunAsync<T>(IReadOnlyList<T> inputs, Func<T, PreparedInput> prepare, Func<string, Exception, string?> describe,
        Action<int, IngestOutcome> report, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var window = Channel.CreateBounded<Slot<T>>(new BoundedChannelOptions(Window) { SingleReader = true, SingleWriter = true });
        using var work = new BlockingCollection<Slot<T>>();
        // Dedicated threads rather than pool work items: CPU-bound workers on the pool would starve the writer's
        // continuations until the pool noticed and added a thread.
        var workers = new Task[Workers];
        for (var w = 0; w < workers.Length; w++)
            workers[w] = Task.Factory.StartNew(() => Work(work, prepare, stop.Token), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var feeder = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    var slot = new Slot<T>(i, inputs[i]);
                    // The window first: a slot is handed to a worker only once the writer has room to wait for it.
                    await window.Writer.WriteAsync(slot, stop.Token);
                    work.Add(slot, stop.Token);
                }
                window.Writer.TryComplete();
            }
            catch (Exception e)
            {
                window.Writer.TryComplete(e);
            }
            finally
            {
                work.CompleteAdding();
            }
        }, CancellationToken.None);

        var pending = new List<(int Index, PreparedInput Input)>();
        var batch = new List<DocumentWithEvents>(BatchDocuments);
        long chars = 0;
        try
        {
            await foreach (var slot in window.Reader.ReadAllAsync(stop.Token))
            {
                var prepared = await slot.Done.Task.WaitAsync(stop.Token);
                pending.Add((slot.Index, prepared));
                if (prepared.Document is { } doc)
                {
                    batch.Add(new DocumentWithEvents(doc, prepared.Events));
                    chars += doc.Text.Length + doc.RawText.Length;
                }
                // With nothing waiting to be stored, a failure or a stored input is reported at once rather than with the next batch.
                if (batch.Count == 0 || batch.Count >= BatchDocuments || chars >= BatchChars)
                {
                    await FlushAsync(pending, batch, describe, report, stop.Token);
                    chars = 0;
                }
            }
            await FlushAsync(pending, batch, describe, report, stop.Token);
        }
        finally
        {
            // Normally everything has finished; after an error or a cancellation this stops the workers and the feeder.
            await stop.CancelAsync();
            try { await Task.WhenAll([.. workers, feeder]); }
            catch (OperationCanceledException) { }
        }
    }

    private static void Work<T>(BlockingCollection<Slot<T>> work, Func<T, PreparedInput> prepare, CancellationToken ct)
    {
        try
        {
            foreach (var slot in work.GetConsumingEnumerable(ct))
            {
                try { slot.Done.SetResult(prepare(slot.Input)); }
                catch (Exception e) { slot.Done.SetException(e); } // the writer rethrows it when it reaches this input
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task FlushAsync(List<(int Index, PreparedInput Input)> pending, List<DocumentWithEvents> batch,
        Func<string, Exception, string?> describe, Action<int, IngestOutcome> report, CancellationToken ct)
    {
        IReadOnlyList<AddResult>? results = null;
        if (batch.Count > 0)
        {
            try
            {
                results = await store.AddDocumentsAsync(batch, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The transaction rolled back as a whole: store the batch again one document at a time below, so one bad
                // document fails alone and its error names its file.
                results = null;
            }
        }
        var b = 0;
        foreach (var (index, input) in pending)
        {
            if (input.Document is not { } doc)
            {
                report(index, input.AlreadyStored ? new IngestOutcome(AddResult.AlreadyStored, 0, null) : new IngestOutcome(null, 0, input.Error));
                continue;
            }
            report(index, results is not null
                ? Stored(results[b], input.Events)
                : await AddOneAsync(input.Label, doc, input.Events, describe, ct));
            b++;
        }
        pending.Clear();
        batch.Clear();
    }

    private static IngestOutcome Stored(AddResult result, IReadOnlyList<EventMention> events) =>
        new(result, result == AddResult.Added ? events.Count : 0, null);

    /// <summary>Adds one document on its own; a failure <paramref name="describe"/> names becomes that input's outcome.</summary>
    private async Task<IngestOutcome> AddOneAsync(string label, Document doc, IReadOnlyList<EventMention> events,
        Func<string, Exception, string?> describe, CancellationToken ct)
    {
        try
        {
            return Stored(await store.AddDocumentAsync(doc, events, ct), events);
        }
        catch (Exception e) when (e is not OperationCanceledException && describe(label, e) is { } error)
        {
            return new IngestOutcome(null, 0, error);
        }
    }

    private sealed class Slot<T>(int index, T input)
    {
        public int Index { get; } = index;
        public T Input { get; } = input;
        // Asynchronous continuations: the writer must not run on a worker thread when a worker completes its slot.
        public TaskCompletionSource<PreparedInput> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
