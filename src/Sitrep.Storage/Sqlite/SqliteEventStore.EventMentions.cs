using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Storage.Sqlite;

// Event mentions: written with their document (AddDocumentAsync), listed with filters, counted.
public sealed partial class SqliteEventStore
{
    /// <summary>
    /// A mention row as the code writes it, keyed by its document's id: the staging tables of the batch and bulk writers
    /// have exactly these columns. event_mentions itself keys a mention by its document's seq (migration 0006), so rows
    /// reach it through <see cref="InsertMentionRow"/> or <see cref="MoveMentions"/>, which look the seq up.
    /// </summary>
    private const string InsertMention =
        """
        INSERT INTO event_mentions (
            document_id, ordinal, item, span_start, span_end, raw_start, raw_end, trigger_start, trigger_end,
            raw_trigger_start, raw_trigger_end, evidence, date_start, date_end, time_precision, event_type, sub_event_type,
            kind, actor1, actor1_id, actor2, actor2_id, assoc_actors, country, admin1, admin2, location, place_id, latitude,
            longitude, geo_precision, fatalities, counts, count_qualifiers, hedged, hedges, claimed_by, background, confidence,
            event_id, sources)
        VALUES (
            @DocumentId, @Ordinal, @Item, @SpanStart, @SpanEnd, @RawStart, @RawEnd, @TriggerStart, @TriggerEnd,
            @RawTriggerStart, @RawTriggerEnd, @Evidence, @DateStart, @DateEnd, @TimePrecision, @EventType, @SubEventType,
            @Kind, @Actor1, @Actor1Id, @Actor2, @Actor2Id, @AssocActors, @Country, @Admin1, @Admin2, @Location, @PlaceId, @Latitude,
            @Longitude, @GeoPrecision, @Fatalities, @Counts, @CountQualifiers, @Hedged, @Hedges, @ClaimedBy, @Background, @Confidence,
            @EventId, @Sources);
        """;

    /// <summary><see cref="InsertMention"/> into event_mentions itself: the document's seq in place of its id.</summary>
    private static readonly Lazy<string> InsertMentionRow = new(() =>
    {
        var columns = BulkColumns.Value;
        var values = Regex.Match(InsertMention, @"VALUES \((?<values>[^)]*)\)").Groups["values"].Value.Trim();
        if (!values.StartsWith("@DocumentId,", StringComparison.Ordinal))
            throw new InvalidOperationException("InsertMention must bind @DocumentId first.");
        return $"INSERT INTO event_mentions (document_seq,{AfterDocumentId(columns)}) " +
               $"VALUES ((SELECT seq FROM main.documents WHERE id = @DocumentId),{values["@DocumentId,".Length..]});";
    });

    /// <summary>
    /// Moves the rows of a staging table (columns as in <see cref="InsertMention"/>) into event_mentions in the staging
    /// order, each with its document's seq, which must be stored by then.
    /// </summary>
    private static string MoveMentions(string staging)
    {
        var rest = AfterDocumentId(BulkColumns.Value);
        return $"INSERT INTO main.event_mentions (document_seq,{rest}) " +
               $"SELECT (SELECT d.seq FROM main.documents AS d WHERE d.id = s.document_id),{rest} FROM {staging} AS s ORDER BY s.rowid;";
    }

    /// <summary>A temporary table with the columns of <see cref="InsertMention"/> (the document's id as text).</summary>
    private static string CreateMentionStaging(string name) =>
        $"CREATE TEMP TABLE {name} AS SELECT CAST(NULL AS TEXT) AS document_id,{AfterDocumentId(BulkColumns.Value)} FROM main.event_mentions WHERE 0;";

    /// <summary>The column list after its first column, which must be document_id.</summary>
    private static string AfterDocumentId(string columns)
    {
        var trimmed = columns.TrimStart();
        if (!trimmed.StartsWith("document_id,", StringComparison.Ordinal))
            throw new InvalidOperationException("InsertMention must write document_id first.");
        return trimmed["document_id,".Length..];
    }

