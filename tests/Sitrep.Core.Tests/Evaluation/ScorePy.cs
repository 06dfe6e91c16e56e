using System.Diagnostics;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>
/// The reference scorer ../shared/eval/score.py and a python3 to run it, when this machine has both. Self-contained,
/// so the CLI tests compile this same file.
/// </summary>
internal static class ScorePy
{
    /// <summary>score.py in the shared/ folder beside the repository, found walking up from the test binaries.</summary>
    public static readonly string? Script = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "shared", "eval", "score.py");
            if (File.Exists(script)) return script;
        }
        return null;
    }

    public static readonly string? Python = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(d => new[] { Path.Combine(d, "python3"), Path.Combine(d, "python3.exe") })
        .FirstOrDefault(File.Exists);

    /// <summary>score.py's stdout for <paramref name="args"/>; fails the test when it exits non-zero.</summary>
    public static string Run(params string[] args)
    {
        var start = new ProcessStartInfo(Python!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script!);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"score.py exited {p.ExitCode}: {stderr.Result}");
        return stdout.ReplaceLineEndings("\n");
    }
}

/// <summary>A fact skipped, with the reason shown, when python3 or ../shared/eval/score.py is not on this machine.</summary>
public sealed class ScorePyFactAttribute : FactAttribute
{
    public ScorePyFactAttribute()
    {
        if (ScorePy.Script is null) Skip = "../shared/eval/score.py not found above " + AppContext.BaseDirectory + "; agreement check skipped";
        else if (ScorePy.Python is null) Skip = "python3 is not on PATH; agreement check with score.py skipped";
    }
}
