using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Segmentation;

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

    public Document Build(RawDocument raw, string id)
    {
        var normalised = Normaliser.Normalise(raw.Text);
        var segments = Segmenter.Segment(normalised);
        var meta = metadata.Detect(raw, normalised, segments);
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
    public DocumentSegments Segment(Document doc) =>
        Segmenter.Segment(new NormalisedText(doc.RawText, doc.Text, doc.Map, []));
}
