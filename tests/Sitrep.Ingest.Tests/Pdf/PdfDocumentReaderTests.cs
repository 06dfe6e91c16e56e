using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Pdf;

namespace Sitrep.Ingest.Tests.Pdf;

public class PdfDocumentReaderTests
{
    private readonly PdfDocumentReader _reader = new();

    [Fact]
    public void Lines_of_a_block_are_joined_by_newlines_and_title_and_date_come_from_the_info_dictionary()
    {
        var pdf = TestPdfs.SingleColumn("Weekly Iraq Update", "D:20240308093000+03'00'",
            ["On 2 March gunmen attacked a checkpoint", "near Tarmiyah, killing one policeman."]);

        var doc = _reader.Read("update.pdf", pdf);

        Assert.Equal("On 2 March gunmen attacked a checkpoint\nnear Tarmiyah, killing one policeman.", doc.Text);
        Assert.Equal("pdf", doc.Format);
        Assert.Equal("Weekly Iraq Update", doc.Title);
        Assert.Equal(new DateOnly(2024, 3, 8), doc.Published);
    }

    [Fact]
    public void Missing_info_dictionary_fields_stay_null()
    {
        var doc = _reader.Read("bare.pdf", TestPdfs.SingleColumn(null, null, ["Quiet day in Najaf."]));

        Assert.Null(doc.Title);
        Assert.Null(doc.Published);
    }

    [Fact]
    public void Pages_are_separated_by_a_blank_line_without_form_feeds()
    {
        var pdf = TestPdfs.SingleColumn(null, null, ["Page one: Fallujah market reopened."], ["Page two: curfew lifted in Samarra."]);

        var doc = _reader.Read("two.pdf", pdf);

        Assert.Equal("Page one: Fallujah market reopened.\n\nPage two: curfew lifted in Samarra.", doc.Text);
        Assert.DoesNotContain('\f', doc.Text);
    }

    [Fact]
    public void Two_columns_are_read_left_column_first_even_when_drawn_row_by_row()
    {
        string[] left =
        [
            "Left one: on 4 March a mortar round hit",
            "Left two: the outskirts of Baqubah and",
            "Left three: damaged a school building.",
            "Left four: no injuries were reported.",
        ];
        string[] right =
        [
            "Right one: on 6 March police in Basra",
            "Right two: arrested three suspects",
            "Right three: linked to a smuggling ring",
            "Right four: operating near Umm Qasr.",
        ];

        var doc = _reader.Read("columns.pdf", TestPdfs.TwoColumns(left, right));

        Assert.Equal(string.Join("\n", left) + "\n\n" + string.Join("\n", right), doc.Text);
    }

    [Fact]
    public void Heading_comes_first_then_each_column_paragraph_by_paragraph()
    {
        string[] left =
        [
            "Anbar: tribal fighters repelled an attack", "on a police post near Rutba on 1 March.", "",
            "Diyala: a farmer was killed by an old", "landmine outside Khanaqin on 2 March.",
        ];
        string[] right =
        [
            "Salah ad-Din: airstrikes hit caves in", "the Makhoul mountains on 3 March.", "",
            "Ninewa: a car bomb was defused at a", "checkpoint in Hammam al-Alil.",
        ];

        var doc = _reader.Read("weekly.pdf", TestPdfs.TwoColumns(left, right, heading: "Weekly Security Summary, 1-7 March"));

        Assert.Equal(
            "Weekly Security Summary, 1-7 March\n\n" +
            "Anbar: tribal fighters repelled an attack\non a police post near Rutba on 1 March.\n\n" +
            "Diyala: a farmer was killed by an old\nlandmine outside Khanaqin on 2 March.\n\n" +
            "Salah ad-Din: airstrikes hit caves in\nthe Makhoul mountains on 3 March.\n\n" +
            "Ninewa: a car bomb was defused at a\ncheckpoint in Hammam al-Alil.",
            doc.Text);
    }

    [Fact]
    public void A_page_without_text_is_reported_as_scanned()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("scan.pdf", TestPdfs.NoText()));

        Assert.Equal("no text layer (scanned PDF?)", e.Message);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("locked.pdf", TestPdfs.Encrypted()));

        Assert.Equal("encrypted PDF (password protected)", e.Message);
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_malformed()
    {
        var junk = new byte[4096];
        new Random(11).NextBytes(junk);
        byte[] content = [.. "%PDF-1.7\n"u8, .. junk];

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("junk.pdf", content));

        Assert.StartsWith("malformed PDF: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_malformed()
    {
        var pdf = TestPdfs.SingleColumn("Cut short", null, ["Clashes in Sinjar on 7 March."]);

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("cut.pdf", pdf[..(pdf.Length / 3)]));

        Assert.StartsWith("malformed PDF: ", e.Message);
    }

    [Fact]
    public void A_file_without_a_pdf_header_is_malformed()
    {
        var e = Assert.Throws<DocumentReadException>(() =>
            _reader.Read("notes.pdf", Encoding.ASCII.GetBytes("just some notes about Karbala")));

        Assert.Equal("malformed PDF: no %PDF header", e.Message);
    }
}
