using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class ActorsCommand
{
    private sealed record ActorDto(string Id, string Name, string Type, string? Parent, IReadOnlyList<string> Within,
        string? Affiliation, int? AcledInter, string? LegendCategory, string? Country, string? Role, IReadOnlyList<string> Aliases);

    private sealed record UnresolvedDto(string Text, int Count, IReadOnlyList<string> Documents);

    public static Command Create(CliContext ctx)
    {
        var name = new Argument<string>("NAME") { Description = "a name, spelling or abbreviation (KH, Kata'ib Hezbollah, Hizbullah Brigades)" };
        var json = CommonOptions.Json();
        var date = new Option<DateOnly?>("--date") { Description = "Resolve a role (\"the Prime Minister\") as of this date", HelpName = "YYYY-MM-DD" };
        var find = new Command("find", "Look an actor up in the registry") { name, json, date };
        find.SetAction(parse =>
        {
            var query = parse.GetValue(name)!;
            var registry = ActorRegistry.Default;
            var found = registry.Lookup(query).ToList();
            if (found.Count == 0 && registry.ResolveRole(query, parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.UtcNow)) is { } holder)
                found.Add(holder);
            if (found.Count == 0) throw new CliException($"{query}: no actor of that name in the registry");
            Write(ctx, registry, found, parse.GetValue(json));
            return ExitCodes.Ok;
        });

        var db = CommonOptions.Db();
        var unresolved = new Option<bool>("--unresolved") { Description = "List actor-like names in stored documents that the registry does not know" };
        var listJson = CommonOptions.Json();
        var actors = new Command("actors", "The actor registry; --unresolved lists unknown names found in stored documents")
            { find, unresolved, db, listJson };
        actors.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(unresolved))
            {
                Write(ctx, ActorRegistry.Default, ActorRegistry.Default.Actors, parse.GetValue(listJson));
                return ExitCodes.Ok;
            }
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var names = new Dictionary<string, (int Count, SortedSet<string> Docs)>(StringComparer.Ordinal);
            foreach (var summary in await store.ListDocumentsAsync(ct))
            {
                var doc = (await store.GetDocumentAsync(summary.Id, ct))!;
                var notes = Annotator.Default.Annotate(doc, DocumentPipeline.Default.Segment(doc));
                foreach (var m in notes.Unresolved)
                {
                    var entry = names.TryGetValue(m.Text, out var e) ? e : (Count: 0, Docs: new SortedSet<string>(StringComparer.Ordinal));
                    entry.Docs.Add(doc.FileName);
                    names[m.Text] = (entry.Count + 1, entry.Docs);
                }
            }
            var rows = names.OrderByDescending(n => n.Value.Count).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => new UnresolvedDto(n.Key, n.Value.Count, n.Value.Docs.ToList())).ToList();
            if (parse.GetValue(listJson)) { Json.Write(ctx.Out, rows); return ExitCodes.Ok; }
            var table = new Table().Border(TableBorder.Simple).AddColumns("name", "mentions", "documents");
            foreach (var r in rows) table.AddRow(Markup.Escape(r.Text), r.Count.ToString(), Markup.Escape(string.Join(", ", r.Documents)));
            Tables.Write(ctx, table);
            ctx.Out.WriteLine($"{rows.Count} unresolved name(s); add them to the registry or ignore them");
            return ExitCodes.Ok;
        });
        return actors;
    }

    private static void Write(CliContext ctx, ActorRegistry registry, IReadOnlyList<Actor> actors, bool json)
    {
        if (json)
        {
            Json.Write(ctx.Out, actors.Select(a => new ActorDto(a.Id, a.Name, a.Type.ToString(), a.ParentId,
                registry.Ancestors(a).Select(p => p.Name).ToList(), a.Affiliation, a.AcledInter, a.LegendCategory, a.Country,
                a.Role, a.Aliases)).ToList());
            return;
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "name", "type", "part of", "legend", "inter", "also known as");
        foreach (var a in actors)
            table.AddRow(Markup.Escape(a.Id), Markup.Escape(a.Name), a.Type.ToString(),
                Markup.Escape(string.Join(" < ", registry.Ancestors(a).Select(p => p.Name))), Markup.Escape(a.LegendCategory ?? ""),
                a.AcledInter?.ToString() ?? "", Markup.Escape(string.Join(", ", a.Aliases.Where(x => x != a.Name).Take(6))));
        Tables.Write(ctx, table);
    }
}
