namespace Sitrep.Core.Model;

/// <summary>What a reader returns: the text in reading order plus whatever metadata the format itself carried.</summary>
public sealed record RawDocument
{
    public required string FileName { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    /// <summary>text, pdf or html.</summary>
    public required string Format { get; init; }
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public string? SiteName { get; init; }
    public DateOnly? Published { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    /// <summary>Content hash of the bytes read (see <see cref="Pipeline.ContentHash"/>); the document's id.</summary>
    public string ContentHash { get; init; } = "";
}
