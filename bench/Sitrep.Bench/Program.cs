using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Bench;
using Sitrep.Core.Synthetic;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;

return Bench.Run(args);

namespace Sitrep.Bench
{
    /// <summary>One size's measurement.</summary>
    public sealed record LinkingResult(int Mentions, double Seconds, double MentionsPerSecond, int EventsFormed, int LargestEvent, int TrueEvents,
        int Documents, string From, string To, double? RatioToPrevious, double? SizeRatioToPrevious, long PeakWorkingSetBytes,
        double Precision, double Recall, double F1);

    public sealed record MachineInfo(int Cores, string? CpuModel, string Date, string Runtime, string Os, bool PinnedToOneCore, double LoadAverage);

    public sealed record LinkingReport(MachineInfo Machine, int Seed, int EventsPerDay, int Places, int Repeat, IReadOnlyList<LinkingResult> Results);

    public static class Bench
    {
        private const string Usage = """
            usage: sitrep-bench linking [--sizes 25000,50000,100000] [--json] [--seed N] [--per-day N] [--repeat N] [--pin]
              linking   generate synthetic event mentions of each size, link each with a fresh EventLinker on one
                        thread, and report wall time, throughput, growth, peak working set and pairwise P/R/F1
              --sizes     mention counts to link (default 25000,50000,100000)
              --json      print the report as JSON
              --seed      generator seed (default 20200625); --per-day: real-world events a day (default 100)
              --repeat    link each size N times and report the fastest (default 3)
              --pin       pin the process to one core (the linker is single-threaded either way)
            sitrep-bench stages [--docs 10000] [--repeat 3] [--seed N] [--write DIR] [--dump FILE]
              stages    read + normalise, recognise and extract over generated documents (no storage): MB/s and
                        bytes allocated per input byte, each stage on one thread; --write DIR writes the documents;
                        --dump FILE writes every stage's output as JSON instead (diff it across a change)
            sitrep-bench micro [BenchmarkDotNet options, e.g. --filter *Places* --job short]
              micro     BenchmarkDotNet micro-benchmarks of the hot paths (normalise, segment, each recognizer,
                        extraction, linking) against the word-count baseline, with allocations; in process,
                        3 warm-ups and 10 iterations unless --job says otherwise; all unless --filter
            """;

