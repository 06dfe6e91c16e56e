using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

// Event links: the linker's links (batch), an analyst's merges and splits, and the audit log of all three.
// event_links is the source of truth; event_mentions.event_id mirrors it (updated in the same transaction).
public sealed partial class SqliteEventStore
{
    private const string LinkedColumns =
        MentionColumns + ", d.source AS Publisher, d.published AS Published, d.period_start AS PeriodStart, " +
        "d.period_end AS PeriodEnd, l.event_id AS LinkEventId, l.confidence AS LinkConfidence, l.origin AS LinkOrigin";

    private const string LinkedFrom =
        "FROM event_mentions AS m JOIN documents AS d ON d.seq = m.document_seq LEFT JOIN event_links AS l ON l.mention_id = m.id";

    public async Task<IReadOnlyList<LinkedMention>> ListMentionsForLinkingAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<LinkedRow>(new CommandDefinition(
            $"SELECT {LinkedColumns} {LinkedFrom} ORDER BY d.seq, m.ordinal;", cancellationToken: ct));
        return rows.Select(ToLinked).ToList();
    }

    /// <summary>Fewest new mentions (by id span) worth reading on two connections at once; tests lower it.</summary>
    internal int ParallelReadMentions { get; set; } = 20_000;

    public async Task<IReadOnlyList<LinkedMention>> ListUnlinkedMentionsAsync(CancellationToken ct = default)
    {
        // event_id mirrors the link and is indexed: the new mentions are found without a scan of the store.
        const string Unlinked = "m.event_id IS NULL AND l.mention_id IS NULL";
        (long? First, long? Last) span;
        await using (var connection = await OpenConnectionAsync(ct))
            span = await connection.QuerySingleOrDefaultAsync<(long?, long?)>(new CommandDefinition(
                "SELECT (SELECT document_seq FROM event_mentions WHERE id = lo), (SELECT document_seq FROM event_mentions WHERE id = hi) " +
                "FROM (SELECT min(id) AS lo, max(id) AS hi FROM event_mentions WHERE event_id IS NULL) WHERE hi - lo >= @Fewest;",
                new { Fewest = ParallelReadMentions }, cancellationToken: ct));
        // A large run (a whole corpus ingested at once) is read in two halves of its documents, each on its own
        // connection and thread: mapping the rows costs more than SQLite's reading them, and linking waits for all of
        // them. The halves keep the one order (documents, then position).
        if (span is { First: { } first, Last: { } last } && last > first)
        {
            var mid = first + (last - first) / 2;
            var halves = await Task.WhenAll(
                Task.Run(() => ReadUnlinkedAsync($"{Unlinked} AND d.seq <= @Mid", mid, ct), ct),
                Task.Run(() => ReadUnlinkedAsync($"{Unlinked} AND d.seq > @Mid", mid, ct), ct));
            halves[0].AddRange(halves[1]);
            return halves[0];
        }
        return await ReadUnlinkedAsync(Unlinked, 0, ct);
    }

    private async Task<List<LinkedMention>> ReadUnlinkedAsync(string where, long mid, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await ReadLinkedAsync(connection, $"SELECT {LinkedColumns} {LinkedFrom} WHERE {where} ORDER BY d.seq, m.ordinal;", [("Mid", mid)], ct);
    }

    public async Task<IReadOnlyList<LinkedMention>> ListLinkedMentionsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from) throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        await using var connection = await OpenConnectionAsync(ct);
        // Mentions overlapping [from, to] that started at most a year before it. Most mentions span a few days, so the
        // date index is read only from 31 days before 'from'; the few longer ones come from the partial long-span index
        // (its condition is stated verbatim, see LongSpanSql). A single year-deep slice of the date index made every
        // linking run read a year of mentions, so linking grew faster than the store.
        return await ReadLinkedAsync(connection,
            $"SELECT {LinkedColumns} {LinkedFrom} WHERE l.mention_id IS NOT NULL AND m.id IN (" +
            "SELECT m.id FROM event_mentions AS m WHERE m.date_start BETWEEN @Near AND @To AND m.date_end >= @From " +
            $"UNION ALL SELECT m.id FROM event_mentions AS m WHERE {LongSpanSql} AND m.date_end >= @From " +
            "AND m.date_start >= @Earliest AND m.date_start < @Near) ORDER BY d.seq, m.ordinal;",
            [("Earliest", Day(from.AddDays(-366))), ("Near", Day(from.AddDays(-31))), ("From", Day(from)), ("To", Day(to))], ct);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<LinkedMention>> ListEventMembersAsync(IReadOnlyCollection<string> eventIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var ids = eventIds.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        await using var connection = await OpenConnectionAsync(ct);
        var result = new List<LinkedMention>();
        // Batches stay well under SQLite's parameter limit.
        // The ids drive the join (ByEventIds): ordered by d.seq, the planner would otherwise walk every mention.
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await connection.QueryAsync<LinkedRow>(new CommandDefinition(
                $"SELECT {LinkedColumns} {ByEventIds} ORDER BY d.seq, m.ordinal;",
                new { Ids = JsonSerializer.Serialize(chunk) }, cancellationToken: ct));
            result.AddRange(rows.Select(ToLinked));
        }
        // Chunks each come in document order; across chunks, mention ids (given in insertion order: document, then
        // position) restore it.
        return ids.Count <= 1000 ? result : result.OrderBy(m => m.Id).ToList();
    }

    public async Task<int> SaveLinksAsync(IReadOnlyList<EventLinkWrite> links, string actor = "linker", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        foreach (var l in links)
        {
            if (l is null) throw new ArgumentException("A link is null.", nameof(links));
            if (string.IsNullOrWhiteSpace(l.EventId)) throw new ArgumentException($"The link of mention {l.MentionId} has no event id.", nameof(links));
            if (!(l.Confidence is >= 0 and <= 1)) throw new ArgumentException($"The link of mention {l.MentionId} has confidence {l.Confidence}, not between 0 and 1.", nameof(links));
        }
        if (links.Select(l => l.MentionId).Distinct().Count() != links.Count)
            throw new ArgumentException("A mention is linked twice in one batch.", nameof(links));
        if (links.Count == 0) return 0;

        await using var connection = await OpenConnectionAsync(ct);
        // Every link also rewrites the mention's entries in the indexes that carry event_id: with the default 2 MB page
        // cache a corpus-wide run reads those pages from the file again and again.
        await UseWriterCacheAsync(connection, ct);
        return await SaveLinksAsync(connection, links, actor, ct);
    }

    private async Task<int> SaveLinksAsync(SqliteConnection connection, IReadOnlyList<EventLinkWrite> links, string actor, CancellationToken ct)
    {
        // The batch reaches SQLite as one JSON array in mention order, and each step below is one statement over it: a
        // corpus-wide run writes a link per mention, and a statement per row spent more time crossing into SQLite
        // (binding, stepping, resetting) than writing. In mention order, links are appended to event_links and the
        // mentions are visited in file order.
        var ordered = links.OrderBy(l => l.MentionId).ToList();
        var batch = LinkBatch(ordered);
        using var tx = connection.BeginTransaction(deferred: false);
        var missing = new List<long>();
        var analyst = new HashSet<long>();
        foreach (var (id, origin) in await connection.QueryAsync<(long Id, string? Origin)>(new CommandDefinition(
                     "SELECT j.value ->> 0, l.origin FROM json_each(@Batch) AS j LEFT JOIN event_mentions AS m ON m.id = j.value ->> 0 " +
                     "LEFT JOIN event_links AS l ON l.mention_id = m.id WHERE m.id IS NULL OR l.origin = 'analyst';",
                     new { Batch = batch }, tx, cancellationToken: ct)))
        {
            if (origin is null) missing.Add(id);
            else analyst.Add(id);
        }
        if (missing.Count > 0)
            throw new EventLinkException($"No such event mention(s): {string.Join(", ", missing.Take(10))}.");

        var writes = analyst.Count == 0 ? ordered : ordered.Where(l => !analyst.Contains(l.MentionId)).ToList();
        if (analyst.Count > 0) batch = LinkBatch(writes);
        ct.ThrowIfCancellationRequested();
        // The WHERE on the upsert is a second guard: an analyst's link is never overwritten, even by a racing writer.
        // ('WHERE true' tells the parser the ON CONFLICT belongs to the upsert, not to a join.)
        var written = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO event_links (mention_id, event_id, confidence, origin)
            SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, 'auto' FROM json_each(@Batch) AS j WHERE true
            ON CONFLICT (mention_id) DO UPDATE SET event_id = excluded.event_id, confidence = excluded.confidence
            WHERE event_links.origin = 'auto';
            """, new { Batch = batch }, tx, cancellationToken: ct));
        // The mirror follows the link as stored, so it cannot disagree with it whatever the guard kept.
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE event_mentions SET event_id = l.event_id FROM json_each(@Batch) AS j JOIN event_links AS l ON l.mention_id = j.value ->> 0 " +
            "WHERE event_mentions.id = l.mention_id AND event_mentions.event_id IS NOT l.event_id;",
            new { Batch = batch }, tx, cancellationToken: ct));
        var at = FormatTimestamp(_time.GetUtcNow());
        using var audit = Prepare(connection, tx, InsertAudit);
        audit.Parameters["@At"].Value = at;
        audit.Parameters["@Operation"].Value = "link";
        audit.Parameters["@OtherEventId"].Value = DBNull.Value;
        audit.Parameters["@Actor"].Value = (object?)actor ?? DBNull.Value;
        var eventId = audit.Parameters["@EventId"];
        var mentionIds = audit.Parameters["@MentionIds"];
        var note = audit.Parameters["@Note"];
        // One row per event, in event id order, its mentions in id order: the writes sorted by both, taken a run at a time.
        var byEvent = writes.ToArray();
        Array.Sort(byEvent, static (a, b) => string.CompareOrdinal(a.EventId, b.EventId) is var c and not 0 ? c : a.MentionId.CompareTo(b.MentionId));
        var ids = new StringBuilder();
        for (var start = 0; start < byEvent.Length;)
        {
            ct.ThrowIfCancellationRequested();
            var end = start;
            double min = double.MaxValue, max = double.MinValue;
            ids.Clear().Append('[');
            for (; end < byEvent.Length && string.Equals(byEvent[end].EventId, byEvent[start].EventId, StringComparison.Ordinal); end++)
            {
                if (end > start) ids.Append(',');
                ids.Append(byEvent[end].MentionId.ToString(CultureInfo.InvariantCulture));
                min = Math.Min(min, byEvent[end].Confidence);
                max = Math.Max(max, byEvent[end].Confidence);
            }
            eventId.Value = byEvent[start].EventId;
            mentionIds.Value = ids.Append(']').ToString();
            note.Value = string.Create(CultureInfo.InvariantCulture, $"confidence {min:0.###}-{max:0.###}");
            audit.ExecuteNonQuery();
            start = end;
        }
        ct.ThrowIfCancellationRequested();
        tx.Commit();
        return written;
    }

    public async Task MergeEventsAsync(string into, string from, string actor, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(into);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        if (string.Equals(into, from, StringComparison.Ordinal))
            throw new EventLinkException($"Cannot merge event {into} into itself.");
        await using var connection = await OpenConnectionAsync(ct);
        using var tx = connection.BeginTransaction(deferred: false);
        var kept = await MembersAsync(connection, tx, into, ct);
        if (kept.Count == 0) throw new EventLinkException($"No such event: {into}.");
        var moved = await MembersAsync(connection, tx, from, ct);
        if (moved.Count == 0) throw new EventLinkException($"No such event: {from}.");
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE event_links SET event_id = @Into, origin = 'analyst' WHERE event_id IN (@Into, @From);
            UPDATE event_mentions SET event_id = @Into WHERE id IN (SELECT mention_id FROM event_links WHERE event_id = @Into);
            """, new { Into = into, From = from }, tx, cancellationToken: ct));
        await InsertAuditAsync(connection, tx, FormatTimestamp(_time.GetUtcNow()), "merge", into, from, moved, actor,
            $"{moved.Count} mention(s) joined {kept.Count}", ct);
        ct.ThrowIfCancellationRequested();
        tx.Commit();
    }

    public async Task<string> SplitMentionsAsync(string eventId, IReadOnlyList<long> mentionIds, string actor, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(mentionIds);
        var split = mentionIds.Distinct().Order().ToList();
        if (split.Count == 0) throw new EventLinkException("Name at least one mention to split off.");
        await using var connection = await OpenConnectionAsync(ct);
        using var tx = connection.BeginTransaction(deferred: false);
        var members = await MembersAsync(connection, tx, eventId, ct);
        if (members.Count == 0) throw new EventLinkException($"No such event: {eventId}.");
        var outside = split.Where(id => !members.Contains(id)).ToList();
        if (outside.Count > 0)
            throw new EventLinkException($"Mention(s) {string.Join(", ", outside)} are not in event {eventId} (its mentions: {string.Join(", ", members)}).");
        if (split.Count == members.Count)
            throw new EventLinkException($"Splitting off every mention of {eventId} would leave it empty; name only the mentions to move.");

        // Deterministic: the same mentions split off give the same id. Should that id be in use by other mentions
        // (it cannot be by these, they are all in eventId), the next candidate is taken.
        var newId = SplitId(split, 0);
        for (var attempt = 1; (await MembersAsync(connection, tx, newId, ct)).Count > 0; attempt++) newId = SplitId(split, attempt);

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE event_links SET event_id = @NewId, origin = 'analyst', confidence = 1.0 WHERE mention_id IN @Ids;
            UPDATE event_links SET origin = 'analyst' WHERE event_id = @EventId;
            UPDATE event_mentions SET event_id = @NewId WHERE id IN @Ids;
            """, new { NewId = newId, EventId = eventId, Ids = split }, tx, cancellationToken: ct));
        await InsertAuditAsync(connection, tx, FormatTimestamp(_time.GetUtcNow()), "split", eventId, newId, split, actor,
            $"{split.Count} of {members.Count} mention(s) moved to a new event", ct);
        ct.ThrowIfCancellationRequested();
        tx.Commit();
        return newId;
    }

    public async Task<IReadOnlyList<LinkAuditEntry>> ListLinkAuditAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT id AS Id, at AS At, operation AS Operation, event_id AS EventId, other_event_id AS OtherEventId, " +
            "mention_ids AS MentionIds, actor AS Actor, note AS Note FROM link_audit ORDER BY id;", cancellationToken: ct));
        return rows.Select(r => new LinkAuditEntry(r.Id, ParseTimestamp(r.At), ParseOperation(r.Operation), r.EventId, r.OtherEventId,
            r.MentionIds is null ? [] : JsonSerializer.Deserialize<List<long>>(r.MentionIds) ?? [], r.Actor, r.Note)).ToList();
    }

    public async Task<IReadOnlyList<string>> FindEventIdsAsync(string idOrPrefix, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var key = idOrPrefix.Trim();
        if (key.Length == 0) return [];
        await using var connection = await OpenConnectionAsync(ct);
        var exact = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT event_id FROM event_links WHERE event_id = @Key;", new { Key = key }, cancellationToken: ct));
        if (exact.Any()) return [key];
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT event_id FROM event_links WHERE event_id >= @Lo AND event_id < @Hi ORDER BY event_id LIMIT 50;",
            new { Lo = key, Hi = key + "\U0010FFFF" }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<long> CountEventsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(DISTINCT event_id) FROM event_links;", cancellationToken: ct));
    }

    private static string SplitId(IReadOnlyList<long> sortedIds, int attempt)
    {
        var text = string.Join(",", sortedIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (attempt > 0) text += "#" + attempt.ToString(CultureInfo.InvariantCulture);
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>The links as a JSON array of [mention id, event id, confidence] (numbers written to round-trip).</summary>
    private static string LinkBatch(IReadOnlyList<EventLinkWrite> links)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(links.Count * 40 + 2);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var l in links)
            {
                json.WriteStartArray();
                json.WriteNumberValue(l.MentionId);
                json.WriteStringValue(l.EventId);
                json.WriteNumberValue(l.Confidence);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static async Task<List<long>> MembersAsync(SqliteConnection connection, SqliteTransaction tx, string eventId, CancellationToken ct) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT mention_id FROM event_links WHERE event_id = @EventId ORDER BY mention_id;", new { EventId = eventId }, tx,
            cancellationToken: ct))).ToList();

    private const string InsertAudit =
        """
        INSERT INTO link_audit (at, operation, event_id, other_event_id, mention_ids, actor, note)
        VALUES (@At, @Operation, @EventId, @OtherEventId, @MentionIds, @Actor, @Note);
        """;

    private static Task InsertAuditAsync(SqliteConnection connection, SqliteTransaction tx, string at, string operation, string? eventId,
        string? otherEventId, IEnumerable<long> mentionIds, string? actor, string? note, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(InsertAudit,
            new
            {
                At = at, Operation = operation, EventId = eventId, OtherEventId = otherEventId,
                MentionIds = JsonSerializer.Serialize(mentionIds.Order().ToList()), Actor = actor, Note = note,
            }, tx, cancellationToken: ct));

    private static LinkOperation ParseOperation(string s) => s switch
    {
        "link" => LinkOperation.Link,
        "merge" => LinkOperation.Merge,
        "split" => LinkOperation.Split,
        _ => throw new InvalidDataException($"Link audit operation '{s}' is not one this version of Sitrep knows."),
    };

    private static LinkedMention ToLinked(LinkedRow r) => ToLinked(r, null);

    private static LinkedMention ToLinked(LinkedRow r, StringPool? pool)
    {
        var stored = ToStoredMention(r, pool);
        EventLink? link = r.LinkEventId is null
            ? null
            : new EventLink(Pooled(pool, r.LinkEventId)!, r.LinkConfidence ?? 0, r.LinkOrigin == "analyst" ? LinkOrigin.Analyst : LinkOrigin.Auto);
        // The mention carries its link's event id (the mirror column could lag behind only if written by hand).
        if (link is not null && stored.Mention.EventId != link.EventId)
            stored = stored with { Mention = stored.Mention with { EventId = link.EventId } };
        return new LinkedMention(stored, Pooled(pool, r.Publisher), ParseDate(r.Published), ParsePeriod(r.PeriodStart, r.PeriodEnd), link);
    }

    private sealed class LinkedRow : MentionRow
    {
        public string? Publisher { get; set; }
        public string? Published { get; set; }
        public string? PeriodStart { get; set; }
        public string? PeriodEnd { get; set; }
        public string? LinkEventId { get; set; }
        public double? LinkConfidence { get; set; }
        public string? LinkOrigin { get; set; }
    }

    private sealed class AuditRow
    {
        public long Id { get; set; }
        public string At { get; set; } = "";
        public string Operation { get; set; } = "";
        public string? EventId { get; set; }
        public string? OtherEventId { get; set; }
        public string? MentionIds { get; set; }
        public string? Actor { get; set; }
        public string? Note { get; set; }
    }
}
