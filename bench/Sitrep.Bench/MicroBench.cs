using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Sitrep.Bench;

/// <summary><c>micro</c>: runs <see cref="HotPaths"/> with BenchmarkDotNet.</summary>
public static class MicroBench
{
    public static int Run(string[] args)
    {
        // In process: BenchmarkDotNet's default builds and launches a generated project per benchmark, which needs a
        // package restore at run time; in process it measures this build as it is.
        var config = DefaultConfig.Instance
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "sitrep-bench-micro"))
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond))
            .AddColumn(new ThroughputColumn());
        // 3 warm-ups and 10 measured iterations of at least 250 ms: a few minutes in all, and errors a few percent
        // on a quiet machine. --job overrides it (dry, short, medium, long).
        config = !args.Contains("--job") && !args.Contains("-j")
            ? config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithToolchain(InProcessEmitToolchain.Instance))
            : config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
        // Without a filter the switcher asks on the console which benchmarks to run; CI and scripts have no console.
        if (!args.Contains("--filter") && !args.Contains("-f")) args = [.. args, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(HotPaths)]).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>The sample's megabytes over the mean time of one operation (every benchmark processes the whole sample).</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"Megabytes of the {HotPaths.Documents}-document sample ({HotPaths.SampleBytes / 1e6:F3} MB) per second of the mean";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (HotPaths.SampleBytes / 1e6 / (mean.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }
    }
}
