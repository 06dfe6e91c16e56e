namespace Sitrep.Core.Tests.Seeds;

/// <summary>
/// The reference documents in ../shared/seeds, read only by the evaluation tests (never copied into the project).
/// Found by walking up from the test binaries, since the repository sits beside shared/.
/// </summary>
internal static class SeedFiles
{
    public static readonly string? Directory = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(seeds)) return seeds;
        }
        return null;
    }

    /// <summary>The gold annotation of the seeds (../shared/eval/seeds-gold.json), or null when absent.</summary>
    public static string? GoldPath => Directory is null ? null
        : Path.Combine(Path.GetDirectoryName(Directory)!, "eval", "seeds-gold.json") is var p && File.Exists(p) ? p : null;

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000").</summary>
    public static string Read(string prefix) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory!, prefix + "_*.txt").Single());

    public static IEnumerable<string> All() => System.IO.Directory.GetFiles(Directory!, "*.txt").Order(StringComparer.Ordinal);
}

/// <summary>A fact that is skipped, with the reason shown, when the shared seed documents are not on this machine.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedFiles.Directory is null)
            Skip = "../shared/seeds not found above " + AppContext.BaseDirectory + "; seed evaluation skipped";
    }
}
