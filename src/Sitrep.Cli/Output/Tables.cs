using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sitrep.Cli.Output;

internal static class Tables
{
    /// <summary>Renders to the command's own writer (not the global console), wide enough not to wrap in files.</summary>
    public static void Write(CliContext ctx, IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ctx.Out),
            Ansi = ctx.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ctx.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ctx.Interactive) console.Profile.Width = 200;
        console.Write(renderable);
    }
}
