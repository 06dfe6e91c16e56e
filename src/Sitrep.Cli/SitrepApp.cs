namespace Sitrep.Cli;

public static class SitrepApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args; _ = stderr;
        stdout.WriteLine("sitrep");
        return Task.FromResult(0);
    }
}
