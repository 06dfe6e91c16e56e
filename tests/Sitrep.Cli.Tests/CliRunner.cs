namespace Sitrep.Cli.Tests;

/// <summary>Runs the real CLI in-process against a temp folder with its own SQLite file; nothing is shared between tests.</summary>
public sealed class CliRunner : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;
    public string Db => Path.Combine(Dir, "test.db");

    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public Task<Result> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public async Task<Result> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SitrepApp.RunAsync(args, new CliContext(stdout, stderr, interactive: false, new StringReader(stdin)));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public Task<Result> RunWithDbAsync(params string[] args) => RunAsync([.. args, "--db", Db]);

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
