using System.CommandLine;

namespace Sitrep.Cli.Commands;

internal static class TextCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var doc = new Argument<string>("DOC") { Description = "document id, id prefix or file name" };
        var raw = new Option<bool>("--raw") { Description = "Print the original text as read, before normalisation" };
        var cmd = new Command("text", "Print a document's normalised text") { doc, db, raw };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var d = await StoreFactory.GetDocumentAsync(store, dbPath, parse.GetValue(doc)!, ct);
            ctx.Out.Write(parse.GetValue(raw) ? d.RawText : d.Text);
            ctx.Out.WriteLine();
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