        public static int Run(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] == "stages") return StagesBench.Run(args);
            if (args[0] == "micro") return MicroBench.Run(args[1..]);
            if (args[0] != "linking")
            {
                Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
                Console.Error.WriteLine(Usage);
                return 2;
            }
            int[] sizes = [25_000, 50_000, 100_000];
            var json = false;
            var seed = 20200625;
            var perDay = 100;
            var pin = false;
            var repeat = 3;
            try
            {
                for (var i = 1; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--sizes":
                            sizes = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                                .Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray();
                            if (sizes.Length == 0 || sizes.Any(s => s <= 0)) throw new FormatException("--sizes needs positive sizes");
                            break;
                        case "--json": json = true; break;
                        case "--seed": seed = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture); break;
                        case "--per-day":
                            perDay = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                            if (perDay <= 0) throw new FormatException("--per-day needs a positive number");
                            break;
                        case "--pin": pin = true; break;
                        case "--repeat":
                            repeat = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                            if (repeat <= 0) throw new FormatException("--repeat needs a positive number");
                            break;
                        default: throw new FormatException($"unknown option '{args[i]}'");
                    }
                }
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var cores = Environment.ProcessorCount;
            var pinned = pin && PinToOneCore();
            var machine = new MachineInfo(cores, CpuModel(), DateTime.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                System.Runtime.InteropServices.RuntimeInformation.OSDescription, pinned, LoadAverage());

            var registry = ActorRegistry.Default;
            var generator = new MentionGenerator(registry, Gazetteer.Default) { Seed = seed, EventsPerDay = perDay };
            if (!json) Console.Error.WriteLine("warming up...");
            Measure(generator, registry, 2_000, 1); // JIT and the knowledge base's lazy tables, not timed

            var results = new List<LinkingResult>();
            foreach (var size in sizes)
            {
                if (!json) Console.Error.WriteLine($"linking {size:N0} mentions...");
                var r = Measure(generator, registry, size, repeat);
                var prev = results.Count > 0 ? results[^1] : null;
                results.Add(r with
                {
                    RatioToPrevious = prev is null ? null : Math.Round(r.Seconds / prev.Seconds, 2),
                    SizeRatioToPrevious = prev is null ? null : Math.Round((double)r.Mentions / prev.Mentions, 2),
                });
            }
            var report = new LinkingReport(machine, seed, perDay, generator.PlaceCount, repeat, results);
            if (json) Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
            else Print(report);
            return 0;
        }

        private static readonly JsonSerializerOptions JsonOptions = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };

        private static string Value(string[] args, ref int i) =>
            i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");

        private static LinkingResult Measure(MentionGenerator generator, ActorRegistry registry, int size, int repeat)
        {
            var corpus = generator.Generate(size);
            var seconds = double.MaxValue;
            EventLinker linker = null!;
            IReadOnlyList<MentionLink> links = [];
            for (var run = 0; run < repeat; run++)
            {
                linker = null!;
                links = [];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var watch = Stopwatch.StartNew();
                linker = new EventLinker(registry);
                links = linker.AddRange(corpus.Mentions);
                watch.Stop();
                seconds = Math.Min(seconds, watch.Elapsed.TotalSeconds);
            }
            var (p, r, f) = PairwiseScores(links, corpus.TrueEvent);
            var largest = links.CountBy(l => l.EventId).Max(c => c.Value);
            using var process = Process.GetCurrentProcess();
            return new LinkingResult(corpus.Mentions.Count, Math.Round(seconds, 3), Math.Round(corpus.Mentions.Count / seconds, 0),
                linker.EventCount, largest, corpus.TrueEvents, corpus.Documents, corpus.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                corpus.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, process.PeakWorkingSet64,
                Math.Round(p, 4), Math.Round(r, 4), Math.Round(f, 4));
        }

        /// <summary>
        /// Pairwise precision and recall: of the mention pairs put in one event by linking, the share that report one
        /// true event, and of the pairs reporting one true event, the share linked together. Counted per cluster and
        /// per (true, linked) cell with n(n-1)/2, not by enumerating pairs.
        /// </summary>
        public static (double Precision, double Recall, double F1) PairwiseScores(IReadOnlyList<MentionLink> links, IReadOnlyDictionary<string, int> truth)
        {
            var linked = new Dictionary<string, long>(StringComparer.Ordinal);
            var trueSizes = new Dictionary<int, long>();
            var cells = new Dictionary<(int, string), long>();
            foreach (var l in links)
            {
                var t = truth[l.MentionKey];
                linked[l.EventId] = linked.GetValueOrDefault(l.EventId) + 1;
                trueSizes[t] = trueSizes.GetValueOrDefault(t) + 1;
                cells[(t, l.EventId)] = cells.GetValueOrDefault((t, l.EventId)) + 1;
            }
            static long Pairs(long n) => n * (n - 1) / 2;
            var both = cells.Values.Sum(Pairs);
            var linkedPairs = linked.Values.Sum(Pairs);
            var truePairs = trueSizes.Values.Sum(Pairs);
            var precision = linkedPairs == 0 ? 1 : (double)both / linkedPairs;
            var recall = truePairs == 0 ? 1 : (double)both / truePairs;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return (precision, recall, f1);
        }

        private static void Print(LinkingReport report)
        {
            var m = report.Machine;
            Console.WriteLine($"machine: {m.Cores} cores, {m.CpuModel ?? "unknown CPU"}, {m.Runtime}, {m.Os}");
            Console.WriteLine($"date: {m.Date}; load average at start {m.LoadAverage:F2}; linking on one thread{(m.PinnedToOneCore ? ", process pinned to one core" : "")}; seconds: fastest of {report.Repeat} run(s)");
            Console.WriteLine($"corpus: seed {report.Seed}, {report.EventsPerDay} real-world events/day across Iraq, {report.Places} gazetteer places, 1-4 reports per event");
            Console.WriteLine();
            Console.WriteLine($"{"mentions",9} {"seconds",8} {"mentions/s",10} {"events",7} {"largest",7} {"true ev.",8} {"span",23} {"time x",6} {"size x",6} {"peak WS MB",10} {"P",6} {"R",6} {"F1",6}");
            foreach (var r in report.Results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Mentions,9} {r.Seconds,8:F2} {r.MentionsPerSecond,10:F0} {r.EventsFormed,7} {r.LargestEvent,7} {r.TrueEvents,8} {r.From + ".." + r.To,23} {(r.RatioToPrevious is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) : "-"),6} {(r.SizeRatioToPrevious is { } s ? s.ToString("F2", CultureInfo.InvariantCulture) : "-"),6} {r.PeakWorkingSetBytes / (1024.0 * 1024),10:F0} {r.Precision,6:F3} {r.Recall,6:F3} {r.F1,6:F3}"));
            }
            Console.WriteLine();
            Console.WriteLine("time x: wall time relative to the previous size (near-linear growth: about the size ratio). peak WS: the process's peak working set so far.");
            Console.WriteLine("events: events linking formed; largest: mentions in the biggest one; true ev.: the generator's real-world events.");
            Console.WriteLine("P/R/F1: pairwise linking precision/recall against the generator's true events.");
        }

        private static double LoadAverage()
        {
            try
            {
                return File.Exists("/proc/loadavg")
                    ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture)
                    : -1;
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                return -1;
            }
        }

        private static string? CpuModel()
        {
            try
            {
                if (!File.Exists("/proc/cpuinfo")) return null;
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
            catch (IOException)
            {
                return null;
            }
        }

        /// <summary>Pins the process to the first core it may run on, so the timings are one core's.</summary>
        private static bool PinToOneCore()
        {
            if (!(OperatingSystem.IsLinux() || OperatingSystem.IsWindows())) return false;
            try
            {
                using var process = Process.GetCurrentProcess();
                var mask = (long)process.ProcessorAffinity;
                if (mask == 0) return false;
                process.ProcessorAffinity = (IntPtr)(mask & -mask);
                return true;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
            {
                return false;
            }
        }
    }
}
