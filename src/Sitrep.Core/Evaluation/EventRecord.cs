using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// The fields of one event record (shared/eval/README.md) that scoring reads. Absent and null fields are null.
/// <see cref="Fatalities"/> is a double because score.py compares JSON numbers as Python does (3.0 == 3).
/// </summary>
public sealed record EventRecord
{
    /// <summary>The document: file name, or the id the input gave (a GTD row number).</summary>
    public string? Doc { get; init; }
    public int? Item { get; init; }
    /// <summary>[start, end) in the original text; null when the record has none (score.py then reads -1).</summary>
    public int? SpanStart { get; init; }
    public int? SpanEnd { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Actor1 { get; init; }
    public string? Admin1 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Fatalities { get; init; }
    public string? EventId { get; init; }

    /// <summary>The record <c>sitrep extract</c> would write for <paramref name="e"/>, without the JSON round trip.</summary>
    public static EventRecord From(EventMention e, string doc)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventRecord
        {
            Doc = doc,
            Item = e.Item,
            SpanStart = e.RawSpan.Start,
            SpanEnd = e.RawSpan.End,
            DateStart = Iso(e.Date?.Start),
            DateEnd = Iso(e.Date?.End),
            EventType = e.EventType,
            SubEventType = e.SubEventType,
            Actor1 = e.Actor1?.Name,
            Admin1 = e.Location.Admin1,
            Latitude = e.Location.Latitude,
            Longitude = e.Location.Longitude,
            Fatalities = e.Fatalities,
            EventId = e.EventId,
        };
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Records by document, in input order; records without a document belong to none.</summary>
    internal static Dictionary<string, List<EventRecord>> ByDoc(IEnumerable<EventRecord> records)
    {
        var byDoc = new Dictionary<string, List<EventRecord>>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.Doc is null) continue;
            if (!byDoc.TryGetValue(r.Doc, out var list)) byDoc[r.Doc] = list = [];
            list.Add(r);
        }
        return byDoc;
    }
}
