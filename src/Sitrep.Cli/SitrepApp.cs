using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>Builds the <c>sitrep</c> command tree and runs it; every failure ends as one line on stderr and an exit code.</summary>
public static class SitrepApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdout, stderr, interactive: IsInteractive(stdout)));

    public static async Task<int> RunAsync(string[] args, CliContext ctx)
    {
        var root = new RootCommand("Sitrep: turn conflict reporting into a verified event record.");
        root.Subcommands.Add(IngestCommand.Create(ctx));
        root.Subcommands.Add(DocumentsCommand.Create(ctx));
        root.Subcommands.Add(TextCommand.Create(ctx));
        root.Subcommands.Add(ItemsCommand.Create(ctx));
        root.Subcommands.Add(SearchCommand.Create(ctx));
        root.Subcommands.Add(PlacesCommand.Create(ctx));
        root.Subcommands.Add(ActorsCommand.Create(ctx));
        root.Subcommands.Add(AnnotateCommand.Create(ctx));
        root.Subcommands.Add(ExtractCommand.Create(ctx));
        root.Subcommands.Add(EventsCommand.Create(ctx));
        root.Subcommands.Add(EventCommand.Create(ctx));
        root.Subcommands.Add(ReportCommand.Create(ctx));
        root.Subcommands.Add(DemoCommand.Create(ctx));
        root.Subcommands.Add(EvalCommand.Create(ctx));
        root.Subcommands.Add(BenchCommand.Create(ctx));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) ctx.Error(e.Message);
            ctx.Err.WriteLine("Try 'sitrep --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = ctx.Out,
                Error = ctx.Err,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            ctx.Error(e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            ctx.Error("cancelled");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
                                       or Microsoft.Data.Sqlite.SqliteException)
        {
            ctx.Error(e.Message);
            return ExitCodes.Failed;
        }
    }

    private static bool IsInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
}
