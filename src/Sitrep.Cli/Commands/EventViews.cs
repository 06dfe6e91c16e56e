using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Events as the CLI shows them: the linked mentions of each event fused (<see cref="EventFusion"/>), as a table, as
/// JSON (the contract a scorer reads: id, mentions[].doc/span/item, contradictions[].attribute/values[].value/doc/span;
/// doc is the file name, spans are in the original text), or one event with its sources side by side.
/// </summary>
internal static class EventViews
{
    /// <summary>Marks a value the sources disagree on; text, so it shows without colour too.</summary>
    public const string Disagrees = "≠";

    // ---- JSON shapes (snake_case through Json.Options) ----

    internal sealed record EventDto(
        string Id, string? DateStart, string? DateEnd, string? EventType, string? SubEventType, string? Actor1, string? Actor2,
        string? Location, string? Admin1, double? Latitude, double? Longitude, int IndependentSources, string? EarliestReport,
        IReadOnlyDictionary<string, double> Counts, IReadOnlyList<EventMentionDto> Mentions, IReadOnlyList<ContradictionDto> Contradictions);

    /// <param name="Confidence">How sure linking is that the mention belongs to the event (1 for an analyst's link).</param>
    internal sealed record EventMentionDto(
        string Doc, SpanDto Span, int? Item, string Evidence, string? DateStart, string? DateEnd, string EventType,
        string SubEventType, string? Actor1, double Confidence, long MentionId, string DocumentId, string Origin);

    internal sealed record ContradictionDto(string Attribute, bool PossibleUpdate, string? Note, IReadOnlyList<ContradictionValueDto> Values);

    internal sealed record ContradictionValueDto(string Value, string Doc, SpanDto Span, string? Reported, long? MentionId);

    /// <summary>One event: its fusion and its stored mentions by key (the store id as text).</summary>
    internal sealed record View(FusedEvent Fused, IReadOnlyDictionary<string, LinkedMention> Mentions);

