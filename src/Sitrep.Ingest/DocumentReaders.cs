using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Pdf;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest;

/// <summary>Picks the reader for a file by its extension and applies the checks every format shares.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
            foreach (var ext in reader.Extensions)
                _byExtension[ext] = reader;
        SupportedExtensions = [.. _byExtension.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>All built-in readers: text, PDF and HTML.</summary>
    public static DocumentReaders CreateDefault() =>
        new([new TextDocumentReader(), new PdfDocumentReader(), new HtmlDocumentReader()]);

    /// <summary>A shared instance of <see cref="CreateDefault"/> (the readers keep no state).</summary>
    public static DocumentReaders Default { get; } = CreateDefault();

    /// <summary>Lower-case extensions with the dot, sorted.</summary>
    public IReadOnlyList<string> SupportedExtensions { get; }

    public bool IsSupported(string path) => _byExtension.ContainsKey(System.IO.Path.GetExtension(path));

    /// <summary>The reader for a file name or path, or null when the extension is not supported.</summary>
    public IDocumentReader? ForFile(string path) =>
        _byExtension.GetValueOrDefault(System.IO.Path.GetExtension(path));

    /// <summary>Reads a file from disk. Throws <see cref="DocumentReadException"/> naming the problem.</summary>
    public RawDocument ReadFile(string path) => ReadFileUnlessKnown(path, null)!;

    /// <summary>
    /// Reads a file from disk unless its content is already known: <paramref name="isKnown"/> is asked with the content
    /// hash before the file is parsed, and null is returned when it says yes (a re-run of ingest over a folder skips what
    /// it stored before without parsing it again). Throws <see cref="DocumentReadException"/> naming the problem.
    /// </summary>
    public RawDocument? ReadFileUnlessKnown(string path, Func<string, bool>? isKnown)
    {
        var reader = ReaderFor(path);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (Directory.Exists(path))
                throw new DocumentReadException("is a directory, not a file");
            if (!info.Exists)
                throw new DocumentReadException("file not found");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"cannot open file: {e.Message}", e);
        }
        CheckSize(info.Length);

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"cannot read file: {e.Message}", e);
        }
        var hash = Core.Pipeline.ContentHash.Of(content);
        if (isKnown?.Invoke(hash) == true) return null;
        return reader.Read(info.Name, content) with { ContentHash = hash, Path = info.FullName };
    }

    /// <summary>Reads bytes already in memory (e.g. a download); the file name picks the reader.</summary>
    public RawDocument Read(string fileName, byte[] content) => Read(ReaderFor(fileName), fileName, content);

    private static RawDocument Read(IDocumentReader reader, string fileName, byte[] content)
    {
        CheckSize(content.LongLength);
        return reader.Read(fileName, content) with { ContentHash = Core.Pipeline.ContentHash.Of(content) };
    }

    private IDocumentReader ReaderFor(string path)
    {
        var reader = ForFile(path);
        if (reader is not null)
            return reader;
        var ext = System.IO.Path.GetExtension(path);
        var shown = ext.Length == 0 ? "unsupported file type (no extension)" : $"unsupported file type '{ext}'";
        throw new DocumentReadException($"{shown} (expected {string.Join(", ", SupportedExtensionsForMessage)})");
    }

    // The message lists the common extensions, not every alias (.text, .md).
    private IEnumerable<string> SupportedExtensionsForMessage =>
        new[] { ".txt", ".pdf", ".html", ".htm" }.Where(_byExtension.ContainsKey)
            .Concat(SupportedExtensions.Where(e => e is not (".txt" or ".pdf" or ".html" or ".htm" or ".text" or ".md")));

    private static void CheckSize(long bytes)
    {
        if (bytes == 0)
            throw new DocumentReadException("empty file");
        if (bytes > Limits.MaxFileBytes)
        {
            // Rounded up so a file just over the limit never reads as "50 MB, over the 50 MB limit".
            var mb = Math.Ceiling(bytes / (1024.0 * 1024.0) * 10) / 10;
            var limit = Limits.MaxFileBytes / (1024 * 1024);
            throw new DocumentReadException(
                $"file is {mb.ToString("0.#", CultureInfo.InvariantCulture)} MB, over the {limit} MB limit");
        }
    }
}
