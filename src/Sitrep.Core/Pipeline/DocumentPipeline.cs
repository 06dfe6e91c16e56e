using System.Runtime.CompilerServices;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Pipeline;

/// <summary>Finds the structure of a normalised text: sentences, key takeaway, numbered items, index sections.</summary>
public interface ISegmenter
{
    DocumentSegments Segment(NormalisedText text);
}

/// <summary>What a document is and when: detected from its text, its structure and what the reader found.</summary>
public sealed record DocumentMetadata(DocumentKind Kind, string? Title, string? Source, DateOnly? Published, DateRange? Period);

public interface IMetadataDetector
{
    DocumentMetadata Detect(RawDocument raw, NormalisedText text, DocumentSegments segments);
}

/// <summary>
/// The fixed order of stages from a reader's output to a stored <see cref="Document"/>: normalise, segment, describe.
/// Immutable and thread-safe once built; stages never reorder.
/// </summary>
public sealed class DocumentPipeline(INormaliser normaliser, ISegmenter segmenter, IMetadataDetector metadata)
{
    /// <summary>The standard stages; stateless, so one shared instance serves every thread.</summary>
    public static DocumentPipeline Default { get; } =
        new(new TextNormaliser(), new DocumentSegmenter(), new DocumentMetadataDetector());

    public INormaliser Normaliser { get; } = normaliser;
    public ISegmenter Segmenter { get; } = segmenter;

    /// <summary>The segments <see cref="Build"/> found, by the text they were found in: extraction segments the document it
    /// was just given, and would otherwise segment the same text a second time. Weak keys, so an
    /// entry lives only as long as its document's text.</summary>
    private readonly ConditionalWeakTable<string, Segmented> _segmented = new();

    private sealed record Segmented(OffsetMap Map, DocumentSegments Segments);

    public Document Build(RawDocument raw, string id)
    {
        var normalised = Normaliser.Normalise(raw.Text);
        var segments = Segmenter.Segment(normalised);
        var meta = metadata.Detect(raw, normalised, segments);
        // Segmentation reads only the text and its map, so these are the segments Segment(doc) would find again.
        _segmented.AddOrUpdate(normalised.Text, new Segmented(normalised.Map, segments));
        return new Document
        {
            Id = id,
            FileName = raw.FileName,
            Path = raw.Path,
            Url = raw.Url,
            Source = meta.Source,
            Kind = meta.Kind,
            Title = meta.Title,
            Byline = raw.Byline,
            Published = meta.Published,
            Period = meta.Period,
            Format = raw.Format,
            RawText = raw.Text,
            Text = normalised.Text,
            Map = normalised.Map,
            Diagnostics = raw.Diagnostics,
        };
    }

    /// <summary>Segments a stored document again (segmentation is cheap and deterministic, so it is not stored).</summary>
    public DocumentSegments Segment(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        // The same map too: the items' raw spans come from it.
        return _segmented.TryGetValue(doc.Text, out var found) && ReferenceEquals(found.Map, doc.Map)
            ? found.Segments
            : Segmenter.Segment(new NormalisedText(doc.RawText, doc.Text, doc.Map, []));
    }
}
