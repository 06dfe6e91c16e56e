using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads a saved web page: the main article text (SmartReader), or the body minus page chrome when no article is
/// found, plus title, byline, date and site name from the page.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public RawDocument Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
            throw new DocumentReadException("empty file");

        var decoded = HtmlDecoder.Decode(content);
        var diagnostics = new List<Diagnostic>();
        if (decoded.Note is not null)
            diagnostics.Add(new Diagnostic(IngestDiagnostics.Stage, "warning", decoded.Note));

        var page = new HtmlParser().ParseDocument(decoded.Text);
        var meta = HtmlMetadata.From(page);
        var article = ArticleExtractor.TryExtract(decoded.Text, meta.Url, diagnostics);

        var text = article?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = BodyText(page);
            if (article is not null)
                diagnostics.Add(new Diagnostic(IngestDiagnostics.Stage, "info", "no main article found; used the page body"));
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new DocumentReadException("no text content");

        var siteName = meta.SiteName ?? article?.SiteName;
        return new RawDocument
        {
            FileName = fileName,
            Url = meta.Url,
            Format = "html",
            Text = text,
            Title = TitleCleaner.StripSiteName(article?.Title ?? meta.Title, siteName),
            Byline = Byline.Clean(meta.Byline ?? article?.Byline),
            SiteName = siteName,
            Published = meta.Published ?? article?.Published,
            Diagnostics = diagnostics,
        };
    }

    private static string BodyText(IDocument page) =>
        page.Body is null ? "" : HtmlPlainText.Extract(page.Body, HtmlPlainText.PageChrome);
}
