using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Tests.Pdf;

namespace Sitrep.Ingest.Tests;

public sealed class DocumentReadersTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;
    private readonly DocumentReaders _readers = DocumentReaders.Default;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Theory]
    [InlineData("a.txt", "text")]
    [InlineData("a.text", "text")]
    [InlineData("a.md", "text")]
    [InlineData("A.TXT", "text")]
    [InlineData("a.html", "html")]
    [InlineData("a.htm", "html")]
    public void Picks_the_reader_by_extension(string name, string format)
    {
        var path = Write(name, Encoding.UTF8.GetBytes("<p>Tal Afar: water supply restored on 5 March.</p>"));

        var doc = _readers.ReadFile(path);

        Assert.Equal(format, doc.Format);
        Assert.Equal(name, doc.FileName);
        Assert.Equal(path, doc.Path);
    }

    [Fact]
    public void Reads_a_pdf_file()
    {
        var path = Write("r.pdf", TestPdfs.SingleColumn(null, null, ["Sulaymaniyah: protest over salaries."]));

        var doc = _readers.ReadFile(path);

        Assert.Equal("pdf", doc.Format);
        Assert.Equal("Sulaymaniyah: protest over salaries.", doc.Text);
    }

    [Fact]
    public void A_file_whose_content_is_known_is_not_parsed()
    {
        // Not a PDF inside: parsing it fails, so a null result shows it was never parsed.
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7 this is not a PDF body at all");
        var path = Write("broken.pdf", bytes);
        var asked = new List<string>();

        Assert.Null(_readers.ReadFileUnlessKnown(path, id => { asked.Add(id); return true; }));
        Assert.Equal([ContentHash.Of(bytes)], asked);
        // Unknown content is parsed as ReadFile parses it, with the same error.
        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFileUnlessKnown(path, _ => false));
        Assert.Equal(Assert.Throws<DocumentReadException>(() => _readers.ReadFile(path)).Message, e.Message);
        var text = Write("a.txt", Encoding.UTF8.GetBytes("Kirkuk: curfew lifted on 3 May."));
        var read = _readers.ReadFileUnlessKnown(text, _ => false)!;
        var plain = _readers.ReadFile(text);
        Assert.Equal((plain.Text, plain.ContentHash, plain.Path, plain.FileName, plain.Format), (read.Text, read.ContentHash, read.Path, read.FileName, read.Format));
        Assert.Equal(ContentHash.Of(Encoding.UTF8.GetBytes("Kirkuk: curfew lifted on 3 May.")), read.ContentHash);
    }

    [Fact]
    public void Unknown_extension_names_it_and_the_expected_ones()
    {
        var path = Write("report.docx", [1, 2, 3]);

        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFile(path));

        Assert.Equal("unsupported file type '.docx' (expected .txt, .pdf, .html, .htm)", e.Message);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFile(Path.Combine(_dir, "nope.txt")));

        Assert.Equal("file not found", e.Message);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFile(Write("empty.pdf", [])));

        Assert.Equal("empty file", e.Message);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path))
            stream.SetLength(Limits.MaxFileBytes + 5 * 1024 * 1024 + 1); // sparse on Linux: cheap to make

        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFile(path));

        Assert.Equal("file is 55.1 MB, over the 50 MB limit", e.Message);
    }

    [Fact]
    public void A_directory_is_not_a_file()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "folder.txt")).FullName;

        var e = Assert.Throws<DocumentReadException>(() => _readers.ReadFile(sub));

        Assert.Equal("is a directory, not a file", e.Message);
    }

    [Fact]
    public void Reading_bytes_applies_the_same_checks()
    {
        Assert.Equal("empty file", Assert.Throws<DocumentReadException>(() => _readers.Read("x.html", [])).Message);
        Assert.StartsWith("unsupported file type '.doc'",
            Assert.Throws<DocumentReadException>(() => _readers.Read("x.doc", [65])).Message);
    }

    [Fact]
    public void Lists_supported_extensions()
    {
        Assert.Equal([".htm", ".html", ".md", ".pdf", ".text", ".txt"], _readers.SupportedExtensions);
        Assert.True(_readers.IsSupported("notes.MD"));
        Assert.False(_readers.IsSupported("notes.docx"));
    }
}
