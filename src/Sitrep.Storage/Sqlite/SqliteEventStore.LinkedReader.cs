using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

// The linking run's reads (ListUnlinkedMentionsAsync, ListLinkedMentionsAsync) hold every new mention at once: on a
// large run, Dapper's mapping (every column boxed through GetValue, then converted) cost more than SQLite's reading.
// These reads fill one LinkedRow with typed getters instead and convert it with the same ToLinked as the other reads.
public sealed partial class SqliteEventStore
{
    /// <summary>
    /// How each column of <see cref="LinkedColumns"/> is read, by its alias (the row's property name). Every column is
    /// assigned on every row, so the one row can be reused: ToLinked copies what it keeps.
    /// </summary>
    private static readonly (string Column, Action<SqliteDataReader, int, LinkedRow> Read)[] LinkedReads =
    [
        (nameof(LinkedRow.Id), static (d, i, r) => r.Id = d.GetInt64(i)),
        (nameof(LinkedRow.DocumentId), static (d, i, r) => r.DocumentId = d.GetString(i)),
        (nameof(LinkedRow.FileName), static (d, i, r) => r.FileName = d.GetString(i)),
        (nameof(LinkedRow.Ordinal), static (d, i, r) => r.Ordinal = d.GetInt64(i)),
        (nameof(LinkedRow.Item), static (d, i, r) => r.Item = Int(d, i)),
        (nameof(LinkedRow.SpanStart), static (d, i, r) => r.SpanStart = d.GetInt64(i)),
        (nameof(LinkedRow.SpanEnd), static (d, i, r) => r.SpanEnd = d.GetInt64(i)),
        (nameof(LinkedRow.RawStart), static (d, i, r) => r.RawStart = d.GetInt64(i)),
        (nameof(LinkedRow.RawEnd), static (d, i, r) => r.RawEnd = d.GetInt64(i)),
        (nameof(LinkedRow.TriggerStart), static (d, i, r) => r.TriggerStart = d.GetInt64(i)),
        (nameof(LinkedRow.TriggerEnd), static (d, i, r) => r.TriggerEnd = d.GetInt64(i)),
        (nameof(LinkedRow.RawTriggerStart), static (d, i, r) => r.RawTriggerStart = d.GetInt64(i)),
        (nameof(LinkedRow.RawTriggerEnd), static (d, i, r) => r.RawTriggerEnd = d.GetInt64(i)),
        (nameof(LinkedRow.Evidence), static (d, i, r) => r.Evidence = d.GetString(i)),
        (nameof(LinkedRow.DateStart), static (d, i, r) => r.DateStart = Text(d, i)),
        (nameof(LinkedRow.DateEnd), static (d, i, r) => r.DateEnd = Text(d, i)),
        (nameof(LinkedRow.TimePrecision), static (d, i, r) => r.TimePrecision = Int(d, i)),
        (nameof(LinkedRow.EventType), static (d, i, r) => r.EventType = d.GetString(i)),
        (nameof(LinkedRow.SubEventType), static (d, i, r) => r.SubEventType = d.GetString(i)),
        (nameof(LinkedRow.Kind), static (d, i, r) => r.Kind = d.GetString(i)),
        (nameof(LinkedRow.Actor1), static (d, i, r) => r.Actor1 = Text(d, i)),
        (nameof(LinkedRow.Actor1Id), static (d, i, r) => r.Actor1Id = Text(d, i)),
        (nameof(LinkedRow.Actor2), static (d, i, r) => r.Actor2 = Text(d, i)),
        (nameof(LinkedRow.Actor2Id), static (d, i, r) => r.Actor2Id = Text(d, i)),
        (nameof(LinkedRow.AssocActors), static (d, i, r) => r.AssocActors = d.GetString(i)),
        (nameof(LinkedRow.Country), static (d, i, r) => r.Country = Text(d, i)),
        (nameof(LinkedRow.Admin1), static (d, i, r) => r.Admin1 = Text(d, i)),
        (nameof(LinkedRow.Admin2), static (d, i, r) => r.Admin2 = Text(d, i)),
        (nameof(LinkedRow.Location), static (d, i, r) => r.Location = Text(d, i)),
        (nameof(LinkedRow.PlaceId), static (d, i, r) => r.PlaceId = Text(d, i)),
        (nameof(LinkedRow.Latitude), static (d, i, r) => r.Latitude = Real(d, i)),
        (nameof(LinkedRow.Longitude), static (d, i, r) => r.Longitude = Real(d, i)),
        (nameof(LinkedRow.GeoPrecision), static (d, i, r) => r.GeoPrecision = Int(d, i)),
        (nameof(LinkedRow.Fatalities), static (d, i, r) => r.Fatalities = Int(d, i)),
        (nameof(LinkedRow.Counts), static (d, i, r) => r.Counts = d.GetString(i)),
        (nameof(LinkedRow.CountQualifiers), static (d, i, r) => r.CountQualifiers = d.GetString(i)),
        (nameof(LinkedRow.Hedged), static (d, i, r) => r.Hedged = d.GetInt64(i)),
        (nameof(LinkedRow.Hedges), static (d, i, r) => r.Hedges = d.GetString(i)),
        (nameof(LinkedRow.ClaimedBy), static (d, i, r) => r.ClaimedBy = Text(d, i)),
        (nameof(LinkedRow.Background), static (d, i, r) => r.Background = d.GetInt64(i)),
        (nameof(LinkedRow.Confidence), static (d, i, r) => r.Confidence = d.GetDouble(i)),
        (nameof(LinkedRow.EventId), static (d, i, r) => r.EventId = Text(d, i)),
        (nameof(LinkedRow.Sources), static (d, i, r) => r.Sources = d.GetString(i)),
        (nameof(LinkedRow.Publisher), static (d, i, r) => r.Publisher = Text(d, i)),
        (nameof(LinkedRow.Published), static (d, i, r) => r.Published = Text(d, i)),
        (nameof(LinkedRow.PeriodStart), static (d, i, r) => r.PeriodStart = Text(d, i)),
        (nameof(LinkedRow.PeriodEnd), static (d, i, r) => r.PeriodEnd = Text(d, i)),
        (nameof(LinkedRow.LinkEventId), static (d, i, r) => r.LinkEventId = Text(d, i)),
        (nameof(LinkedRow.LinkConfidence), static (d, i, r) => r.LinkConfidence = Real(d, i)),
        (nameof(LinkedRow.LinkOrigin), static (d, i, r) => r.LinkOrigin = Text(d, i)),
    ];