    /// <summary>Fuses each event's mentions; events come back by date (undated last), then id.</summary>
    public static List<View> Fuse(IEnumerable<LinkedMention> members)
    {
        var views = new List<View>();
        foreach (var group in members.Where(m => m.Link is not null).GroupBy(m => m.Link!.EventId, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(m => m.Reported ?? DateOnly.MaxValue).ThenBy(m => m.Stored.FileName, StringComparer.Ordinal)
                .ThenBy(m => m.Stored.Mention.RawSpan.Start).ThenBy(m => m.Id).ToList();
            var fused = EventFusion.Fuse(group.Key, ordered.Select(EventLinking.ToLinkMention).ToList(), ActorRegistry.Default);
            views.Add(new View(fused, ordered.ToDictionary(m => m.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)));
        }
        return views.OrderBy(v => v.Fused.Dates.Count == 0)
            .ThenBy(v => v.Fused.Dates.Count > 0 ? v.Fused.Dates[0].Value.Start : DateOnly.MaxValue)
            .ThenBy(v => v.Fused.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary><c>sitrep events</c>: the events any matching mention belongs to, each with all its mentions.</summary>
    public static async Task<int> ListEventsAsync(CliContext ctx, IEventStore store, string dbPath, EventMentionFilter filter, int max,
        bool json, CancellationToken ct)
    {
        var matching = await store.ListEventMentionsAsync(filter, ct);
        var eventIds = matching.Where(m => m.Mention.EventId is not null).Select(m => m.Mention.EventId!).Distinct(StringComparer.Ordinal).ToList();
        var views = Fuse(await store.ListEventMembersAsync(eventIds, ct));
        var linked = views.SelectMany(v => v.Mentions.Values.Select(m => m.Id)).ToHashSet();
        var unlinked = matching.Count(m => !linked.Contains(m.Id));
        var shown = views.Take(max).ToList();
        if (json)
        {
            Json.Write(ctx.Out, shown.Select(ToDto).ToList());
            if (views.Count > shown.Count) ctx.Warn($"showing the first {shown.Count} of {views.Count} events; use --limit N for more");
        }
        else
        {
            if (shown.Count > 0) WriteList(ctx, shown);
            ctx.Out.WriteLine(views.Count > shown.Count
                ? $"{shown.Count} of {views.Count} event(s) in {dbPath} (use --limit N for more)"
                : $"{views.Count} event(s) in {dbPath}");
        }
        if (unlinked > 0)
            ctx.Warn($"{unlinked} matching event mention(s) are not linked to an event yet; run 'sitrep event link --db {dbPath}' " +
                     "(or see them with 'sitrep events --mentions')");
        return ExitCodes.Ok;
    }

    public static EventDto ToDto(View view)
    {
        var f = view.Fused;
        var date = f.Dates.Count > 0 ? f.Dates[0].Value : (DateRange?)null;
        var type = f.Types.Count > 0 ? f.Types[0].Value : (AcledTypeName?)null;
        var place = f.Places.Count > 0 ? f.Places[0].Value : null;
        var counts = f.Counts.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value[0].Value, StringComparer.Ordinal);
        return new EventDto(
            f.Id, Json.Date(date?.Start), Json.Date(date?.End), type?.EventType, type?.SubEventType,
            f.Actor1.Count > 0 ? f.Actor1[0].Value : null, f.Actor2.Count > 0 ? f.Actor2[0].Value : null,
            place?.Name, place?.Admin1, place?.Latitude, place?.Longitude, f.IndependentSources, Json.Date(f.EarliestReport), counts,
            f.Mentions.Select(lm =>
            {
                var stored = view.Mentions[lm.Key];
                var m = stored.Stored.Mention;
                return new EventMentionDto(stored.Stored.FileName, new SpanDto(m.RawSpan.Start, m.RawSpan.End), m.Item, m.Evidence,
                    Json.Date(m.Date?.Start), Json.Date(m.Date?.End), m.EventType, m.SubEventType, m.Actor1?.Name,
                    stored.Link?.Confidence ?? 0, stored.Id, stored.Stored.DocumentId, Origin(stored.Link));
            }).ToList(),
            f.Contradictions.Select(c => new ContradictionDto(c.Attribute, c.PossibleUpdate, c.Note,
                c.Values.Select(v => new ContradictionValueDto(v.Value, v.DocName, new SpanDto(v.RawSpan.Start, v.RawSpan.End),
                    Json.Date(v.Reported), long.TryParse(v.MentionKey, CultureInfo.InvariantCulture, out var id) ? id : null)).ToList())).ToList());
    }

    private static string Origin(EventLink? link) => link?.Origin switch
    {
        LinkOrigin.Analyst => "analyst",
        LinkOrigin.Auto => "auto",
        _ => "none",
    };

    private static void WriteList(CliContext ctx, IReadOnlyList<View> views)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns(
            new TableColumn("event").NoWrap(),
            new TableColumn("date").NoWrap(),
            new TableColumn("type") { Width = 24 },
            new TableColumn("actor1 → actor2") { Width = 30 },
            new TableColumn("place") { Width = 22 },
            new TableColumn("mentions/sources").NoWrap(),
            new TableColumn(Disagrees).NoWrap(),
            new TableColumn("first evidence") { Width = 50 });
        foreach (var v in views)
        {
            var f = v.Fused;
            var type = f.Types.Count > 0 ? f.Types[0].Value : (AcledTypeName?)null;
            var actors = (f.Actor1.Count > 0 ? f.Actor1[0].Value : "?") + (f.Actor2.Count > 0 ? " → " + f.Actor2[0].Value : "");
            var place = f.Places.Count > 0 ? PlaceText(f.Places[0].Value) : "";
            var first = f.Mentions.Count > 0 ? v.Mentions[f.Mentions[0].Key].Stored.Mention.Evidence : "";
            table.AddRow(
                new Text(f.Id),
                new Text(string.Join("\n", f.Dates.Take(3).Select(d => DateText(d.Value)))),
                new Text(type is { } t ? EventsCommand.Clean(t.EventType) + "\n" + EventsCommand.Clean(t.SubEventType) : ""),
                EventsCommand.Cell(actors),
                EventsCommand.Cell(place),
                new Text($"{f.Mentions.Count} / {f.IndependentSources}"),
                new Text(f.Contradictions.Count == 0 ? "" : f.Contradictions.Count.ToString(CultureInfo.InvariantCulture)),
                EventsCommand.Cell(EventsCommand.Shorten(first, 110)));
        }
        Tables.Write(ctx, table);
    }

    internal static string DateText(DateRange d) =>
        d.Start == d.End ? EventsCommand.Day(d.Start) : $"{EventsCommand.Day(d.Start)}..{EventsCommand.Day(d.End)}";

    internal static string PlaceText(EventLocation l) =>
        l.Name is null ? "" : l.Admin1 is null || l.Admin1 == l.Name ? l.Name : $"{l.Name}, {l.Admin1}";

    // ---- one event, its sources side by side ----

    /// <summary>
    /// Header with the fused attributes, a table with one column per mention (its document, item and store id), and
    /// the contradictions, each value with its source and the words at its span. Disputed values are marked with
    /// <see cref="Disagrees"/> (and in red on a terminal). Document text is printed as text, never as markup.
    /// </summary>
    public static void WriteEvent(CliContext ctx, View view, IReadOnlyDictionary<string, Document> documents)
    {
        var f = view.Fused;
        var disputed = f.Contradictions.ToDictionary(c => c.Attribute, c => c.Values.Select(v => v.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string value, bool mark = false) =>
            header.AddRow(new Text(label), mark ? Marked(value) : EventsCommand.Cell(value));
        Row("event", f.Id);
        Row("date", Supported(f.Dates, d => DateText(d)), disputed.ContainsKey("date"));
        Row("type", Supported(f.Types, t => $"{t.EventType}: {t.SubEventType}"), disputed.ContainsKey("type"));
        Row("actor1", Supported(f.Actor1, a => a), disputed.ContainsKey("actor1"));
        Row("actor2", Supported(f.Actor2, a => a));
        Row("place", Supported(f.Places, PlaceText), disputed.ContainsKey("place"));
        foreach (var (key, values) in f.Counts)
            Row(key, Supported(values, v => v.ToString("0.##", CultureInfo.InvariantCulture)), disputed.ContainsKey("count:" + key));
        Row("sources", $"{f.Mentions.Count} mention(s) in {view.Mentions.Values.Select(m => m.Stored.DocumentId).Distinct().Count()} document(s), " +
                       $"{f.IndependentSources} independent source(s)");
        Row("earliest report", Json.Date(f.EarliestReport) ?? "unknown");
        Row("contradictions", f.Contradictions.Count == 0 ? "none" : string.Join(", ", f.Contradictions.Select(c => c.Attribute)),
            f.Contradictions.Count > 0);
        Tables.Write(ctx, header);
        ctx.Out.WriteLine();

        // Side by side: one column per mention (a document with two mentions of the event gets two columns).
        var mentions = f.Mentions.Select(lm => view.Mentions[lm.Key]).ToList();
        var width = Math.Clamp(170 / Math.Max(1, mentions.Count), 24, 60);
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("").NoWrap());
        foreach (var m in mentions)
            table.AddColumn(new TableColumn(new Text(EventsCommand.Clean(
                m.Stored.Mention.Item is { } item ? $"{m.Stored.FileName}:{item}" : m.Stored.FileName) + $"\nmention {m.Id}")) { Width = width });
        void Line(string label, Func<LinkedMention, (string Text, bool Disputed)> cell)
        {
            var cells = new List<IRenderable> { new Text(label) };
            foreach (var m in mentions)
            {
                var (text, bad) = cell(m);
                cells.Add(bad ? Marked(text) : EventsCommand.Cell(text));
            }
            table.AddRow(cells);
        }
        var lines = MentionValues(mentions, disputed);
        Line("reported", m => (Json.Date(m.Reported) ?? "", false));
        Line("publisher", m => (m.Publisher ?? "", false));
        Line("date", m => lines[m.Id]["date"]);
        Line("type", m => lines[m.Id]["type"]);
        Line("actor1", m => lines[m.Id]["actor1"]);
        Line("actor2", m => (m.Stored.Mention.Actor2?.Name ?? "", false));
        Line("place", m => lines[m.Id]["place"]);
        Line("counts", m => lines[m.Id]["counts"]);
        Line("hedging", m => (string.Join(", ", m.Stored.Mention.Hedges.Concat(m.Stored.Mention.ClaimedBy is { } c ? ["per " + c] : [])), false));
        Line("link", m => (m.Link is { } l ? $"{Origin(l)}, {l.Confidence.ToString("0.##", CultureInfo.InvariantCulture)}" : "", false));
        Line("evidence", m => (EventsCommand.Shorten(m.Stored.Mention.Evidence, 400), false));
        Tables.Write(ctx, table);

        if (f.Contradictions.Count == 0)
        {
            ctx.Out.WriteLine("The sources agree.");
            return;
        }
        ctx.Out.WriteLine();
        foreach (var c in f.Contradictions)
        {
            var title = $"{Disagrees} {c.Attribute}" + (c.PossibleUpdate ? " (possible update)" : "") + (c.Note is { } n ? $": {n}" : "");
            var values = new Table().Border(TableBorder.Simple).Title(new TableTitle(EventsCommand.Clean(title)))
                .AddColumns(new TableColumn("value") { Width = 24 }, new TableColumn("source").NoWrap(), new TableColumn("reported").NoWrap(),
                    new TableColumn("span").NoWrap(), new TableColumn("text at the span") { Width = 70 });
            foreach (var v in c.Values)
            {
                var said = documents.TryGetValue(v.DocumentId, out var doc) && v.RawSpan.Start >= 0 && v.RawSpan.End <= doc.RawText.Length
                    ? doc.RawText[v.RawSpan.Start..v.RawSpan.End] : "";
                var item = view.Mentions.TryGetValue(v.MentionKey, out var lm) && lm.Stored.Mention.Item is { } i ? $":{i}" : "";
                values.AddRow(Marked(v.Value), EventsCommand.Cell($"{v.DocName}{item} (mention {v.MentionKey})"),
                    new Text(Json.Date(v.Reported) ?? ""), new Text(v.RawSpan.ToString()), EventsCommand.Cell(EventsCommand.Shorten(said, 200)));
            }
            Tables.Write(ctx, values);
        }
    }

    /// <summary>Text marked as disputed: "≠ value", red on a terminal (the escape keeps document text from being read as markup).</summary>
    private static Markup Marked(string text) =>
        new($"[red]{Markup.Escape((text.Contains(Disagrees, StringComparison.Ordinal) ? "" : Disagrees + " ") + EventsCommand.Clean(text))}[/]");

    private static string Supported<T>(IReadOnlyList<SupportedValue<T>> values, Func<T, string> format) =>
        values.Count == 0 ? "" : string.Join(" | ", values.Select(v => values.Count == 1 ? format(v.Value) : $"{format(v.Value)} ({v.MentionKeys.Count})"));

    /// <summary>
    /// Each mention's date, type, actor1, place and counts as text, marked where a contradiction names that value. The
    /// values are formatted as <see cref="ContradictionFinder"/> formats them; when none matches (a format changed), every
    /// mention stating the attribute is marked rather than none.
    /// </summary>
    private static Dictionary<long, Dictionary<string, (string, bool)>> MentionValues(IReadOnlyList<LinkedMention> mentions,
        IReadOnlyDictionary<string, HashSet<string>> disputed)
    {
        var raw = mentions.ToDictionary(m => m.Id, m =>
        {
            var e = m.Stored.Mention;
            return new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["date"] = e.Date is { } d ? DateExpressions.Format(d) : null,
                ["type"] = $"{e.EventType}: {e.SubEventType}",
                ["actor1"] = e.Actor1?.Name,
                ["place"] = e.Location.Name is null ? null : PlaceText(e.Location),
            };
        });
        var result = mentions.ToDictionary(m => m.Id, _ => new Dictionary<string, (string, bool)>(StringComparer.Ordinal));
        foreach (var attribute in new[] { "date", "type", "actor1", "place" })
        {
            var values = disputed.GetValueOrDefault(attribute);
            var anyMatch = values is not null && raw.Values.Any(r => r[attribute] is { } v && values.Contains(v));
            foreach (var m in mentions)
            {
                var value = raw[m.Id][attribute];
                var bad = values is not null && value is not null && (!anyMatch || values.Contains(value));
                var shown = attribute switch
                {
                    "date" => m.Stored.Mention.Date is { } d ? DateText(d) : "",
                    "type" => $"{m.Stored.Mention.EventType}\n{m.Stored.Mention.SubEventType}",
                    _ => value ?? "",
                };
                result[m.Id][attribute] = (shown, bad);
            }
        }
        foreach (var m in mentions)
        {
            var e = m.Stored.Mention;
            var bad = false;
            var parts = e.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
            {
                var n = c.Value.ToString("0.##", CultureInfo.InvariantCulture);
                var text = e.CountQualifiers.TryGetValue(c.Key, out var q) ? $"{q} {n}" : n;
                var isDisputed = disputed.TryGetValue("count:" + c.Key, out var vs) && vs.Contains(text);
                bad |= isDisputed;
                return (isDisputed ? Disagrees + " " : "") + $"{text} {c.Key}";
            }).ToList();
            // A disputed count carries its own ≠; the cell is coloured as a whole.
            result[m.Id]["counts"] = (string.Join(", ", parts), bad);
        }
        return result;
    }
}
