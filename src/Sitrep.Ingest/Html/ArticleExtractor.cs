using AngleSharp.Html.Parser;
using Sitrep.Core.Model;

namespace Sitrep.Ingest.Html;

/// <summary>What SmartReader found as the page's main article, its content already turned into plain text.</summary>
public sealed record ExtractedArticle(string Text, string? Title, string? Byline, string? SiteName, DateOnly? Published);

/// <summary>Runs SmartReader (readability) and converts the article HTML to paragraphs of plain text.</summary>
public static class ArticleExtractor
{
    /// <summary>SmartReader needs an absolute URI; a local file has none, so a placeholder host is used.</summary>
    private const string PlaceholderUrl = "https://localhost/document.html";

    /// <returns>The article, or null when SmartReader finds none or fails (the caller then reads the body).</returns>
    public static ExtractedArticle? TryExtract(string html, string? url, List<Diagnostic> diagnostics)
    {
        SmartReader.Article article;
        try
        {
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : PlaceholderUrl;
            article = new SmartReader.Reader(uri, html).GetArticle();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            diagnostics.Add(new Diagnostic(IngestDiagnostics.Stage, "warning", $"article extraction failed: {e.Message}"));
            return null;
        }
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            return null;

        var content = new HtmlParser().ParseDocument(article.Content);
        var text = content.Body is null ? "" : HtmlPlainText.Extract(content.Body);
        return new ExtractedArticle(
            text,
            NullIfBlank(article.Title),
            NullIfBlank(article.Byline) ?? NullIfBlank(article.Author),
            NullIfBlank(article.SiteName),
            article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
