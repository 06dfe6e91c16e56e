using System.Globalization;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Metadata the page states about itself in its head (Open Graph, article:*, meta name=...) or in &lt;time&gt;.</summary>
public sealed record HtmlMetadata(string? Title, string? SiteName, string? Byline, DateOnly? Published, string? Url)
{
    public static HtmlMetadata From(IDocument document) => new(
        Title: Meta(document, "og:title") ?? Clean(document.Title),
        SiteName: Meta(document, "og:site_name") ?? Meta(document, "application-name"),
        Byline: Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "byl"),
        Published: PublishedDate(document),
        Url: Clean(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Meta(document, "og:url"));

    private static DateOnly? PublishedDate(IDocument document)
    {
        string?[] candidates =
        [
            Meta(document, "article:published_time"),
            Meta(document, "datePublished"),
            Meta(document, "date"),
            Meta(document, "dc.date"),
            .. document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")),
        ];
        return candidates.Select(ParseDate).FirstOrDefault(d => d is not null);
    }

    /// <summary>Reads an ISO date or timestamp, keeping the calendar date as written (no time-zone shift).</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
            return date;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
            ? DateOnly.FromDateTime(dto.DateTime)
            : null;
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
