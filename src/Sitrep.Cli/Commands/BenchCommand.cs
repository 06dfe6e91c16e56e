using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Sitrep.Cli.Bench;
using Sitrep.Cli.Output;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench [--docs N] [--json]</c>: throughput, memory and scaling of every ingest stage on a generated corpus
/// of 1,000, 10,000, ... documents up to N, against a plain word-count scan of the same bytes.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var docs = new Option<int>("--docs")
        {
            Description = "largest corpus: runs 1,000, 10,000, ... documents up to N (default 10,000)",
            HelpName = "N",
            DefaultValueFactory = _ => 10_000,
        };
        var json = new Option<bool>("--json") { Description = "Write the figures as one JSON object" };
        var seed = new Option<int>("--seed") { Description = "corpus seed (the same seed gives the same corpus)", DefaultValueFactory = _ => 20200625 };
        var queries = new Option<int>("--queries")
        {
            Description = "events in the store the query benchmark builds (0 skips it; the issue's figure is 1,000,000)",
            HelpName = "N",
            DefaultValueFactory = _ => 100_000,
        };
        var dir = new Option<string?>("--dir")
        {
            Description = "folder for the benchmark's SQLite files (default: a temporary folder, removed afterwards)",
            HelpName = "DIR",
        };
        var cmd = new Command("bench", "Measure each ingest stage's throughput, memory and scaling on a generated corpus") { docs, json, seed, queries, dir };
        cmd.SetAction(async (parse, ct) =>
        {
            var largest = parse.GetValue(docs);
            if (largest < 1) throw new CliException("--docs must be at least 1", ExitCodes.Usage);
            var queryEvents = parse.GetValue(queries);
            if (queryEvents is < 0 or (> 0 and < 100)) throw new CliException("--queries must be 0 (skip) or at least 100", ExitCodes.Usage);
            var keep = parse.GetValue(dir);
            var folder = keep ?? Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
            Directory.CreateDirectory(folder);
            try
            {
                var report = await RunAsync(ctx, Sizes(largest), parse.GetValue(seed), queryEvents, folder, parse.GetValue(json), ct);
                if (parse.GetValue(json)) Json.Write(ctx.Out, report);
                else Print(ctx, report);
            }
            finally
            {
                if (keep is null) Directory.Delete(folder, recursive: true);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>1,000, 10,000, ... below <paramref name="largest"/>, then <paramref name="largest"/> itself.</summary>
    internal static List<int> Sizes(int largest)
    {
        var sizes = new List<int>();
        for (var n = 1000; n < largest; n *= 10) sizes.Add(n);
        sizes.Add(largest);
        return sizes;
    }

    internal sealed record Machine(int Cores, string Cpu, string Runtime, string Os);

    internal sealed record Report(string Date, Machine Machine, int Seed, IReadOnlyList<SizeFigures> Sizes, QueryBenchResult? Queries);

    private static async Task<Report> RunAsync(CliContext ctx, List<int> sizes, int seed, int queryEvents, string folder, bool quiet,
        CancellationToken ct)
    {
        var results = new List<SizeFigures>();
        // An untimed warm-up first: the first size would otherwise also measure the JIT compiling every stage.
        if (!quiet) ctx.Err.WriteLine("bench: warming up on 300 documents (not timed)...");
        await new PipelineBench(Path.Combine(folder, "bench-warmup.db"), seed + 1).RunAsync(Math.Min(300, sizes[^1]), null, ct);
        await new EndToEndBench(Path.Combine(folder, "warmup"), seed + 1).RunAsync(Math.Min(300, sizes[^1]), ct);
        foreach (var n in sizes)
        {
            if (!quiet) ctx.Err.WriteLine($"bench: ingesting {n:N0} generated documents...");
            var bench = new PipelineBench(Path.Combine(folder, $"bench-{n}.db"), seed);
            var figures = await bench.RunAsync(n, done =>
            {
                if (!quiet && ctx.Interactive) ctx.Err.Write($"\r  {done:N0} / {n:N0}");
            }, ct);
            if (!quiet && ctx.Interactive) ctx.Err.WriteLine();
            if (!quiet) ctx.Err.WriteLine($"bench: the same {n:N0} documents through 'sitrep ingest' (all cores, batched store)...");
            var endToEnd = await new EndToEndBench(folder, seed).RunAsync(n, ct);
            results.Add(figures with { EndToEnd = endToEnd });
        }
        QueryBenchResult? queryResult = null;
        if (queryEvents > 0)
        {
            if (!quiet) ctx.Err.WriteLine($"bench: building a store of {queryEvents:N0} events and timing queries on it...");
            queryResult = await QueryBench.RunAsync(Path.Combine(folder, $"queries-{queryEvents}.db"), queryEvents, seed,
                quiet ? TextWriter.Null : ctx.Err, ct);
        }
        return new Report(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), DescribeMachine(), seed, results,
            queryResult);
    }

    internal static Machine DescribeMachine()
    {
        var cpu = "unknown";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                    ?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException) { }
        return new Machine(Environment.ProcessorCount, cpu, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription);
    }

    private static void Print(CliContext ctx, Report report)
    {
        var m = report.Machine;
        ctx.Out.WriteLine($"machine: {m.Cores} cores, {m.Cpu}, {m.Runtime}, {m.Os}");
        ctx.Out.WriteLine($"date: {report.Date}; corpus seed {report.Seed}; every stage on one thread, so per-core figures are these");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "docs", "stage", "seconds", "MB/s", "docs/s", "x baseline" })
            table.AddColumn(new TableColumn(c) { Alignment = c == "stage" ? Justify.Left : Justify.Right });
        SizeFigures? previous = null;
        foreach (var s in report.Sizes)
        {
            void Row(StageFigures f, string? share = null) => table.AddRow(
                s.Documents.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(f.Stage), f.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
                f.MegabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture), f.DocumentsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                share ?? (s.Baseline.MegabytesPerSecond > 0 ? (f.MegabytesPerSecond / s.Baseline.MegabytesPerSecond).ToString("0.000", CultureInfo.InvariantCulture) : "-"));
            foreach (var stage in s.Stages) Row(stage);
            Row(s.Pipeline);
            Row(s.Baseline, "1");
            if (s.EndToEnd is { } e)
            {
                Row(new StageFigures($"ingest: {e.Workers} workers + writer", e.IngestSeconds, e.Bytes, e.Documents));
                Row(new StageFigures("ingest: linking (once)", e.LinkSeconds, e.Bytes, e.Documents));
                Row(new StageFigures("end to end (sitrep ingest)", e.Seconds, e.Bytes, e.Documents));
            }
            if (s.EndToEnd is { } cpu)
                table.AddRow("", $"[grey]end to end used {cpu.CpuSeconds:0.0} s of processor time ({cpu.CpuSeconds / cpu.Seconds:0.00} cores busy on average); " +
                    $"peak working set {cpu.PeakWorkingSetBytes / 1e6:N0} MB[/]", "", "", "", "");
            // Both growths: the stages' sum (each stage alone on one thread) and end to end (what the linearity target is about).
            var ratio = previous is null ? "" : $"; stages' time x{s.Pipeline.Seconds / previous.Pipeline.Seconds:0.00}" +
                (s.EndToEnd is { } now && previous.EndToEnd is { } before ? $", end to end x{now.Seconds / before.Seconds:0.00}" : "") +
                $" for size x{(double)s.Documents / previous.Documents:0.#}";
            table.AddRow("", $"[grey]{s.Bytes / 1e6:0.0} MB, {s.Mentions:N0} mentions, {s.Events:N0} events, stages' peak working set {s.PeakWorkingSetBytes / 1e6:N0} MB{Markup.Escape(ratio)}[/]",
                "", "", "", "");
            table.AddEmptyRow();
            previous = s;
        }
        Tables.Write(ctx, table);
        ctx.Out.WriteLine("stages: read + normalise (reader, encoding, normalisation, metadata); recognise (segmentation, places, actors, dates,");
        ctx.Out.WriteLine($"quantities); extract (events); store (SQLite, {ParallelIngest.DefaultBatchDocuments} documents per transaction, as ingest stores); link (after every 1,000 documents).");
        ctx.Out.WriteLine("x baseline: throughput as a share of the baseline, one pass that decodes the same bytes and counts each word.");
        ctx.Out.WriteLine("end to end: wall clock of 'sitrep ingest' on the same corpus written to files: workers read, normalise, recognise");
        ctx.Out.WriteLine($"and extract on every core, one writer stores {ParallelIngest.DefaultBatchDocuments} documents per transaction, then one linking run.");
        if (report.Queries is not { } q) return;
        ctx.Out.WriteLine();
        ctx.Out.WriteLine($"queries on a store of {q.Events:N0} events ({q.Mentions:N0} mentions, {q.Documents:N0} documents, " +
            $"{q.DatabaseBytes / 1e9:0.00} GB; {(q.Reused ? "reused" : $"built in {q.BuildTime.TotalSeconds:0} s")}):");
        var queries = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "query", "runs", "p50 ms", "p95 ms", "max ms", "target p95", "" })
            queries.AddColumn(new TableColumn(c) { Alignment = c is "query" or "" ? Justify.Left : Justify.Right });
        foreach (var k in q.Queries)
            queries.AddRow(Markup.Escape(k.Description), k.Runs.ToString(CultureInfo.InvariantCulture), k.P50Ms.ToString("0.00", CultureInfo.InvariantCulture),
                k.P95Ms.ToString("0.00", CultureInfo.InvariantCulture), k.MaxMs.ToString("0.0", CultureInfo.InvariantCulture),
                k.TargetP95Ms is { } t ? t.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-",
                k.MeetsTarget switch { true => "met", false => "MISSED", null => "" });
        Tables.Write(ctx, queries);
    }
}
