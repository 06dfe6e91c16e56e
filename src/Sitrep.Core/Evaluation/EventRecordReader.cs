using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// Reads event records from JSON lines (the output of <c>sitrep extract</c>, or any tool's predictions). Missing fields
/// and nulls are accepted; a value of the wrong JSON type is an error naming the line, rather than a silent mismatch.
/// </summary>
public static class EventRecordReader
{
    public static List<EventRecord> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Blank lines are skipped. Throws <see cref="FormatException"/> "line N: problem".</summary>
    public static List<EventRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<EventRecord>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { records.Add(Parse(line)); }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"line {lineNo}: {e.Message}", e);
            }
        }
        return records;
    }

    public static EventRecord Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var o = doc.RootElement;
        if (o.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
        int? start = null, end = null;
        if (Get(o, "span") is { } span)
        {
            if (span.ValueKind != JsonValueKind.Object) throw new FormatException("'span' is not an object");
            start = Int(span, "start");
            end = Int(span, "end");
        }
        return new EventRecord
        {
            Doc = DocId(o),
            Item = Int(o, "item"),
            SpanStart = start,
            SpanEnd = end,
            DateStart = Str(o, "date_start"),
            DateEnd = Str(o, "date_end"),
            EventType = Str(o, "event_type"),
            SubEventType = Str(o, "sub_event_type"),
            Actor1 = Str(o, "actor1"),
            Admin1 = Str(o, "admin1"),
            Latitude = Num(o, "latitude"),
            Longitude = Num(o, "longitude"),
            Fatalities = Num(o, "fatalities"),
            EventId = Str(o, "event_id"),
        };
    }

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    internal static JsonElement? Get(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    internal static string? Str(JsonElement o, string name) => Get(o, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw new FormatException($"'{name}' is not a string"),
    };

    internal static double? Num(JsonElement o, string name) => Get(o, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        _ => throw new FormatException($"'{name}' is not a number"),
    };

    private static int? Int(JsonElement o, string name) => Get(o, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
        _ => throw new FormatException($"'{name}' is not an integer"),
    };

    /// <summary>score.py keys documents by <c>str(doc)</c>: a GTD row number may come as 5 or "5".</summary>
    private static string? DocId(JsonElement o) => Get(o, "doc") switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => throw new FormatException("'doc' is not a string or number"),
    };
}
