using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest.Text;

/// <summary>Reads plain-text and Markdown files, keeping the decoded text exactly (only a BOM is removed).</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".md"];

    public RawDocument Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
            throw new DocumentReadException("empty file");

        var decoded = TextDecoder.Decode(content);
        if (BinaryContentCheck.LooksBinary(content, decoded))
            throw new DocumentReadException("binary content, not text");
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new DocumentReadException("no text content");

        return new RawDocument
        {
            FileName = fileName,
            Format = "text",
            Text = decoded.Text,
            Diagnostics = decoded.Note is null ? [] : [new Diagnostic(IngestDiagnostics.Stage, "warning", decoded.Note)],
        };
    }
}
