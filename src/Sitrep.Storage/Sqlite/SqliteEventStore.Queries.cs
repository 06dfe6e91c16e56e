using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

// Event queries: whole events for lists, search, event pages and reports. Candidates are found through the mirror
// column event_mentions.event_id and the indexes of migration 0004; membership (who belongs to an event) is read from
// event_links, the source of truth.
public sealed partial class SqliteEventStore
{
    /// <summary>Mentions dated over more than this many days are found through their own partial index (see 0004).</summary>
    private const int LongSpanDays = 31;

    /// <summary>Verbatim the WHERE of the partial index event_mentions_long_span: SQLite uses a partial index only when the
    /// query states its condition.</summary>
    private const string LongSpanSql = "julianday(m.date_end) - julianday(m.date_start) > 31";

    private const string FactColumns =
        "l.event_id AS EventId, m.id AS MentionId, d.id AS DocumentId, m.date_start AS DateStart, m.date_end AS DateEnd, " +
        "m.event_type AS EventType, m.sub_event_type AS SubEventType, m.admin1 AS Admin1, m.location AS Location, " +
        "m.latitude AS Latitude, m.longitude AS Longitude, m.geo_precision AS GeoPrecision, m.fatalities AS Fatalities";

    /// <summary>
    /// The linked mentions of the events in the JSON array @Ids (one statement text whatever their number, no parameter
    /// limit). The ids drive the join (CROSS JOIN fixes the order): with the ORDER BY on d.seq, the planner would
    /// otherwise start from documents and visit every mention of the store.
    /// </summary>
    private const string ByEventIds =
        "FROM json_each(@Ids) AS ids CROSS JOIN event_links AS l ON l.event_id = ids.value " +
        "JOIN event_mentions AS m ON m.id = l.mention_id JOIN documents AS d ON d.seq = m.document_seq";

    public async Task<IReadOnlyList<EventSummary>> ListEventsAsync(EventQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Check(query);
        if (query.Limit == 0) return [];
        await using var connection = await OpenConnectionAsync(ct);
        var ids = await CandidateEventIdsAsync(connection, query, query.Limit, ct);
        return await SummariesAsync(connection, ids, ct);
    }

    public async Task<EventDetail?> GetEventAsync(string eventId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        if (eventId.Length == 0) return null;
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<LinkedRow>(new CommandDefinition(
            $"SELECT {LinkedColumns} {LinkedFrom} WHERE l.event_id = @Id ORDER BY d.seq, m.ordinal;",
            new { Id = eventId }, cancellationToken: ct));
        var mentions = rows.Select(ToLinked).ToList();
        return mentions.Count == 0 ? null : new EventDetail(Summarise(eventId, mentions.Select(FactOf)), mentions);
    }

