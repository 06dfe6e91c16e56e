namespace Sitrep.Cli;

/// <summary>The streams a command writes to; tests pass their own writers.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, bool interactive)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;
    /// <summary>True when a person watches a terminal: progress bars, colours. False: plain lines.</summary>
    public bool Interactive { get; } = interactive;

    public void Error(string message) => Err.WriteLine($"sitrep: error: {message}");
    public void Warn(string message) => Err.WriteLine($"sitrep: warning: {message}");
}
