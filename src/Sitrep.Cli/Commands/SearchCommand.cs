using System.CommandLine;
using Sitrep.Cli.Output;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class SearchCommand
{
    private sealed record HitDto(string Id, string FileName, string? Title, string Snippet, double Rank);

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit", "-n") { Description = "Most results to show", DefaultValueFactory = _ => 20 };
        var query = new Argument<string[]>("WORDS") { Description = "words that must all occur (a trailing * matches a prefix)", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("search", "Full-text search over stored documents") { query, db, json, limit };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var hits = await store.SearchAsync(string.Join(' ', parse.GetValue(query)!), Math.Max(1, parse.GetValue(limit)), ct);
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, hits.Select(h => new HitDto(h.DocumentId, h.FileName, h.Title, h.Snippet, h.Rank)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "file", "match");
            foreach (var h in hits) table.AddRow(Markup.Escape(h.DocumentId[..12]), Markup.Escape(h.FileName), Markup.Escape(h.Snippet));
            Tables.Write(ctx, table);
            ctx.Out.WriteLine($"{hits.Count} match(es)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
