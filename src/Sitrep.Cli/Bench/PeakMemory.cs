using System.Diagnostics;

namespace Sitrep.Cli.Bench;

/// <summary>
/// The peak working set of one part of a benchmark run. A process's peak only ever grows, so each part resets it to
/// the current working set first (Linux: /proc/self/clear_refs), after an aggressive collection has returned what the
/// earlier parts left on the heap; where the reset is not possible the figure is the process's peak so far, which can
/// only overstate the part's own.
/// </summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        // What an earlier part left on the heap is handed back to the system first: the peak is reset to the current
        // working set, and a fresh `sitrep ingest` process would not start with it. Pooled connections keep their page
        // caches (64 MB for a writer) in native memory, which no collection frees, so the pools are emptied too.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // The caches those pools freed stay in glibc's arenas (in one 10k run, 170 MB of a 269 MB working set)
        // unless handed back: a fresh process would not start with them either.
        Commands.NativeHeap.Trim();
        try
        {
            if (OperatingSystem.IsLinux()) File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
