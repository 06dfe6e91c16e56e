using Sitrep.Core.Model;

namespace Sitrep.Storage;

/// <summary>
/// Where documents (and later events) are kept. Backend-neutral on purpose: the SQLite store and the
/// PostgreSQL store implement the same contract, so nothing here may mention a provider's types.
/// </summary>
public interface IEventStore : IDisposable, IAsyncDisposable
{
    /// <summary>Brings the schema up to date. Running it again is a no-op; a database written by a newer
    /// Sitrep throws <see cref="SchemaVersionException"/>.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>Stores a document atomically. Idempotent on <see cref="Document.Id"/> (the content hash):
    /// a document already stored is left exactly as it was, timestamps included.</summary>
    Task<AddResult> AddDocumentAsync(Document document, CancellationToken ct = default);

    /// <summary>All documents, in ingest order, without their texts.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken ct = default);

    /// <summary>
    /// Finds a document by exact id, by a unique id prefix of at least <see cref="DocumentLookup.MinPrefixLength"/>
    /// characters, or by file name. Returns null when nothing matches; throws <see cref="AmbiguousDocumentException"/>
    /// when a prefix or file name matches several documents.
    /// </summary>
    Task<Document?> GetDocumentAsync(string idOrFileName, CancellationToken ct = default);

    /// <summary>Full-text search over title and normalised text, best first. The query is plain words (all must
    /// occur; a trailing * makes a prefix); search syntax characters in it are treated as text, never as operators.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken ct = default);

    Task<long> CountDocumentsAsync(CancellationToken ct = default);
}

public enum AddResult
{
    Added,
    AlreadyStored,
}

/// <summary>A stored document without its texts, for listings.</summary>
/// <param name="TextLength">Length of the normalised text in UTF-16 code units (the unit every span offset uses).</param>
public sealed record DocumentSummary(
    string Id,
    string FileName,
    DocumentKind Kind,
    string? Title,
    string? Source,
    DateOnly? Published,
    DateRange? Period,
    string Format,
    int TextLength,
    DateTimeOffset IngestedAt);

/// <summary>One search result. <see cref="Snippet"/> is an excerpt with each match between
/// <see cref="MatchStart"/> and <see cref="MatchEnd"/>; <see cref="Rank"/> is higher for better matches
/// and only comparable within one result list.</summary>
public sealed record SearchHit(string DocumentId, string FileName, string? Title, string Snippet, double Rank)
{
    // Not '[' or '<': brackets occur in report text and angle brackets invite HTML injection in the UI.
    public const string MatchStart = "\u00AB"; // «
    public const string MatchEnd = "\u00BB";   // »
}

public static class DocumentLookup
{
    /// <summary>Shorter prefixes of a 32-hex-digit id collide too easily to be useful.</summary>
    public const int MinPrefixLength = 6;
}

/// <summary>A lookup that matches several documents; the caller should ask again with one of <see cref="CandidateIds"/>.</summary>
public sealed class AmbiguousDocumentException(string query, IReadOnlyList<(string Id, string FileName)> candidates)
    : InvalidOperationException(
        $"'{query}' matches {candidates.Count} documents: " +
        string.Join(", ", candidates.Select(c => $"{c.Id} ({c.FileName})")) + ". Use the id instead.")
{
    public string Query { get; } = query;
    public IReadOnlyList<string> CandidateIds { get; } = candidates.Select(c => c.Id).ToArray();
}

/// <summary>The database's schema does not match what this build knows, typically because a newer Sitrep wrote it.</summary>
public sealed class SchemaVersionException(string message) : InvalidOperationException(message);
