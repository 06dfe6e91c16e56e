using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sitrep.Ingest.Tests.Pdf;

/// <summary>Builds small PDFs for the tests with PdfPig's writer (Helvetica, no embedded fonts).</summary>
internal static class TestPdfs
{
    public const double FontSize = 10;
    public const double LineGap = 13;

    /// <summary>One page per entry; each page's lines drawn top-down at the left margin.</summary>
    public static byte[] SingleColumn(string? title, string? creationDate, params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
            builder.DocumentInformation.Title = title;
        if (creationDate is not null)
            builder.DocumentInformation.CreationDate = creationDate;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
                page.AddText(lines[i], FontSize, new PdfPoint(60, 780 - i * LineGap), font);
        }
        return builder.Build();
    }

    /// <summary>
    /// A two-column page drawn row by row (left line, then right line), so drawing order interleaves the columns and
    /// only a geometric reading order keeps them apart.
    /// </summary>
    /// <param name="heading">Optional full-width heading above both columns, in 16 pt bold.</param>
    /// <param name="left">Left column lines; an empty string leaves a blank line (a paragraph gap).</param>
    /// <param name="right">Right column lines, likewise.</param>
    public static byte[] TwoColumns(string[] left, string[] right, string? heading = null)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        if (heading is not null)
            page.AddText(heading, 16, new PdfPoint(50, 810), builder.AddStandard14Font(Standard14Font.HelveticaBold));
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var y = 780 - i * LineGap;
            if (i < left.Length && left[i].Length > 0)
                page.AddText(left[i], FontSize, new PdfPoint(50, y), font);
            if (i < right.Length && right[i].Length > 0)
                page.AddText(right[i], FontSize, new PdfPoint(320, y), font);
        }
        return builder.Build();
    }

    /// <summary>A page with only a filled rectangle: what a scan without OCR looks like to a text extractor.</summary>
    public static byte[] NoText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, fill: true);
        return builder.Build();
    }

    /// <summary>
    /// A valid PDF whose trailer declares Standard-handler encryption with a user-password hash that the empty
    /// password does not match: readers must ask for a password.
    /// </summary>
    public static byte[] Encrypted()
    {
        var plain = Encoding.Latin1.GetString(SingleColumn(null, null, ["Secret convoy schedule for Tikrit"]));
        var trailer = plain.LastIndexOf("trailer", StringComparison.Ordinal);
        var dict = plain.IndexOf("<<", trailer, StringComparison.Ordinal);
        var hash = new string('A', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{hash}> /U <{new string('7', 64)}> >> " +
                      "/ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        // The trailer follows the xref table, so inserting here moves no object offsets.
        return Encoding.Latin1.GetBytes(plain.Insert(dict + 2, " " + encrypt));
    }
}
