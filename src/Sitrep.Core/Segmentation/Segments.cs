using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>A sentence; <see cref="Span"/> is in the normalised text.</summary>
public readonly record struct Sentence(TextSpan Span);

/// <summary>
/// A numbered item of a situation report ("5 Jun 25-26: Headline. Body"). Spans are in the normalised text;
/// <see cref="RawSpan"/> and friends are the same ranges in the original (raw) text.
/// </summary>
public sealed record SitrepItem
{
    public required int Number { get; init; }
    public required string DateText { get; init; }
    public required string Headline { get; init; }
    public required string Body { get; init; }
    public required TextSpan Span { get; init; }
    public required TextSpan DateSpan { get; init; }
    public required TextSpan HeadlineSpan { get; init; }
    public required TextSpan BodySpan { get; init; }
    public required TextSpan RawSpan { get; init; }
    public required TextSpan RawDateSpan { get; init; }
    public required TextSpan RawHeadlineSpan { get; init; }
    public required TextSpan RawBodySpan { get; init; }
}

/// <summary>A section of an index page: a heading naming a period, and its summary paragraph(s).</summary>
public sealed record IndexSection(string Heading, TextSpan HeadingSpan, TextSpan BodySpan);

/// <summary>The structure found in one normalised document.</summary>
public sealed record DocumentSegments
{
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    /// <summary>The "Key Takeaway" paragraph (normalised span), if any.</summary>
    public TextSpan? KeyTakeaway { get; init; }
    /// <summary>Numbered items in number order.</summary>
    public required IReadOnlyList<SitrepItem> Items { get; init; }
    public IReadOnlyList<IndexSection> Sections { get; init; } = [];
}
