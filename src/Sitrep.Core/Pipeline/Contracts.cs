using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>Reads one file format into text in reading order. Throws <see cref="DocumentReadException"/> on bad input.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader takes, lower-case with the dot.</summary>
    IReadOnlyCollection<string> Extensions { get; }
    RawDocument Read(string fileName, byte[] content);
}

/// <summary>A document that cannot be read; the message names the problem (the caller adds the file).</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);
