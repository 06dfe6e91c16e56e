using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Tests.Text;

public class TextDocumentReaderTests
{
    private const string Report = "Mosul, 3 March: a roadside bomb struck a patrol near Badush.\r\nTwo soldiers were wounded.\n";
    private readonly TextDocumentReader _reader = new();

    [Fact]
    public void Utf8_is_kept_exactly_including_crlf_and_non_ascii()
    {
        var text = "Erbil — 4 March: «drone» attack at Harir base.\r\nNo casualties; Arabic name: أربيل\n";

        var doc = _reader.Read("week.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, doc.Text);
        Assert.Equal("text", doc.Format);
        Assert.Equal("week.txt", doc.FileName);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Utf8_bom_is_stripped_and_nothing_else()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Report)).ToArray();

        var doc = _reader.Read("week.txt", bytes);

        Assert.Equal(Report, doc.Text);
        Assert.Equal('M', doc.Text[0]);
    }

    [Fact]
    public void Utf16_le_with_bom_is_decoded_and_not_taken_for_binary()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Report)).ToArray();

        var doc = _reader.Read("week.txt", bytes);

        Assert.Equal(Report, doc.Text);
    }

    [Fact]
    public void Utf16_be_and_utf32_boms_are_honoured()
    {
        var be = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var utf32 = new UTF32Encoding(bigEndian: false, byteOrderMark: true);

        Assert.Equal(Report, _reader.Read("a.txt", be.GetPreamble().Concat(be.GetBytes(Report)).ToArray()).Text);
        Assert.Equal(Report, _reader.Read("b.txt", utf32.GetPreamble().Concat(utf32.GetBytes(Report)).ToArray()).Text);
    }

    [Fact]
    public void Windows_1252_bytes_fall_back_with_a_diagnostic()
    {
        // "Ramadi's café" with 0x92 (right single quote) and 0xE9 (é): invalid as UTF-8.
        byte[] bytes = [.. "Ramadi"u8, 0x92, .. "s caf"u8, 0xE9, .. " closed on 5 March."u8];

        var doc = _reader.Read("old.txt", bytes);

        Assert.Equal("Ramadi\u2019s caf\u00e9 closed on 5 March.", doc.Text);
        var diagnostic = Assert.Single(doc.Diagnostics);
        Assert.Contains("Windows-1252", diagnostic.Message);
    }

    [Fact]
    public void Binary_junk_renamed_to_txt_is_refused()
    {
        var junk = new byte[2048];
        new Random(7).NextBytes(junk);

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("image.txt", junk));

        Assert.Equal("binary content, not text", e.Message);
    }

    [Fact]
    public void Nul_bytes_in_an_8_bit_file_mean_binary()
    {
        var bytes = Encoding.ASCII.GetBytes("Kirkuk report header\0\0\0\u0001 more");

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("x.txt", bytes));

        Assert.Equal("binary content, not text", e.Message);
    }

    [Fact]
    public void Many_control_characters_mean_binary_but_tabs_and_form_feeds_do_not()
    {
        var controls = Encoding.ASCII.GetBytes("ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef\u0007");
        var tabbed = "Date\tPlace\tEvent\f\n5 Mar\tHit\tIED\f\n6 Mar\tBaiji\tRaid\t\t\n";

        Assert.Throws<DocumentReadException>(() => _reader.Read("x.txt", controls));
        Assert.Equal(tabbed, _reader.Read("table.txt", Encoding.ASCII.GetBytes(tabbed)).Text);
    }

    [Fact]
    public void Empty_content_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("empty.txt", []));

        Assert.Equal("empty file", e.Message);
    }

    [Theory]
    [InlineData(" \r\n\t \n")]
    [InlineData("\uFEFF   ")]
    public void Whitespace_only_is_refused(string content)
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read("blank.txt", Encoding.UTF8.GetBytes(content)));

        Assert.Equal("no text content", e.Message);
    }

    [Fact]
    public void Takes_txt_text_and_md()
    {
        Assert.Equal([".txt", ".text", ".md"], _reader.Extensions);
    }
}
