using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Cli.Output;
using Sitrep.Core.Knowledge;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep events</c>: the events (clusters of linked mentions) whose mentions match the filters, each with all its
/// mentions, fused attributes and contradictions; <c>--mentions</c>: the stored event mentions themselves. Filters:
/// date, type, actor (through the registry, groups within it included), governorate (any common spelling), evidence
/// text and document.
/// </summary>
internal static class EventsCommand
{
    public const int DefaultLimit = 100;

    private sealed record ActorDto(string Name, string? Id);

    /// <summary>Every stored field; <c>span</c> and <c>trigger</c> are in the original text, the normalised_ ones in the normalised text.</summary>
    private sealed record MentionDto(
        long Id, string DocumentId, string FileName, int Ordinal, int? Item, SpanDto Span, SpanDto Trigger,
        SpanDto NormalisedSpan, SpanDto NormalisedTrigger, string Evidence, string? DateStart, string? DateEnd,
        int? TimePrecision, string EventType, string SubEventType, string Kind, string? Actor1, string? Actor1Id,
        string? Actor2, string? Actor2Id, IReadOnlyList<ActorDto> AssocActors, string? Country, string? Admin1,
        string? Admin2, string? Location, string? PlaceId, double? Latitude, double? Longitude, int? GeoPrecision,
        int? Fatalities, IReadOnlyDictionary<string, double> Counts, IReadOnlyDictionary<string, string> CountQualifiers,
        bool Hedged, IReadOnlyList<string> Hedges, string? ClaimedBy, bool Background, double Confidence, string? EventId);

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var from = new Option<string?>("--from") { Description = "Events on or after this day", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Events on or before this day", HelpName = "YYYY-MM-DD" };
        var type = new Option<string?>("--type") { Description = "ACLED event type or sub-event type (Battles, Arrests, ...)", HelpName = "TYPE" };
        var actor = new Option<string?>("--actor")
        {
            Description = "Actor by any alias (KH, Hizbullah Brigades), groups within it included (--actor PMF lists KH's events too)",
            HelpName = "NAME",
        };
        var governorate = new Option<string?>("--governorate") { Description = "Governorate in any common spelling (Al Anbar, Nineveh, Saladin)", HelpName = "NAME" };
        var text = new Option<string?>("--text") { Description = "Words that must all occur in the evidence (a trailing * matches a prefix)", HelpName = "QUERY" };
        var doc = new Option<string?>("--doc") { Description = "Only this document (id, id prefix or file name)", HelpName = "DOC" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most events (with --mentions: event mentions) to show", DefaultValueFactory = _ => DefaultLimit, HelpName = "N" };
        var mentionsOnly = new Option<bool>("--mentions") { Description = "List the matching event mentions themselves, not the events they belong to" };
        var cmd = new Command("events", "List events (linked event mentions) whose mentions match the filters")
        {
            db, from, to, type, actor, governorate, text, doc, limit, json, mentionsOnly,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            // Check the command line before touching the database: a usage error is exit 2 whatever the store holds.
            var fromDate = ParseDate(parse.GetValue(from), "--from");
            var toDate = ParseDate(parse.GetValue(to), "--to");
            if (fromDate is { } f && toDate is { } t && t < f)
                throw new CliException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}", ExitCodes.Usage);
            var max = parse.GetValue(limit);
            if (max < 1) throw new CliException($"--limit must be at least 1 (got {max})", ExitCodes.Usage);

            var filter = new EventMentionFilter
            {
                From = fromDate,
                To = toDate,
                EventType = parse.GetValue(type),
                Text = parse.GetValue(text),
                Limit = max,
            };
            if (parse.GetValue(actor) is { } actorName && !string.IsNullOrWhiteSpace(actorName))
            {
                var (ids, name) = ResolveActor(ctx, actorName);
                filter = filter with { ActorIds = ids, ActorName = name };
            }
            if (parse.GetValue(governorate) is { } gov && !string.IsNullOrWhiteSpace(gov))
                filter = filter with { Governorate = ResolveGovernorate(ctx, gov) };

            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            if (parse.GetValue(doc) is { } docName && !string.IsNullOrWhiteSpace(docName))
                filter = filter with { DocumentId = (await StoreFactory.GetDocumentAsync(store, dbPath, docName, ct)).Id };

            if (!parse.GetValue(mentionsOnly))
                return await EventViews.ListEventsAsync(ctx, store, dbPath, filter with { Limit = null }, max, parse.GetValue(json), ct);

            var mentions = await store.ListEventMentionsAsync(filter, ct);
            var total = mentions.Count < max ? mentions.Count : await store.CountEventMentionsAsync(filter, ct);
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, mentions.Select(ToDto).ToList());
                if (total > mentions.Count)
                    ctx.Warn($"showing the first {mentions.Count} of {total} event mentions; use --limit N for more");
                return ExitCodes.Ok;
            }
            if (mentions.Count > 0) WriteTable(ctx, mentions);
            ctx.Out.WriteLine(total > mentions.Count
                ? $"{mentions.Count} of {total} event mention(s) in {dbPath} (use --limit N for more)"
                : $"{mentions.Count} event mention(s) in {dbPath}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    internal static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null) return null;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliException($"{option}: '{value}' is not a date (expected YYYY-MM-DD)", ExitCodes.Usage);
    }

