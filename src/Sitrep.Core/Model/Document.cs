using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>What a document is, as far as extraction cares: a numbered weekly report reads differently from an article.</summary>
public enum DocumentKind
{
    Article,
    SituationReport,
    Brief,
    IndexPage,
}

/// <summary>A closed range of days (a reporting period, or when an event happened).</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public override string ToString() => Start == End ? Start.ToString("yyyy-MM-dd") : $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

/// <summary>
/// One ingested source. <see cref="RawText"/> is the text as read (decoded file, PDF words in reading order, or
/// HTML main content) and never changes; <see cref="Text"/> is the normalised text, mapped back by <see cref="Map"/>.
/// </summary>
public sealed record Document
{
    /// <summary>Content hash (SHA-256 of the file bytes, lower-case hex, first 16 bytes).</summary>
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    /// <summary>Publisher or site, where the document says it (e.g. "Institute for the Study of War").</summary>
    public string? Source { get; init; }
    public required DocumentKind Kind { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateOnly? Published { get; init; }
    public DateRange? Period { get; init; }
    /// <summary>text, pdf or html.</summary>
    public required string Format { get; init; }
    public required string RawText { get; init; }
    public required string Text { get; init; }
    public required OffsetMap Map { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>Something a stage noticed about a document without failing it (Benthos-style), kept with the document.</summary>
public sealed record Diagnostic(string Stage, string Severity, string Message);
