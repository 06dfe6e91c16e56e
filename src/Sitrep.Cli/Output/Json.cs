using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Model;

namespace Sitrep.Cli.Output;

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Terminal and file output, never embedded in HTML: keep quotes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write<T>(TextWriter w, T value) => w.WriteLine(JsonSerializer.Serialize(value, Options));

    public static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}

internal sealed record SpanDto(int Start, int End);
