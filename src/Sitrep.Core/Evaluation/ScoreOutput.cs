using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>Pieces of the text and JSON output shared by the seed and row scores.</summary>
internal static class ScoreOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>score.py's "  {k:16s} {pct(a, b)}" lines.</summary>
    public static void AttributeLines(StringBuilder sb, IReadOnlyList<AttributeScore> attributes)
    {
        foreach (var a in attributes) sb.Append("  ").Append(a.Name.PadRight(16)).Append(' ').Append(PyFormat.Pct(a.Correct, a.Total)).Append('\n');
    }

    /// <summary>score.py's summary pairs " k=v" (ratios to 2 places), only for attributes checked at least once.</summary>
    public static string SummaryPairs(IReadOnlyList<AttributeScore> attributes) =>
        string.Join(" ", attributes.Where(a => a.Total != 0).Select(a => $"{a.Name}={PyFormat.Fixed(a.Ratio, 2)}"));

    public static void WriteAttributes(Utf8JsonWriter w, IReadOnlyList<AttributeScore> attributes)
    {
        w.WriteStartObject("attributes");
        foreach (var a in attributes)
        {
            w.WriteStartObject(a.Name);
            w.WriteNumber("correct", a.Correct);
            w.WriteNumber("total", a.Total);
            w.WriteNumber("ratio", a.Ratio);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options)) write(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
