using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Core.Model;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep event ID</c>: one event with its sources side by side and the disagreeing values marked;
/// <c>event merge</c>, <c>event split</c> (an analyst's corrections, never undone by linking), <c>event audit</c> (the
/// log of every link, merge and split) and <c>event link</c> (link what is not linked yet).
/// </summary>
internal static class EventCommand
{
    private sealed record AuditDto(long Id, DateTimeOffset At, string Operation, string? EventId, string? OtherEventId,
        IReadOnlyList<long> MentionIds, string? Actor, string? Note);

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var id = new Argument<string>("ID") { Description = "event id or a unique prefix of it (see 'sitrep events')" };
        var cmd = new Command("event", "Show one event with its sources side by side; merge, split, audit") { id, db, json };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var eventId = await ResolveAsync(store, dbPath, parse.GetValue(id)!, ct);
            var view = EventViews.Fuse(await store.ListEventMembersAsync([eventId], ct)).Single();
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, EventViews.ToDto(view));
                return ExitCodes.Ok;
            }
            var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
            foreach (var docId in view.Mentions.Values.Select(m => m.Stored.DocumentId).Distinct(StringComparer.Ordinal))
                if (await store.GetDocumentAsync(docId, ct) is { } d) documents[docId] = d;
            EventViews.WriteEvent(ctx, view, documents);
            return ExitCodes.Ok;
        });
        cmd.Subcommands.Add(Merge(ctx));
        cmd.Subcommands.Add(Split(ctx));
        cmd.Subcommands.Add(Audit(ctx));
        cmd.Subcommands.Add(Link(ctx));
        return cmd;
    }

    private static Option<string> Actor() => new("--actor")
    {
        Description = "Who makes the change, for the audit log (default: the user name)",
        DefaultValueFactory = _ => Environment.UserName,
        HelpName = "NAME",
    };

    private static Command Merge(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var actor = Actor();
        var into = new Argument<string>("INTO") { Description = "the event to keep (id or unique prefix)" };
        var from = new Argument<string>("FROM") { Description = "the event whose mentions move into INTO (id or unique prefix)" };
        var cmd = new Command("merge", "Merge event FROM into event INTO (the same real-world event); linking will not undo it") { into, from, db, actor };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var a = await ResolveAsync(store, dbPath, parse.GetValue(into)!, ct);
            var b = await ResolveAsync(store, dbPath, parse.GetValue(from)!, ct);
            if (a == b) throw new CliException($"{a}: cannot merge an event into itself", ExitCodes.Usage);
            await Guard(() => store.MergeEventsAsync(a, b, ActorName(parse.GetValue(actor)), ct));
            var count = (await store.ListEventMembersAsync([a], ct)).Count;
            ctx.Out.WriteLine($"merged {b} into {a}: {count} mention(s)");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Split(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var actor = Actor();
        var id = new Argument<string>("ID") { Description = "the event to split (id or unique prefix)" };
        var mentions = new Argument<long[]>("MENTION_ID")
        {
            Description = "mentions to move to a new event (ids as 'sitrep events --mentions --json' or 'sitrep event ID' show them)",
            Arity = ArgumentArity.OneOrMore,
        };
        var cmd = new Command("split", "Move mentions out of an event into a new one; linking will not undo it") { id, mentions, db, actor };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var eventId = await ResolveAsync(store, dbPath, parse.GetValue(id)!, ct);
            var ids = parse.GetValue(mentions)!;
            var newId = await Guard(() => store.SplitMentionsAsync(eventId, ids, ActorName(parse.GetValue(actor)), ct));
            ctx.Out.WriteLine($"split {ids.Distinct().Count()} mention(s) off {eventId} into {newId}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Audit(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var only = new Option<string?>("--event") { Description = "Only entries about this event (id or prefix)", HelpName = "ID" };
        var cmd = new Command("audit", "The log of every link, merge and split, oldest first") { db, json, only };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            IEnumerable<LinkAuditEntry> entries = await store.ListLinkAuditAsync(ct);
            if (parse.GetValue(only) is { } prefix && !string.IsNullOrWhiteSpace(prefix))
            {
                var p = prefix.Trim();
                entries = entries.Where(e => (e.EventId?.StartsWith(p, StringComparison.Ordinal) ?? false)
                                             || (e.OtherEventId?.StartsWith(p, StringComparison.Ordinal) ?? false));
            }
            var list = entries.ToList();
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, list.Select(e => new AuditDto(e.Id, e.At, Operation(e.Operation), e.EventId, e.OtherEventId,
                    e.MentionIds, e.Actor, e.Note)).ToList());
                return ExitCodes.Ok;
            }
            if (list.Count > 0)
            {
                var table = new Table().Border(TableBorder.Simple).AddColumns(
                    new TableColumn("#").NoWrap(), new TableColumn("at (UTC)").NoWrap(), new TableColumn("operation").NoWrap(),
                    new TableColumn("event").NoWrap(), new TableColumn("other event").NoWrap(), new TableColumn("mentions") { Width = 30 },
                    new TableColumn("actor").NoWrap(), new TableColumn("note") { Width = 40 });
                foreach (var e in list)
                    table.AddRow(new Text(e.Id.ToString(CultureInfo.InvariantCulture)),
                        new Text(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                        new Text(Operation(e.Operation)), new Text(e.EventId ?? ""), new Text(e.OtherEventId ?? ""),
                        new Text(string.Join(", ", e.MentionIds)), EventsCommand.Cell(e.Actor ?? ""), EventsCommand.Cell(e.Note ?? ""));
                Tables.Write(ctx, table);
            }
            ctx.Out.WriteLine($"{list.Count} audit entr{(list.Count == 1 ? "y" : "ies")} in {dbPath}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Link(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var cmd = new Command("link", "Link the stored event mentions that are not linked yet (ingest does this after each batch)") { db };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            ctx.Out.WriteLine((await EventLinking.RunAsync(store, ct)).ToString());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static string Operation(LinkOperation op) => op.ToString().ToLowerInvariant();

    private static string ActorName(string? name) => string.IsNullOrWhiteSpace(name) ? "analyst" : name.Trim();

    /// <summary>An exact event id or a unique prefix; none or several is an error naming the candidates.</summary>
    internal static async Task<string> ResolveAsync(IEventStore store, string dbPath, string idOrPrefix, CancellationToken ct)
    {
        var matches = await store.FindEventIdsAsync(idOrPrefix, ct);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new CliException($"{idOrPrefix}: no such event in {dbPath} (see 'sitrep events')"),
            _ => throw new CliException($"'{idOrPrefix}' matches {matches.Count}{(matches.Count == 50 ? "+" : "")} events: " +
                                        string.Join(", ", matches.Take(10)) + (matches.Count > 10 ? ", ..." : "") + ". Give more of the id."),
        };
    }

    /// <summary>A link operation the store refuses (mention not in the event, nothing left) is the user's to fix: one line, exit 3.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try { return await operation(); }
        catch (EventLinkException e) { throw new CliException(e.Message); }
    }

    private static async Task Guard(Func<Task> operation)
    {
        try { await operation(); }
        catch (EventLinkException e) { throw new CliException(e.Message); }
    }
}
