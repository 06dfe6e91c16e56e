namespace Sitrep.Cli;

/// <summary>The streams a command writes to; tests pass their own writers.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, bool interactive, TextReader? stdin = null)
{
    /// <summary>Standard input (for <c>extract --jsonl</c>); the console's unless a test gives its own.</summary>
    public TextReader In { get; } = stdin ?? Console.In;
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;
    /// <summary>True when a person watches a terminal: progress bars, colours. False: plain lines.</summary>
    public bool Interactive { get; } = interactive;

    public void Error(string message) => Err.WriteLine($"sitrep: error: {message}");
    public void Warn(string message) => Err.WriteLine($"sitrep: warning: {message}");
}
