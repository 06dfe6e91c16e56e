namespace Sitrep.Core.Tests.Normalisation;

/// <summary>Finds shared/seeds by walking up from the test binaries (the repo sits beside shared/).</summary>
internal static class SeedFolder
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when shared/seeds is not there.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedFolder.Find() is null)
            Skip = "shared/seeds not found above " + AppContext.BaseDirectory + "; seed evaluation skipped.";
    }
}
