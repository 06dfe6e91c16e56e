using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Synthetic;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// <c>stages</c>: read + normalise, recognise and extract over generated documents, as <c>sitrep bench</c> times them,
/// but without storage or linking, and with the bytes each stage allocates per input byte (this thread's allocation
/// counter). The corpus is generated up front so that generation neither runs between timings nor counts as
/// allocation. <c>--write DIR</c> writes the documents as .txt files instead, for before/after output diffs.
/// </summary>
public static class StagesBench
{
    public static int Run(string[] args)
    {
        var docs = 10_000;
        var seed = 20200625;
        var repeat = 3;
        string? write = null;
        string? dump = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--docs": docs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--write": write = args[++i]; break;
                case "--dump": dump = args[++i]; break;
                default: Console.Error.WriteLine($"unknown option '{args[i]}'"); return 2;
            }
        }
        var generator = new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = seed };
        if (write is not null)
        {
            Directory.CreateDirectory(write);
            foreach (var d in generator.Generate(docs))
                File.WriteAllText(Path.Combine(write, d.Name + ".txt"), d.Text);
            return 0;
        }
        if (dump is not null) return Dump(generator.Generate(docs), dump);
        var corpus = generator.Generate(docs).Select(d => (Name: d.Name + ".txt", Bytes: Encoding.UTF8.GetBytes(d.Text))).ToList();
        long bytes = corpus.Sum(c => (long)c.Bytes.Length);
        Pass(corpus.Take(300).ToList(), out _); // JIT and lazy tables, not timed
        Console.WriteLine($"{docs:N0} documents, {bytes / 1e6:F1} MB");
        for (var r = 0; r < repeat; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var figures = Pass(corpus, out var mentions);
            var line = string.Join("  ", figures.Select(f =>
                $"{f.Stage} {bytes / 1e6 / f.Seconds,5:F1} MB/s (cpu {bytes / 1e6 / f.CpuSeconds,5:F1}) {(double)f.Allocated / bytes,4:F1} B/B"));
            var combined = figures[1].Seconds + figures[2].Seconds;
            var combinedCpu = figures[1].CpuSeconds + figures[2].CpuSeconds;
            Console.WriteLine($"run {r + 1}: {line}  recognise+extract {bytes / 1e6 / combined,5:F1} MB/s (cpu {bytes / 1e6 / combinedCpu,5:F1})  ({mentions} events, {GC.CollectionCount(0) - gen0} gen0 GCs, {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s paused)");
        }
        return 0;
    }

    /// <summary>
    /// Every stage's output as JSON, one document after the other: normalised text, segments, annotations and
    /// events, so that a change meant to be behaviour-neutral can be diffed against the output before it.
    /// </summary>
    private static int Dump(IEnumerable<SyntheticDocument> documents, string path)
    {
        var options = new System.Text.Json.JsonSerializerOptions
        {
            ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles,
            IncludeFields = true,
            MaxDepth = 256,
        };
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        using var output = new StreamWriter(path);
        foreach (var d in documents)
        {
            var doc = loader.Load(d.Name + ".txt", Encoding.UTF8.GetBytes(d.Text));
            var segments = DocumentPipeline.Default.Segment(doc);
            var notes = Annotator.Default.Annotate(doc, segments);
            var events = EventExtractor.Default.Extract(doc, segments, notes);
            output.WriteLine(d.Name);
            output.WriteLine(doc.Text);
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(doc.Map.RawOffsets.ToArray(), options));
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(segments, options));
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(notes, options));
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(events, options));
        }
        return 0;
    }

    private sealed record Figure(string Stage, double Seconds, double CpuSeconds, long Allocated);

    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>
    /// This thread's CPU time (Linux): on a shared machine wall time also counts the moments other processes held the
    /// core, CPU time does not; 0 where the call is not available.
    /// </summary>
    private static double ThreadCpuSeconds()
    {
        const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID
        try { return ClockGetTime(ThreadCpuTimeClock, out var t) == 0 ? t.Seconds + t.Nanoseconds / 1e9 : 0; }
        catch (DllNotFoundException) { return 0; }
        catch (EntryPointNotFoundException) { return 0; }
    }

    private static List<Figure> Pass(List<(string Name, byte[] Bytes)> corpus, out int mentions)
    {
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        var pipeline = DocumentPipeline.Default;
        var annotator = Annotator.Default;
        var extractor = EventExtractor.Default;
        var watches = new[] { new Stopwatch(), new Stopwatch(), new Stopwatch() };
        var allocated = new long[3];
        var cpu = new double[3];
        mentions = 0;
        foreach (var (name, content) in corpus)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var c0 = ThreadCpuSeconds();
            watches[0].Start();
            var doc = loader.Load(name, content);
            watches[0].Stop();
            var c1 = ThreadCpuSeconds();
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            watches[1].Start();
            var segments = pipeline.Segment(doc);
            var notes = annotator.Annotate(doc, segments);
            watches[1].Stop();
            var c2 = ThreadCpuSeconds();
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            watches[2].Start();
            var events = extractor.Extract(doc, segments, notes);
            watches[2].Stop();
            var c3 = ThreadCpuSeconds();
            var a3 = GC.GetAllocatedBytesForCurrentThread();
            cpu[0] += c1 - c0;
            cpu[1] += c2 - c1;
            cpu[2] += c3 - c2;
            allocated[0] += a1 - a0;
            allocated[1] += a2 - a1;
            allocated[2] += a3 - a2;
            mentions += events.Count;
        }
        return
        [
            new("read+normalise", watches[0].Elapsed.TotalSeconds, cpu[0], allocated[0]),
            new("recognise", watches[1].Elapsed.TotalSeconds, cpu[1], allocated[1]),
            new("extract", watches[2].Elapsed.TotalSeconds, cpu[2], allocated[2]),
        ];
    }
}
