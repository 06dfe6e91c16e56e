namespace Sitrep.Ingest.Html;

/// <summary>Pages put the site name into &lt;title&gt; ("Story - Site"); the document title should be the story's.</summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " » "];

    public static string? StripSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        title = title.Trim();
        if (string.IsNullOrWhiteSpace(siteName))
            return title;
        siteName = siteName.Trim();

        foreach (var sep in Separators)
        {
            var suffix = sep + siteName;
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return title[..^suffix.Length].TrimEnd();
            var prefix = siteName + sep;
            if (title.Length > prefix.Length && title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return title[prefix.Length..].TrimStart();
        }
        return title;
    }
}