    private static string? Text(SqliteDataReader d, int i) => d.IsDBNull(i) ? null : d.GetString(i);

    private static long? Int(SqliteDataReader d, int i) => d.IsDBNull(i) ? null : d.GetInt64(i);

    private static double? Real(SqliteDataReader d, int i) => d.IsDBNull(i) ? null : d.GetDouble(i);

    /// <summary>
    /// Mentions for linking, which keeps them all: rows are mapped as they are read (no buffered list of raw rows
    /// beside the mentions) and their repeated values share one string each.
    /// </summary>
    private static async Task<List<LinkedMention>> ReadLinkedAsync(SqliteConnection connection, string sql,
        IReadOnlyList<(string Name, object Value)> args, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue("@" + name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        // Columns are bound by name once per query, so the SELECT's order does not matter; a column missing from it, or
        // one it has that nothing here reads, is an error at once rather than a field silently left empty.
        if (reader.FieldCount != LinkedReads.Length)
            throw new InvalidOperationException($"The linking read selects {reader.FieldCount} columns; {LinkedReads.Length} are read.");
        var ordinals = LinkedReads.Select(c => reader.GetOrdinal(c.Column)).ToArray();
        var pool = new StringPool();
        var row = new LinkedRow();
        var result = new List<LinkedMention>();
        while (await reader.ReadAsync(ct))
        {
            for (var c = 0; c < ordinals.Length; c++) LinkedReads[c].Read(reader, ordinals[c], row);
            result.Add(ToLinked(row, pool));
        }
        return result;
    }
}
