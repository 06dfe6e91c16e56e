using System.Text;
using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// The figures of score.py's row modes (gtd, acled): how many rows got at least one prediction, and per attribute how
/// many rows some prediction got right. <see cref="Mode"/> is "gtd" or "acled".
/// </summary>
public sealed record RowScore(string Mode, int Rows, int Found, IReadOnlyList<AttributeScore> Attributes)
{
    public double FoundRatio => PyFormat.Ratio(Found, Rows);

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append($"rows {Rows}, with at least one event: {PyFormat.Pct(Found, Rows)}\n");
        ScoreOutput.AttributeLines(sb, Attributes);
        sb.Append($"{Mode.ToUpperInvariant()} found={PyFormat.Fixed(FoundRatio, 2)} {ScoreOutput.SummaryPairs(Attributes)}\n");
        return sb.ToString();
    }

    public string ToJson() => ScoreOutput.Json(WriteJson);

    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("mode", Mode);
        w.WriteNumber("rows", Rows);
        w.WriteNumber("found", Found);
        w.WriteNumber("found_ratio", FoundRatio);
        ScoreOutput.WriteAttributes(w, Attributes);
        w.WriteEndObject();
    }
}

/// <summary>One attribute check of a row mode: right (true), wrong (false), or not applicable to this row (null).</summary>
internal delegate bool? RowCheck<in TRow>(TRow row, IReadOnlyList<EventRecord> predictions);

/// <summary>score.py's <c>score_rows</c> and <c>best_geo</c>, shared by the GTD and ACLED scorers.</summary>
internal static class RowScorer
{
    public static RowScore Score<TRow>(string mode, IReadOnlyList<TRow> rows, Func<TRow, int, string> key,
        IEnumerable<EventRecord> predictions, IReadOnlyList<(string Name, RowCheck<TRow> Check)> fields)
    {
        var byDoc = EventRecord.ByDoc(predictions);
        var tally = new AttributeTally();
        var found = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            IReadOnlyList<EventRecord> ps = byDoc.TryGetValue(key(rows[i], i), out var list) ? list : [];
            if (ps.Count > 0) found++;
            foreach (var (name, check) in fields)
                if (check(rows[i], ps) is { } ok) tally.Add(name, ok);
        }
        return new RowScore(mode, rows.Count, found, tally.Scores());
    }

    /// <summary>
    /// Some predicted point within 25 km of the row's; null when the row has no coordinates. Like score.py a row's
    /// coordinates are strings, empty when unknown; predictions missing either coordinate are left out.
    /// </summary>
    public static bool? BestGeo(string? latitude, string? longitude, IReadOnlyList<EventRecord> ps)
    {
        if (string.IsNullOrEmpty(latitude)) return null;
        var points = ps.Where(p => p.Latitude is not null && p.Longitude is not null).ToList();
        if (points.Count == 0) return false;
        var (lat, lon) = (PyFloat(latitude), PyFloat(longitude));
        return points.Min(p => Haversine.Km(lat, lon, p.Latitude!.Value, p.Longitude!.Value)) <= 25;
    }

    /// <summary>Python's <c>float(s)</c> for the numbers a CSV holds; throws <see cref="FormatException"/> as Python raises ValueError.</summary>
    public static double PyFloat(string? s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw new FormatException($"not a number: '{s}'");
}