    private const string MentionColumns =
        "m.id AS Id, d.id AS DocumentId, d.file_name AS FileName, m.ordinal AS Ordinal, m.item AS Item, " +
        "m.span_start AS SpanStart, m.span_end AS SpanEnd, m.raw_start AS RawStart, m.raw_end AS RawEnd, " +
        "m.trigger_start AS TriggerStart, m.trigger_end AS TriggerEnd, m.raw_trigger_start AS RawTriggerStart, " +
        "m.raw_trigger_end AS RawTriggerEnd, m.evidence AS Evidence, m.date_start AS DateStart, m.date_end AS DateEnd, " +
        "m.time_precision AS TimePrecision, m.event_type AS EventType, m.sub_event_type AS SubEventType, m.kind AS Kind, " +
        "m.actor1 AS Actor1, m.actor1_id AS Actor1Id, m.actor2 AS Actor2, m.actor2_id AS Actor2Id, m.assoc_actors AS AssocActors, " +
        "m.country AS Country, m.admin1 AS Admin1, m.admin2 AS Admin2, m.location AS Location, m.place_id AS PlaceId, " +
        "m.latitude AS Latitude, m.longitude AS Longitude, m.geo_precision AS GeoPrecision, m.fatalities AS Fatalities, " +
        "m.counts AS Counts, m.count_qualifiers AS CountQualifiers, m.hedged AS Hedged, m.hedges AS Hedges, " +
        "m.claimed_by AS ClaimedBy, m.background AS Background, m.confidence AS Confidence, m.event_id AS EventId, m.sources AS Sources";