    public async Task<IReadOnlyList<EventSummary>> SearchEventsAsync(string text, int limit = 20, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (FtsQuery.Build(text) is not { } match) return [];
        await using var connection = await OpenConnectionAsync(ct);
        // Newest first rather than bm25: FTS5 walks its doclists in rowid order, so this stops after `limit` events
        // instead of ranking every match (a common word matches a fifth of a large store).
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT m.event_id
            FROM event_mentions_fts
            JOIN event_mentions AS m ON m.id = event_mentions_fts.rowid
            WHERE event_mentions_fts MATCH @Match AND m.event_id IS NOT NULL
            ORDER BY event_mentions_fts.rowid DESC;
            """;
        command.Parameters.AddWithValue("@Match", match);
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (ids.Count < limit && await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                if (seen.Add(id)) ids.Add(id);
            }
        }
        return await SummariesAsync(connection, ids, ct);
    }

    public async Task<IReadOnlyList<EventDetail>> ListWeekAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var query = new EventQuery { From = from, To = to };
        Check(query);
        await using var connection = await OpenConnectionAsync(ct);
        var ids = await CandidateEventIdsAsync(connection, query, take: null, ct);
        var byEvent = new Dictionary<string, List<LinkedMention>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await connection.QueryAsync<LinkedRow>(new CommandDefinition(
                $"SELECT {LinkedColumns} {ByEventIds} ORDER BY d.seq, m.ordinal;",
                new { Ids = JsonSerializer.Serialize(chunk) }, cancellationToken: ct));
            foreach (var row in rows)
            {
                var linked = ToLinked(row);
                if (!byEvent.TryGetValue(linked.Link!.EventId, out var list)) byEvent[linked.Link.EventId] = list = [];
                list.Add(linked);
            }
        }
        return ids.Where(byEvent.ContainsKey)
            .Select(id => new EventDetail(Summarise(id, byEvent[id].Select(FactOf)), byEvent[id]))
            .ToList();
    }

    private static void Check(EventQuery q)
    {
        if (q.From is { } from && q.To is { } to && to < from)
            throw new ArgumentException($"The date filter ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(q));
        if (q.Limit < 0) throw new ArgumentOutOfRangeException(nameof(q), "Limit must not be negative.");
        if (q.Offset < 0) throw new ArgumentOutOfRangeException(nameof(q), "Offset must not be negative.");
    }

    /// <summary>
    /// The ids of the matching events in list order: mentions are read in (date_start, event_id) order from an index and
    /// an event counts at its first matching mention, so reading stops after <paramref name="take"/> events instead of
    /// grouping every match. Each statement is one ordered slice; they run in list order.
    /// </summary>
    private static async Task<List<string>> CandidateEventIdsAsync(SqliteConnection connection, EventQuery q, int? take, CancellationToken ct)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skip = q.Offset;
        foreach (var sql in CandidateSql(q))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            // Every value is a parameter; a statement ignores the ones it does not use.
            AddIf(command, "@From", q.From is { } f ? FormatDate(f) : null);
            AddIf(command, "@Lo", q.From is { } f2 ? FormatDate(f2.AddDays(-LongSpanDays)) : null);
            AddIf(command, "@To", q.To is { } t ? FormatDate(t) : null);
            AddIf(command, "@Governorate", Clean(q.Governorate));
            AddIf(command, "@EventType", Clean(q.EventType));
            AddIf(command, "@SubEventType", Clean(q.SubEventType));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                if (!seen.Add(id)) continue;
                if (skip > 0)
                {
                    skip--;
                    continue;
                }
                ids.Add(id);
                if (ids.Count == take) return ids;
            }
        }
        return ids;

        static void AddIf(SqliteCommand command, string name, string? value)
        {
            if (value is not null) command.Parameters.AddWithValue(name, value);
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// The ordered slices an event list reads. Only fixed SQL text is put together here; values are parameters.
    /// With a start date, mentions dated over at most <see cref="LongSpanDays"/> days that overlap it start at most that
    /// many days before it, so one index range holds them; longer ones come from their own small index and all start
    /// earlier still, so they precede (ascending) or follow (descending) that range. Undated mentions come last, and
    /// only without a date filter.
    /// </summary>
    private static List<string> CandidateSql(EventQuery q)
    {
        var filter = "m.event_id IS NOT NULL";
        if (Clean(q.Governorate) is not null) filter += " AND m.admin1 = @Governorate COLLATE NOCASE";
        if (Clean(q.EventType) is not null) filter += " AND m.event_type = @EventType COLLATE NOCASE";
        if (Clean(q.SubEventType) is not null) filter += " AND m.sub_event_type = @SubEventType COLLATE NOCASE";
        // INDEXED BY pins the plans measured at 1M events (without it, the planner reads long ranges through the date
        // index from the beginning of time): seek to the governorate when one is set, else walk the date index.
        var index = Clean(q.Governorate) is not null ? "event_mentions_place_date" : "event_mentions_date_event";
        var dir = q.NewestFirst ? "DESC" : "ASC";
        var order = $"m.date_start {dir}, m.event_id {dir}";
        string Select(string indexName, string where, string orderBy) =>
            $"SELECT m.event_id FROM event_mentions AS m INDEXED BY {indexName} WHERE {filter} AND {where} ORDER BY {orderBy};";

        var to = q.To is null ? "" : " AND m.date_start <= @To";
        if (q.From is null)
        {
            var dated = Select(index, "m.date_start IS NOT NULL" + to, order);
            return q.To is null ? [dated, Select(index, "m.date_start IS NULL", $"m.event_id {dir}")] : [dated];
        }
        var recent = Select(index, "m.date_start >= @Lo AND m.date_end >= @From" + to, order);
        // date_start < @Lo <= @To: the upper bound holds already.
        var longer = Select("event_mentions_long_span", $"{LongSpanSql} AND m.date_end >= @From AND m.date_start < @Lo", order);
        return q.NewestFirst ? [recent, longer] : [longer, recent];
    }

    /// <summary>Summaries of the given events, in the given order; ids without linked mentions are left out.</summary>
    private static async Task<IReadOnlyList<EventSummary>> SummariesAsync(SqliteConnection connection, IReadOnlyList<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var facts = new Dictionary<string, List<SummaryFact>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await connection.QueryAsync<FactRow>(new CommandDefinition(
                $"""
                SELECT {FactColumns} {ByEventIds};
                """, new { Ids = JsonSerializer.Serialize(chunk) }, cancellationToken: ct));
            foreach (var r in rows)
            {
                if (!facts.TryGetValue(r.EventId, out var list)) facts[r.EventId] = list = [];
                list.Add(new SummaryFact(r.MentionId, r.DocumentId, ParseDate(r.DateStart), ParseDate(r.DateEnd), r.EventType,
                    r.SubEventType, r.Admin1, r.Location, r.Latitude, r.Longitude, r.GeoPrecision is { } gp ? (int)gp : null,
                    r.Fatalities is { } f ? checked((int)f) : null));
            }
        }
        return ids.Where(facts.ContainsKey).Select(id => Summarise(id, facts[id])).ToList();
    }

    private static SummaryFact FactOf(LinkedMention lm)
    {
        var m = lm.Stored.Mention;
        return new SummaryFact(lm.Id, lm.Stored.DocumentId, m.Date?.Start, m.Date?.End, m.EventType, m.SubEventType, m.Location.Admin1,
            m.Location.Name, m.Location.Latitude, m.Location.Longitude, m.Location.GeoPrecision, m.Fatalities);
    }

    /// <summary>The summary of one event from all its mentions; see <see cref="EventSummary"/> for the rules.</summary>
    private static EventSummary Summarise(string eventId, IEnumerable<SummaryFact> mentions)
    {
        // Stored order (the mention id) breaks ties, whichever query the facts came from.
        var facts = mentions.OrderBy(f => f.MentionId).ToList();
        var dated = facts.Where(f => f.Start is not null && f.End is not null).ToList();
        DateRange? date = dated.Count == 0 ? null : new DateRange(dated.Min(f => f.Start!.Value), dated.Max(f => f.End!.Value));
        var type = Best(facts, f => (f.EventType, f.SubEventType), EqualityComparer<(string, string)>.Default)[0];
        var governorate = Best(facts.Where(f => f.Admin1 is not null).ToList(), f => f.Admin1!, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault()?.Admin1;
        // The place most mentions name, told by its most precise mention.
        var place = Best(facts.Where(f => f.Location is not null).ToList(), f => f.Location!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(f => f.GeoPrecision ?? 9).FirstOrDefault();
        // As ACLED: the most supported figure, the lowest among equally supported ones.
        int? fatalities = facts.Where(f => f.Fatalities is not null).GroupBy(f => f.Fatalities!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        return new EventSummary(eventId, date, type.EventType, type.SubEventType, governorate, place?.Location, place?.Latitude,
            place?.Longitude, fatalities, facts.Count, facts.Select(f => f.DocumentId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The facts giving the value most of them give (ties: the value given first), in stored order.</summary>
    private static List<SummaryFact> Best<TKey>(IReadOnlyList<SummaryFact> facts, Func<SummaryFact, TKey> key, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        facts.Count == 0
            ? []
            : facts.GroupBy(key, comparer).OrderByDescending(g => g.Count()).ThenBy(g => g.First().MentionId).First().ToList();

    private sealed record SummaryFact(long MentionId, string DocumentId, DateOnly? Start, DateOnly? End, string EventType,
        string SubEventType, string? Admin1, string? Location, double? Latitude, double? Longitude, int? GeoPrecision, int? Fatalities);

    // The row as SQLite returns it (INTEGER is Int64, dates are text).
    private sealed class FactRow
    {
        public string EventId { get; set; } = "";
        public long MentionId { get; set; }
        public string DocumentId { get; set; } = "";
        public string? DateStart { get; set; }
        public string? DateEnd { get; set; }
        public string EventType { get; set; } = "";
        public string SubEventType { get; set; } = "";
        public string? Admin1 { get; set; }
        public string? Location { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public long? GeoPrecision { get; set; }
        public long? Fatalities { get; set; }
    }
}
