namespace Sitrep.Cli.Commands;

/// <summary>One input to ingest, or a path that could not even be listed.</summary>
internal readonly record struct InputFile(string Path, string? Problem);

/// <summary>Expands files and folders into the files to ingest, in a stable order, without stopping at an unreadable entry.</summary>
internal static class InputFiles
{
    /// <summary>Named files are always inputs (an unsupported one fails with a clear message); inside folders only
    /// files <paramref name="isSupported"/> accepts are taken.</summary>
    public static List<InputFile> Expand(IEnumerable<string> paths, Func<string, bool> isSupported)
    {
        var result = new List<InputFile>();
        foreach (var p in paths)
        {
            if (File.Exists(p)) result.Add(new InputFile(p, null));
            else if (Directory.Exists(p)) Walk(p, isSupported, result);
            else result.Add(new InputFile(p, "no such file or directory"));
        }
        return result;
    }

    private static void Walk(string dir, Func<string, bool> isSupported, List<InputFile> result)
    {
        string[] files, dirs;
        try
        {
            files = Directory.GetFiles(dir);
            dirs = Directory.GetDirectories(dir);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            result.Add(new InputFile(dir, $"cannot list folder: {e.Message}"));
            return;
        }
        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(dirs, StringComparer.Ordinal);
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            // Inside a folder, only files we can read are inputs; hidden files and others are skipped silently.
            if (name.StartsWith('.')) continue;
            if (isSupported(f)) result.Add(new InputFile(f, null));
        }
        foreach (var d in dirs)
            if (!Path.GetFileName(d).StartsWith('.')) Walk(d, isSupported, result);
    }
}