    /// <summary>JSON of the JSON columns: compact, property names as written (counts keep their snake_case keys).</summary>
    private static readonly JsonSerializerOptions ColumnJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>An associated actor inside the assoc_actors column: <c>{"name": ..., "id": ...}</c>.</summary>
    private sealed record AssocActorJson(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("id")] string? Id);

    /// <summary>A span inside the sources column: <c>{"start": ..., "end": ...}</c>, offsets in the original text.</summary>
    private sealed record SpanJson(
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End);

    public async Task<IReadOnlyList<StoredEventMention>> ListEventMentionsAsync(EventMentionFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Limit is < 0) throw new ArgumentOutOfRangeException(nameof(filter), "Limit must not be negative.");
        if (filter.Offset < 0) throw new ArgumentOutOfRangeException(nameof(filter), "Offset must not be negative.");
        var (where, args) = BuildWhere(filter);
        if (where is null || filter.Limit == 0) return [];
        args.Add("Limit", (long?)filter.Limit ?? -1L); // a negative LIMIT is no limit in SQLite
        args.Add("Offset", (long)filter.Offset);
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<MentionRow>(new CommandDefinition(
            $"""
            SELECT {MentionColumns}
            FROM event_mentions AS m
            JOIN documents AS d ON d.seq = m.document_seq
            WHERE {where}
            ORDER BY m.date_start IS NULL, m.date_start, m.date_end, d.seq, m.ordinal
            LIMIT @Limit OFFSET @Offset;
            """, args, cancellationToken: ct));
        return rows.Select(ToStoredMention).ToList();
    }

    public async Task<long> CountEventMentionsAsync(EventMentionFilter? filter = null, CancellationToken ct = default)
    {
        var (where, args) = BuildWhere(filter ?? new EventMentionFilter());
        if (where is null) return 0;
        await using var connection = await OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM event_mentions AS m WHERE {where};", args, cancellationToken: ct));
    }

    /// <summary>
    /// The WHERE clause for a filter, with every value bound as a parameter (only fixed SQL text is concatenated).
    /// A null clause means the filter can match nothing (a text query without anything searchable).
    /// </summary>
    private static (string? Where, DynamicParameters Args) BuildWhere(EventMentionFilter f)
    {
        if (f.From is { } from && f.To is { } to && to < from)
            throw new ArgumentException($"The date filter ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(f));
        var clauses = new List<string>();
        var args = new DynamicParameters();

        // Overlap of [date_start, date_end] with [From, To]; an undated mention compares as NULL and drops out.
        if (f.From is { } f1)
        {
            clauses.Add("m.date_end >= @From");
            args.Add("From", FormatDate(f1));
        }
        if (f.To is { } t1)
        {
            clauses.Add("m.date_start <= @To");
            args.Add("To", FormatDate(t1));
        }
        if (!string.IsNullOrWhiteSpace(f.EventType))
        {
            clauses.Add("(m.event_type = @EventType COLLATE NOCASE OR m.sub_event_type = @EventType COLLATE NOCASE)");
            args.Add("EventType", f.EventType.Trim());
        }

        var actor = new List<string>();
        if (f.ActorIds is { } ids)
        {
            var list = ids.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count == 0) actor.Add("0");
            else
            {
                // Dapper expands "IN @ActorIds" to one parameter per id.
                actor.Add("m.actor1_id IN @ActorIds OR m.actor2_id IN @ActorIds OR EXISTS " +
                          "(SELECT 1 FROM json_each(m.assoc_actors) AS a WHERE json_extract(a.value, '$.id') IN @ActorIds)");
                args.Add("ActorIds", list);
            }
        }
        if (!string.IsNullOrWhiteSpace(f.ActorName))
        {
            actor.Add(@"m.actor1 LIKE @ActorName ESCAPE '\' OR m.actor2 LIKE @ActorName ESCAPE '\' OR EXISTS " +
                      @"(SELECT 1 FROM json_each(m.assoc_actors) AS a WHERE json_extract(a.value, '$.name') LIKE @ActorName ESCAPE '\')");
            args.Add("ActorName", "%" + EscapeLike(f.ActorName.Trim()) + "%");
        }
        if (actor.Count > 0) clauses.Add("(" + string.Join(" OR ", actor) + ")");

        if (!string.IsNullOrWhiteSpace(f.Governorate))
        {
            clauses.Add("m.admin1 = @Governorate COLLATE NOCASE");
            args.Add("Governorate", f.Governorate.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            if (FtsQuery.Build(f.Text) is not { } match) return (null, args);
            clauses.Add("m.id IN (SELECT rowid FROM event_mentions_fts WHERE event_mentions_fts MATCH @Match)");
            args.Add("Match", match);
        }
        if (!string.IsNullOrWhiteSpace(f.DocumentId))
        {
            clauses.Add("m.document_seq = (SELECT seq FROM documents WHERE id = @DocumentId)");
            args.Add("DocumentId", f.DocumentId.Trim());
        }
        return (clauses.Count == 0 ? "1" : string.Join(" AND ", clauses), args);
    }

    /// <summary>LIKE pattern text matching <paramref name="s"/> literally (with ESCAPE '\').</summary>
    private static string EscapeLike(string s)
    {
        var sb = new StringBuilder(s.Length + 4);
        foreach (var c in s)
        {
            if (c is '\\' or '%' or '_') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Checks and serialises the mentions before anything touches the database.</summary>
    private static List<object> MentionRows(Document doc, IReadOnlyList<EventMention> events)
    {
        var rows = new List<object>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Document {doc.Id}: event mention {i} is null.", nameof(events));
            ValidateMention(doc, e, i);
            var loc = e.Location;
            var rawTrigger = doc.Map.ToRaw(e.Trigger);
            rows.Add(new
            {
                DocumentId = doc.Id,
                Ordinal = (long)i,
                Item = (long?)e.Item,
                SpanStart = (long)e.Span.Start,
                SpanEnd = (long)e.Span.End,
                RawStart = (long)e.RawSpan.Start,
                RawEnd = (long)e.RawSpan.End,
                TriggerStart = (long)e.Trigger.Start,
                TriggerEnd = (long)e.Trigger.End,
                RawTriggerStart = (long)rawTrigger.Start,
                RawTriggerEnd = (long)rawTrigger.End,
                e.Evidence,
                DateStart = FormatDate(e.Date?.Start),
                DateEnd = FormatDate(e.Date?.End),
                TimePrecision = (long?)e.TimePrecision,
                e.EventType,
                e.SubEventType,
                e.Kind,
                Actor1 = e.Actor1?.Name,
                Actor1Id = e.Actor1?.ActorId,
                Actor2 = e.Actor2?.Name,
                Actor2Id = e.Actor2?.ActorId,
                AssocActors = AssocActorsJson(e),
                loc.Country,
                loc.Admin1,
                loc.Admin2,
                Location = loc.Name,
                loc.PlaceId,
                loc.Latitude,
                loc.Longitude,
                GeoPrecision = (long?)loc.GeoPrecision,
                Fatalities = (long?)e.Fatalities,
                Counts = CountsJson(e),
                CountQualifiers = CountQualifiersJson(e),
                Hedged = e.Hedged ? 1L : 0L,
                Hedges = HedgesJson(e),
                e.ClaimedBy,
                Background = e.Background ? 1L : 0L,
                e.Confidence,
                e.EventId,
                Sources = SourcesJson(e),
            });
        }
        return rows;
    }

    private static void ValidateMention(Document doc, EventMention e, int i)
    {
        if (!string.Equals(e.DocumentId, doc.Id, StringComparison.Ordinal)) throw Bad($"it belongs to document '{e.DocumentId}'");
        CheckSpan(e.Span, doc.Text.Length, "span", "normalised text");
        CheckSpan(e.RawSpan, doc.RawText.Length, "raw span", "original text");
        CheckSpan(e.Trigger, doc.Text.Length, "trigger", "normalised text");
        if (e.Evidence is null) throw Bad("it has no evidence");
        if (string.IsNullOrWhiteSpace(e.EventType)) throw Bad("it has no event type");
        if (string.IsNullOrWhiteSpace(e.SubEventType)) throw Bad("it has no sub-event type");
        if (string.IsNullOrWhiteSpace(e.Kind)) throw Bad("it has no kind");
        if (e.Date is { } d && d.End < d.Start) throw Bad($"its date ends ({d.End}) before it starts ({d.Start})");
        if (e.TimePrecision is { } tp && !Enum.IsDefined(tp)) throw Bad($"time precision {(int)tp} is not a known precision");
        CheckActor(e.Actor1, "actor1");
        CheckActor(e.Actor2, "actor2");
        if (e.AssocActors is null) throw Bad("its associated actors are null");
        foreach (var a in e.AssocActors)
        {
            if (a is null) throw Bad("an associated actor is null");
            CheckActor(a, "an associated actor");
        }
        if (e.Location is not { } loc) throw Bad("its location is null");
        if (loc.Latitude is null != loc.Longitude is null) throw Bad("its location has only one coordinate");
        if (loc.Latitude is { } lat && !(lat is >= -90 and <= 90)) throw Bad($"latitude {lat} is not between -90 and 90");
        if (loc.Longitude is { } lon && !(lon is >= -180 and <= 180)) throw Bad($"longitude {lon} is not between -180 and 180");
        if (loc.GeoPrecision is { } gp && gp is < 1 or > 3) throw Bad($"geo precision {gp} is not 1, 2 or 3");
        if (e.Fatalities is < 0) throw Bad($"fatalities {e.Fatalities} is negative");
        if (e.Counts is null) throw Bad("its counts are null");
        foreach (var (k, v) in e.Counts)
            if (string.IsNullOrEmpty(k) || !double.IsFinite(v)) throw Bad($"count '{k}' = {v} is not a finite number with a name");
        if (e.CountQualifiers is null) throw Bad("its count qualifiers are null");
        foreach (var (k, v) in e.CountQualifiers)
            if (string.IsNullOrEmpty(k) || v is null) throw Bad($"count qualifier '{k}' has no name or no value");
        if (e.Hedges is null || e.Hedges.Any(h => h is null)) throw Bad("its hedges are null or contain null");
        if (!(e.Confidence is >= 0 and <= 1)) throw Bad($"confidence {e.Confidence} is not between 0 and 1");
        if (e.Sources is null) throw Bad("its sources are null");
        foreach (var (k, v) in e.Sources)
        {
            if (string.IsNullOrEmpty(k)) throw Bad("a source has no attribute name");
            CheckSpan(v, doc.RawText.Length, $"source '{k}'", "original text");
        }

        ArgumentException Bad(string problem) => new($"Document {doc.Id}, event mention {i}: {problem}.", "events");

        void CheckSpan(TextSpan s, int length, string what, string text)
        {
            if (s.Start < 0 || s.End < s.Start || s.End > length) throw Bad($"{what} {s} lies outside the {text} [0, {length}]");
        }

        void CheckActor(EventActor? a, string what)
        {
            if (a is not null && string.IsNullOrWhiteSpace(a.Name)) throw Bad($"{what} has no name");
        }
    }

    private static StoredEventMention ToStoredMention(MentionRow r) => ToStoredMention(r, null);

    /// <param name="pool">Shares the repeated values (names, types, places) of one read's rows; null keeps SQLite's copies.</param>
    private static StoredEventMention ToStoredMention(MentionRow r, StringPool? pool)
    {
        DatePrecision? precision = null;
        if (r.TimePrecision is { } tp)
        {
            var p = (DatePrecision)checked((int)tp);
            precision = Enum.IsDefined(p)
                ? p
                : throw new InvalidDataException($"Event mention {r.Id} has time precision {tp}, which this version of Sitrep does not know.");
        }
        var start = ParseDate(r.DateStart);
        var end = ParseDate(r.DateEnd);
        var documentId = Pooled(pool, r.DocumentId)!;
        var shared = pool is null ? Unshared : pool.Share;
        var mention = new EventMention
        {
            DocumentId = documentId,
            Item = r.Item is { } item ? checked((int)item) : null,
            Span = new TextSpan(checked((int)r.SpanStart), checked((int)r.SpanEnd)),
            RawSpan = new TextSpan(checked((int)r.RawStart), checked((int)r.RawEnd)),
            Trigger = new TextSpan(checked((int)r.TriggerStart), checked((int)r.TriggerEnd)),
            Evidence = r.Evidence,
            Date = start is { } s && end is { } e ? new DateRange(s, e) : null,
            TimePrecision = precision,
            EventType = Pooled(pool, r.EventType)!,
            SubEventType = Pooled(pool, r.SubEventType)!,
            Kind = Pooled(pool, r.Kind)!,
            Actor1 = r.Actor1 is null ? null : new EventActor(Pooled(pool, r.Actor1)!, Pooled(pool, r.Actor1Id)),
            Actor2 = r.Actor2 is null ? null : new EventActor(Pooled(pool, r.Actor2)!, Pooled(pool, r.Actor2Id)),
            AssocActors = r.AssocActors == "[]"
                ? []
                : Column<List<AssocActorJson>>(r.AssocActors).Select(a => new EventActor(Pooled(pool, a.Name)!, Pooled(pool, a.Id))).ToList(),
            Location = new EventLocation(Pooled(pool, r.Location), Pooled(pool, r.PlaceId), Pooled(pool, r.Country), Pooled(pool, r.Admin1),
                Pooled(pool, r.Admin2), r.Latitude, r.Longitude, r.GeoPrecision is { } gp ? checked((int)gp) : null),
            Fatalities = r.Fatalities is { } f ? checked((int)f) : null,
            // Most rows have no counts, qualifiers, hedges or sources: they share one empty (read-only) value. The others
            // are compact maps whose keys (and qualifier and hedge words) come from the pool: the same few words on every row.
            Counts = r.Counts == "{}"
                ? EmptyCounts
                : new CompactMap<double>(TryReadObject(r.Counts, JsonNumber, shared, out var counts)
                    ? counts
                    : Column<Dictionary<string, double>>(r.Counts), shared),
            CountQualifiers = r.CountQualifiers == "{}"
                ? EmptyQualifiers
                : new CompactMap<string>(TryReadObject(r.CountQualifiers, JsonSharedString, shared, out var qualifiers)
                    ? qualifiers
                    : Column<Dictionary<string, string>>(r.CountQualifiers)
                        .Select(kv => KeyValuePair.Create(kv.Key, shared(kv.Value))).ToList(), shared),
            Hedged = r.Hedged != 0,
            Hedges = r.Hedges == "[]" ? [] : Column<List<string>>(r.Hedges).Select(shared).ToArray(),
            ClaimedBy = Pooled(pool, r.ClaimedBy),
            Background = r.Background != 0,
            Confidence = r.Confidence,
            EventId = Pooled(pool, r.EventId),
            Sources = r.Sources == "{}"
                ? EmptySources
                : new CompactMap<TextSpan>(TryReadObject(r.Sources, JsonSpan, shared, out var sources)
                    ? sources
                    : Column<Dictionary<string, SpanJson>>(r.Sources)
                        .Select(kv => KeyValuePair.Create(kv.Key, new TextSpan(kv.Value.Start, kv.Value.End))).ToList(), shared),
        };
        return new StoredEventMention(r.Id, documentId, Pooled(pool, r.FileName)!, checked((int)r.Ordinal),
            new TextSpan(checked((int)r.RawTriggerStart), checked((int)r.RawTriggerEnd)), mention);
    }

    private static string? Pooled(StringPool? pool, string? value) => pool is null ? value : pool.Get(value);

    private static readonly IReadOnlyDictionary<string, double> EmptyCounts = System.Collections.ObjectModel.ReadOnlyDictionary<string, double>.Empty;
    private static readonly IReadOnlyDictionary<string, string> EmptyQualifiers = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
    private static readonly IReadOnlyDictionary<string, TextSpan> EmptySources = System.Collections.ObjectModel.ReadOnlyDictionary<string, TextSpan>.Empty;

    /// <summary>A JSON column's value. Callers test for the empty value first (most rows): that one is never parsed.</summary>
    // The JSON columns of a mention, as both ways of adding one write them. Most mentions have no associated actors,
    // counts or hedges: those get the empty literal the serializer would write, without a trip through it.
    private static string AssocActorsJson(EventMention e) =>
        e.AssocActors.Count == 0 ? "[]" : JsonSerializer.Serialize(e.AssocActors.Select(a => new AssocActorJson(a.Name, a.ActorId)), ColumnJson);

    private static string CountsJson(EventMention e) => e.Counts.Count == 0 ? "{}" : JsonSerializer.Serialize(e.Counts, ColumnJson);

    private static string CountQualifiersJson(EventMention e) =>
        e.CountQualifiers.Count == 0 ? "{}" : JsonSerializer.Serialize(e.CountQualifiers, ColumnJson);

    private static string HedgesJson(EventMention e) => e.Hedges.Count == 0 ? "[]" : JsonSerializer.Serialize(e.Hedges, ColumnJson);

    private static string SourcesJson(EventMention e) => JsonSerializer.Serialize(
        e.Sources.ToDictionary(kv => kv.Key, kv => new SpanJson(kv.Value.Start, kv.Value.End), StringComparer.Ordinal), ColumnJson);

    private static T Column<T>(string json) where T : new() => JsonSerializer.Deserialize<T>(json, ColumnJson) ?? new T();

    private static readonly Func<string, string> Unshared = static k => k;

    /// <summary>Reads the value at the reader's token; false when it is not of the type this code writes there.</summary>
    private delegate bool JsonValue<T>(ref Utf8JsonReader reader, Func<string, string> shared, out T value);

    /// <summary>
    /// The entries of a JSON object column in stored order, each value read by <paramref name="value"/>. Nearly every
    /// row has sources and most have counts, and JsonSerializer's dictionaries cost more than the rest of a row's
    /// mapping. False for any shape this code does not write (a repeated key, a value of another type): the caller
    /// then reads the column with JsonSerializer, so such a value reads as it always did, errors included.
    /// </summary>
    private static bool TryReadObject<T>(string json, JsonValue<T> value, Func<string, string> shared, out List<KeyValuePair<string, T>> entries)
    {
        entries = [];
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : new byte[max];
        var reader = new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            foreach (var e in entries)
                if (string.Equals(e.Key, key, StringComparison.Ordinal)) return false;
            if (!reader.Read() || !value(ref reader, shared, out var v)) return false;
            entries.Add(KeyValuePair.Create(key, v));
        }
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    private static readonly JsonValue<double> JsonNumber = static (ref Utf8JsonReader r, Func<string, string> _, out double v) =>
    {
        v = 0;
        return r.TokenType == JsonTokenType.Number && r.TryGetDouble(out v);
    };

    private static readonly JsonValue<string> JsonSharedString = static (ref Utf8JsonReader r, Func<string, string> shared, out string v) =>
    {
        v = r.TokenType == JsonTokenType.String ? shared(r.GetString()!) : "";
        return r.TokenType == JsonTokenType.String;
    };

    /// <summary>A <see cref="SpanJson"/>: exactly its two properties, each once, each an int.</summary>
    private static readonly JsonValue<TextSpan> JsonSpan = static (ref Utf8JsonReader r, Func<string, string> _, out TextSpan v) =>
    {
        v = default;
        int? start = null, end = null;
        if (r.TokenType != JsonTokenType.StartObject) return false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = r.ValueTextEquals("start"u8);
            if (!isStart && !r.ValueTextEquals("end"u8)) return false;
            if ((isStart ? start : end) is not null || !r.Read() || r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var n)) return false;
            if (isStart) start = n;
            else end = n;
        }
        if (r.TokenType != JsonTokenType.EndObject || start is null || end is null) return false;
        v = new TextSpan(start.Value, end.Value);
        return true;
    };

    // The row as SQLite returns it (INTEGER is Int64, dates and JSON are text).
    private class MentionRow
    {
        public long Id { get; set; }
        public string DocumentId { get; set; } = "";
        public string FileName { get; set; } = "";
        public long Ordinal { get; set; }
        public long? Item { get; set; }
        public long SpanStart { get; set; }
        public long SpanEnd { get; set; }
        public long RawStart { get; set; }
        public long RawEnd { get; set; }
        public long TriggerStart { get; set; }
        public long TriggerEnd { get; set; }
        public long RawTriggerStart { get; set; }
        public long RawTriggerEnd { get; set; }
        public string Evidence { get; set; } = "";
        public string? DateStart { get; set; }
        public string? DateEnd { get; set; }
        public long? TimePrecision { get; set; }
        public string EventType { get; set; } = "";
        public string SubEventType { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Actor1 { get; set; }
        public string? Actor1Id { get; set; }
        public string? Actor2 { get; set; }
        public string? Actor2Id { get; set; }
        public string AssocActors { get; set; } = "[]";
        public string? Country { get; set; }
        public string? Admin1 { get; set; }
        public string? Admin2 { get; set; }
        public string? Location { get; set; }
        public string? PlaceId { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public long? GeoPrecision { get; set; }
        public long? Fatalities { get; set; }
        public string Counts { get; set; } = "{}";
        public string CountQualifiers { get; set; } = "{}";
        public long Hedged { get; set; }
        public string Hedges { get; set; } = "[]";
        public string? ClaimedBy { get; set; }
        public long Background { get; set; }
        public double Confidence { get; set; }
        public string? EventId { get; set; }
        public string Sources { get; set; } = "{}";
    }
}
