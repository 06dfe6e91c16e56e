using UglyToad.PdfPig;

namespace Sitrep.Ingest.Pdf;

/// <summary>Title and creation date from the PDF info dictionary, when present and sensible.</summary>
internal static class PdfMetadata
{
    public static string? Title(PdfDocument pdf)
    {
        var title = pdf.Information.Title?.Trim();
        return string.IsNullOrEmpty(title) ? null : title;
    }

    public static DateOnly? Created(PdfDocument pdf)
    {
        try
        {
            // The date as written in the file (its own offset), not converted to this machine's zone.
            return pdf.Information.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.DateTime) : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }
}
