using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest;

/// <summary>From a file to a <see cref="Document"/>: the reader for its type, then the pipeline; the id is the content hash.</summary>
public sealed class DocumentLoader(DocumentReaders readers, DocumentPipeline pipeline)
{
    /// <summary>Reads and prepares one file. Throws <see cref="DocumentReadException"/> naming the problem.</summary>
    public Document Load(string path) => Build(readers.ReadFile(path));

    /// <summary>
    /// Reads and prepares one file, unless <paramref name="isKnown"/> says its content hash (the document id) is already
    /// stored: then null, and the file is neither parsed nor prepared.
    /// </summary>
    public Document? LoadUnlessKnown(string path, Func<string, bool> isKnown) =>
        readers.ReadFileUnlessKnown(path, isKnown) is { } raw ? Build(raw) : null;

    /// <summary>Bytes already in memory (an upload, a download); the file name picks the reader.</summary>
    public Document Load(string fileName, byte[] bytes) => Build(readers.Read(fileName, bytes));

    private Document Build(RawDocument raw) => pipeline.Build(raw, raw.ContentHash);
}
