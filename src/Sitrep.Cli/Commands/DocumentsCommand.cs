using Sitrep.Core.Model;
using System.CommandLine;
using Sitrep.Cli.Output;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class DocumentsCommand
{
    private sealed record DocumentDto(string Id, string FileName, string Kind, string? Title, string? Source,
        string? Published, string? PeriodStart, string? PeriodEnd, string Format, int Chars, DateTimeOffset IngestedAt);

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var cmd = new Command("documents", "List stored documents") { db, json };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var docs = await store.ListDocumentsAsync(ct);
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, docs.Select(d => new DocumentDto(d.Id, d.FileName, d.Kind.Code(), d.Title, d.Source,
                    Json.Date(d.Published), Json.Date(d.Period?.Start), Json.Date(d.Period?.End), d.Format, d.TextLength,
                    d.IngestedAt)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("id", "kind", "date", "title", "file");
            foreach (var d in docs)
            {
                var date = d.Period is { } p ? p.ToString() : Json.Date(d.Published) ?? "";
                table.AddRow(Markup.Escape(d.Id[..12]), d.Kind.Code(), Markup.Escape(date),
                    Markup.Escape(d.Title ?? "(untitled)"), Markup.Escape(d.FileName));
            }
            Tables.Write(ctx, table);
            ctx.Out.WriteLine($"{docs.Count} document(s) in {dbPath}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
