using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>
/// Progress for long work: a Spectre progress bar on a terminal, plain "[i/n] ..." lines on stderr otherwise
/// (Spectre prints nothing when output is redirected, and logs want lines).
/// </summary>
internal static class Progress
{
    /// <summary>
    /// <paramref name="run"/> calls the reporter once per item, in item order, with the item's index and outcome
    /// (parallel ingest finishes items out of order but reports them in order).
    /// </summary>
    public static async Task RunAsync<T>(CliContext ctx, string title, IReadOnlyList<T> items, Func<T, string> label,
        Func<Action<int, string>, Task> run)
    {
        if (ctx.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async p =>
                {
                    var task = p.AddTask(title, maxValue: Math.Max(1, items.Count));
                    await run((i, _) =>
                    {
                        task.Description = $"{title}: {Markup.Escape(Shorten(label(items[i])))}";
                        task.Increment(1);
                    });
                });
            return;
        }
        await run((i, outcome) => ctx.Err.WriteLine($"[{i + 1}/{items.Count}] {outcome} {label(items[i])}"));
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : "…" + s[^39..];
}
