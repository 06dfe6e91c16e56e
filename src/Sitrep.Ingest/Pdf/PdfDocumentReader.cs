using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Sitrep.Ingest.Pdf;

/// <summary>Reads a PDF's text layer in reading order (blocks "\n\n" apart, pages too) plus its info-dictionary title and date.</summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public RawDocument Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
            throw new DocumentReadException("empty file");
        if (!PdfErrors.HasHeader(content))
            throw new DocumentReadException("malformed PDF: no %PDF header");

        try
        {
            using var pdf = PdfDocument.Open(content, Options);
            var diagnostics = new List<Diagnostic>();
            var text = ReadPages(pdf, diagnostics);
            if (text.Length == 0)
                throw new DocumentReadException("no text layer (scanned PDF?)");

            return new RawDocument
            {
                FileName = fileName,
                Format = "pdf",
                Text = text,
                Title = PdfMetadata.Title(pdf),
                Published = PdfMetadata.Created(pdf),
                Diagnostics = diagnostics,
            };
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException("encrypted PDF (password protected)", e);
        }
        catch (Exception e) when (PdfErrors.IsParseFailure(e))
        {
            throw new DocumentReadException($"malformed PDF: {PdfErrors.ShortReason(e)}", e);
        }
    }

    private static string ReadPages(PdfDocument pdf, List<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            IReadOnlyList<string> blocks;
            try
            {
                blocks = PdfPageText.Blocks(pdf.GetPage(number));
            }
            catch (Exception e) when (PdfErrors.IsParseFailure(e) && pdf.NumberOfPages > 1)
            {
                // One broken page should not cost the rest of a long report.
                diagnostics.Add(new Diagnostic(IngestDiagnostics.Stage, "warning",
                    $"page {number} skipped: {PdfErrors.ShortReason(e)}"));
                continue;
            }
            foreach (var block in blocks)
            {
                if (text.Length > 0)
                    text.Append("\n\n");
                text.Append(block);
            }
        }
        return text.ToString();
    }
}
