namespace Sitrep.Ingest.Html;

/// <summary>Bylines arrive as "By Jane Doe" or with stray whitespace; keep just the names.</summary>
public static class Byline
{
    public static string? Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
            return null;
        var text = string.Join(' ', byline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            text = text[3..].TrimStart();
        return text.Length == 0 ? null : text;
    }
}
