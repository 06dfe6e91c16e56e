namespace Sitrep.Cli;

/// <summary>Exit codes scripts can rely on (listed in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run went on, but some inputs failed (each named on stderr).</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>Nothing could be done: missing database, unknown document, unreadable store.</summary>
    public const int Failed = 3;
}

/// <summary>An error the user can act on; printed as one line, no stack trace.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
