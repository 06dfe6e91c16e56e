using System.Diagnostics;
using System.Text;
using Sitrep.Cli.Commands;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Synthetic;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Bench;

/// <summary>One stage's time over a corpus, with what went through it.</summary>
internal sealed record StageFigures(string Stage, double Seconds, long Bytes, int Documents)
{
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1e6 / Seconds : 0;
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;
}

/// <summary>
/// The figures of one corpus size: each stage on one thread, the whole pipeline (their sum, one document after the
/// other as <c>sitrep ingest</c> runs them), the baseline scan over the same bytes, and the peak working set so far.
/// </summary>
internal sealed record SizeFigures(int Documents, long Bytes, int Mentions, int Events, IReadOnlyList<StageFigures> Stages,
    StageFigures Pipeline, StageFigures Baseline, long PeakWorkingSetBytes, double GenerationSeconds)
{
    /// <summary><c>sitrep ingest</c> itself over the same corpus (every core, batched store, one linking run).</summary>
    public EndToEndFigures? EndToEnd { get; init; }

    /// <summary>The pipeline's throughput as a share of the baseline scan's.</summary>
    public double ShareOfBaseline => Baseline.MegabytesPerSecond > 0 ? Pipeline.MegabytesPerSecond / Baseline.MegabytesPerSecond : 0;
}

/// <summary>
/// Runs the ingest stages over a generated corpus, timing each: read and normalise (reader, encoding, normalisation,
/// metadata), recognise (segmentation, places, actors, dates, quantities), extract (events), store (SQLite, in
/// batches of <see cref="StoreBatch"/> documents, one transaction each, as <c>sitrep ingest</c> stores) and link (after every <see cref="LinkEvery"/> documents, as successive ingest runs
/// would). Documents are generated one at a time and dropped once stored, so memory stays bounded whatever the size;
/// generation is not timed.
/// </summary>
internal sealed class PipelineBench(string databasePath, int seed)
{
    /// <summary>Documents per ingest run: linking runs after each such batch.</summary>
    public int LinkEvery { get; init; } = 1000;

    /// <summary>Documents per store transaction: what <see cref="ParallelIngest"/> writes at once.</summary>
    public int StoreBatch { get; init; } = ParallelIngest.DefaultBatchDocuments;

    public async Task<SizeFigures> RunAsync(int documents, Action<int>? progress, CancellationToken ct)
    {
        if (File.Exists(databasePath)) File.Delete(databasePath);
        await using var store = await SqliteEventStore.OpenAsync(databasePath, ct);
        await store.MigrateAsync(ct);
        var generator = new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = seed };
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        var pipeline = DocumentPipeline.Default;
        var annotator = Annotator.Default;
        var extractor = EventExtractor.Default;
        var baseline = new WordCountBaseline();

        var read = new Stopwatch();
        var recognise = new Stopwatch();
        var extract = new Stopwatch();
        var storing = new Stopwatch();
        var link = new Stopwatch();
        var scan = new Stopwatch();
        var generation = new Stopwatch();
        long bytes = 0;
        var mentions = 0;
        var done = 0;
        var batch = new List<DocumentWithEvents>(StoreBatch);
        PeakMemory.Reset();
        generation.Start();
        foreach (var synthetic in generator.Generate(documents))
        {
            var content = Encoding.UTF8.GetBytes(synthetic.Text);
            generation.Stop();
            bytes += content.Length;

            scan.Start();
            baseline.Count(content);
            scan.Stop();

            read.Start();
            var doc = loader.Load(synthetic.Name + ".txt", content);
            read.Stop();

            recognise.Start();
            var segments = pipeline.Segment(doc);
            var notes = annotator.Annotate(doc, segments);
            recognise.Stop();

            extract.Start();
            var events = extractor.Extract(doc, segments, notes);
            extract.Stop();

            mentions += events.Count;
            batch.Add(new DocumentWithEvents(doc, events));
            done++;
            var linkNow = done % LinkEvery == 0 || done == documents;
            if (batch.Count >= StoreBatch || linkNow)
            {
                storing.Start();
                await store.AddDocumentsAsync(batch, ct);
                storing.Stop();
                batch.Clear();
            }

            if (linkNow)
            {
                link.Start();
                await EventLinking.RunAsync(store, ct);
                link.Stop();
                progress?.Invoke(done);
            }
            generation.Start();
        }
        generation.Stop();
        var eventCount = (int)await store.CountEventsAsync(ct);
        StageFigures Stage(string name, Stopwatch w) => new(name, w.Elapsed.TotalSeconds, bytes, done);
        var stages = new[]
        {
            Stage("read + normalise", read), Stage("recognise", recognise), Stage("extract", extract),
            Stage("store (SQLite)", storing), Stage("link", link),
        };
        var total = stages.Sum(s => s.Seconds);
        return new SizeFigures(done, bytes, mentions, eventCount, stages, new StageFigures("pipeline", total, bytes, done),
            Stage("baseline word count", scan), PeakMemory.Read(), generation.Elapsed.TotalSeconds);
    }
}
