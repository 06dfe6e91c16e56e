using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Core.Extraction;

/// <summary>
/// Writes event mentions as the event record of the evaluation format (one JSON object per line, fields in a fixed
/// order, spans in the original text). <c>doc</c> is the file name, or the id the input gave.
/// </summary>
public static class EventRecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII stays readable (Kata’ib); JSON escaping still applies to quotes and control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(EventMention e, string doc)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options)) Write(w, e, doc);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, EventMention e, string doc)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        w.WriteString("doc", doc);
        if (e.Item is { } item) w.WriteNumber("item", item); else w.WriteNull("item");
        w.WriteStartObject("span");
        w.WriteNumber("start", e.RawSpan.Start);
        w.WriteNumber("end", e.RawSpan.End);
        w.WriteEndObject();
        w.WriteString("evidence", e.Evidence);
        WriteDate(w, "date_start", e.Date?.Start);
        WriteDate(w, "date_end", e.Date?.End);
        if (e.TimePrecision is { } tp) w.WriteNumber("time_precision", (int)tp); else w.WriteNull("time_precision");
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        w.WriteString("kind", e.Kind);
        WriteActor(w, "actor1", e.Actor1);
        WriteActor(w, "actor2", e.Actor2);
        w.WriteStartArray("assoc_actors");
        foreach (var a in e.AssocActors) w.WriteStringValue(a.Name);
        w.WriteEndArray();
        var loc = e.Location;
        WriteString(w, "country", loc.Country);
        WriteString(w, "admin1", loc.Admin1);
        WriteString(w, "admin2", loc.Admin2);
        WriteString(w, "location", loc.Name);
        WriteNumber(w, "latitude", loc.Latitude);
        WriteNumber(w, "longitude", loc.Longitude);
        WriteNumber(w, "geo_precision", loc.GeoPrecision);
        WriteNumber(w, "fatalities", e.Fatalities);
        w.WriteStartObject("counts");
        foreach (var (k, v) in e.Counts) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteStartObject("count_qualifiers");
        foreach (var (k, v) in e.CountQualifiers) w.WriteString(k, v);
        w.WriteEndObject();
        w.WriteBoolean("hedged", e.Hedged);
        WriteString(w, "claimed_by", e.ClaimedBy);
        w.WriteBoolean("background", e.Background);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        WriteString(w, "event_id", e.EventId);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a is null) w.WriteNull(name); else w.WriteString(name, a.Name);
    }

    private static void WriteString(Utf8JsonWriter w, string name, string? v)
    {
        if (v is null) w.WriteNull(name); else w.WriteString(name, v);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } d) w.WriteNumber(name, d); else w.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? v)
    {
        if (v is { } d) w.WriteNumber(name, d); else w.WriteNull(name);
    }
}
