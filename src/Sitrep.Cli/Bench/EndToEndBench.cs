using System.Diagnostics;
using System.Text;
using Sitrep.Cli.Commands;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Synthetic;

namespace Sitrep.Cli.Bench;

/// <summary>
/// Wall-clock figures of <c>sitrep ingest</c> itself over a corpus: reading the files, preparing them on every core,
/// storing in batches, then one linking run, as one invocation does.
/// </summary>
/// <param name="Seconds">The whole run, linking included.</param>
/// <param name="LinkSeconds">Of which linking (once, after everything is stored).</param>
/// <param name="Workers">Threads preparing documents; one more thread stores them.</param>
/// <param name="CpuSeconds">Processor time the process used during the run, all threads: on a shared machine the wall
/// clock also counts waiting for a core, this does not.</param>
internal sealed record EndToEndFigures(double Seconds, double LinkSeconds, long Bytes, int Documents, int Added, int Failed,
    int Workers, long PeakWorkingSetBytes, double CpuSeconds)
{
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1e6 / Seconds : 0;
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;
    /// <summary>Read, prepare and store, without the linking run.</summary>
    public double IngestSeconds => Seconds - LinkSeconds;
    public double IngestDocumentsPerSecond => IngestSeconds > 0 ? Documents / IngestSeconds : 0;
}

/// <summary>
/// Writes the generated corpus to files (not timed), then times <see cref="IngestCommand.RunAsync"/> on their folder:
/// the code <c>sitrep ingest</c> runs, not a copy of it. The files were just written, so they are read from the page
/// cache; progress lines go nowhere. The corpus folder is removed afterwards.
/// </summary>
internal sealed class EndToEndBench(string folder, int seed)
{
    public async Task<EndToEndFigures> RunAsync(int documents, CancellationToken ct)
    {
        var corpus = Path.Combine(folder, $"corpus-{documents}");
        var db = Path.Combine(folder, $"ingest-{documents}.db");
        if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        try
        {
            var bytes = WriteCorpus(corpus, documents);
            var quiet = new CliContext(TextWriter.Null, TextWriter.Null, interactive: false);
            using var process = Process.GetCurrentProcess();
            PeakMemory.Reset();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var summary = await IngestCommand.RunAsync(quiet, [corpus], db, ct);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            if (summary.Linking is null) throw new InvalidOperationException("linking failed during the end-to-end run");
            return new EndToEndFigures(clock.Elapsed.TotalSeconds, summary.LinkingTime.TotalSeconds, bytes,
                summary.Added + summary.Unchanged + summary.Failed, summary.Added, summary.Failed, ParallelIngest.DefaultWorkers,
                PeakMemory.Read(), cpu.TotalSeconds);
        }
        finally
        {
            if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        }
    }

    /// <summary>The corpus <see cref="PipelineBench"/> measures (same seed), one file per document in generation order:
    /// folders of 1,000 and a numeric prefix keep that order in ingest's sorted walk.</summary>
    private long WriteCorpus(string corpus, int documents)
    {
        var generator = new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = seed };
        long bytes = 0;
        var i = 0;
        foreach (var synthetic in generator.Generate(documents))
        {
            var dir = Path.Combine(corpus, (i / 1000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            if (i % 1000 == 0) Directory.CreateDirectory(dir);
            var content = Encoding.UTF8.GetBytes(synthetic.Text);
            File.WriteAllBytes(Path.Combine(dir, $"{i % 1000:D3}-{synthetic.Name}.txt"), content);
            bytes += content.Length;
            i++;
        }
        return bytes;
    }
}
