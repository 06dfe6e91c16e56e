using System.CommandLine;

namespace Sitrep.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultDb = "sitrep.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => DefaultDb,
        HelpName = "FILE",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of a table" };
}