    /// <summary>
    /// Registry ids for an actor name: the actors it names and every actor whose parent chain leads to one of them.
    /// A name the registry does not know comes back as a name to match in the mentions' own actor names.
    /// </summary>
    internal static (IReadOnlyCollection<string>? Ids, string? Name) ResolveActor(CliContext ctx, string name)
    {
        var registry = ActorRegistry.Default;
        var named = registry.Lookup(name);
        if (named.Count == 0) return (null, name.Trim());
        if (named.Count > 1)
            ctx.Warn($"'{name}' names {named.Count} actors ({string.Join(", ", named.Select(a => a.Name))}); listing events of all of them");
        var ids = registry.Actors.Where(a => named.Any(n => registry.IsWithin(a, n.Id))).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return (ids, null);
    }

    /// <summary>The canonical governorate name (as admin1 stores it) for a common spelling; the name as given when unknown.</summary>
    internal static string ResolveGovernorate(CliContext ctx, string name)
    {
        if (TryResolveGovernorate(name) is { } canonical) return canonical;
        ctx.Warn($"'{name.Trim()}' is not a governorate the gazetteer knows; matching it as written");
        return name.Trim();
    }

    /// <summary>The canonical governorate name for a common spelling ("Al Anbar", "Nineveh province"), or null.</summary>
    internal static string? TryResolveGovernorate(string name)
    {
        var gazetteer = Gazetteer.Default;
        var trimmed = name.Trim();
        foreach (var candidate in new[] { trimmed, WithoutSuffix(trimmed) })
        {
            if (candidate.Length == 0) continue;
            var place = gazetteer.Governorate(candidate)
                        ?? gazetteer.Lookup(candidate).FirstOrDefault(p => p.Kind == PlaceKind.Governorate);
            if (place is not null) return place.Governorate ?? place.Name;
        }
        return null;

        static string WithoutSuffix(string s)
        {
            foreach (var suffix in new[] { " province", " governorate" })
                if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return s[..^suffix.Length].TrimEnd();
            return "";
        }
    }

    private static void WriteTable(CliContext ctx, IReadOnlyList<StoredEventMention> mentions)
    {
        // Widths for the wordy columns so the table fits 200 columns (files, pipes) without squeezing the short ones.
        var table = new Table().Border(TableBorder.Simple).AddColumns(
            new TableColumn("date").NoWrap(),
            new TableColumn("type") { Width = 24 },
            new TableColumn("actor1") { Width = 18 },
            new TableColumn("actor2") { Width = 18 },
            new TableColumn("location") { Width = 16 },
            new TableColumn("admin1"),
            new TableColumn("counts") { Width = 16 },
            new TableColumn("doc:item").NoWrap(),
            new TableColumn("evidence") { Width = 42 },
            // The mention's store id, as 'sitrep event split' takes it.
            new TableColumn("id").NoWrap());
        // Document text goes in as Text renderables, never as markup; control characters are blanked so nothing a
        // document holds can drive the terminal either.
        foreach (var s in mentions)
        {
            var m = s.Mention;
            table.AddRow(
                new Text(m.Date is { } d ? d.Start == d.End ? Day(d.Start) : $"{Day(d.Start)}\n..{Day(d.End)}" : ""),
                new Text(Clean(m.EventType) + "\n" + Clean(m.SubEventType)),
                Cell(m.Actor1?.Name ?? ""),
                Cell(m.Actor2?.Name ?? ""),
                Cell(m.Location.Name ?? ""),
                Cell(m.Location.Admin1 ?? ""),
                Cell(Counts(m)),
                Cell(m.Item is { } item ? $"{s.FileName}:{item}" : s.FileName),
                Cell(Shorten(m.Evidence, 120)),
                new Text(s.Id.ToString(CultureInfo.InvariantCulture)));
        }
        Tables.Write(ctx, table);
    }

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static Text Cell(string s) => new(Clean(s));

    internal static string Counts(Sitrep.Core.Model.EventMention m) =>
        string.Join(", ", m.Counts.Select(c =>
        {
            var value = c.Value.ToString("0.##", CultureInfo.InvariantCulture);
            return m.CountQualifiers.TryGetValue(c.Key, out var q) ? $"{q} {value} {c.Key}" : $"{value} {c.Key}";
        }));

    /// <summary>Whitespace runs and control characters become one space.</summary>
    internal static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (blank) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }

    internal static string Shorten(string s, int max)
    {
        var clean = Clean(s);
        return clean.Length <= max ? clean : clean[..(max - 1)].TrimEnd() + "…";
    }

    private static MentionDto ToDto(StoredEventMention s)
    {
        var m = s.Mention;
        var loc = m.Location;
        return new MentionDto(
            s.Id, s.DocumentId, s.FileName, s.Ordinal, m.Item,
            new SpanDto(m.RawSpan.Start, m.RawSpan.End), new SpanDto(s.RawTrigger.Start, s.RawTrigger.End),
            new SpanDto(m.Span.Start, m.Span.End), new SpanDto(m.Trigger.Start, m.Trigger.End),
            m.Evidence, Json.Date(m.Date?.Start), Json.Date(m.Date?.End), (int?)m.TimePrecision,
            m.EventType, m.SubEventType, m.Kind, m.Actor1?.Name, m.Actor1?.ActorId, m.Actor2?.Name, m.Actor2?.ActorId,
            m.AssocActors.Select(a => new ActorDto(a.Name, a.ActorId)).ToList(),
            loc.Country, loc.Admin1, loc.Admin2, loc.Name, loc.PlaceId, loc.Latitude, loc.Longitude, loc.GeoPrecision,
            m.Fatalities, m.Counts, m.CountQualifiers, m.Hedged, m.Hedges, m.ClaimedBy, m.Background, m.Confidence, m.EventId);
    }
}
