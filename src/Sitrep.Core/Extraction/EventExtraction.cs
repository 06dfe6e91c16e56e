using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Extraction;

/// <summary>Everything extraction produced for one document, with the intermediate results it rests on.</summary>
public sealed record ExtractedDocument(Document Document, DocumentSegments Segments, DocumentAnnotations Annotations,
    IReadOnlyList<EventMention> Events);

/// <summary>
/// The stages from a reader's output to event mentions, in their fixed order: normalise, segment, describe (the
/// document pipeline), recognise (the annotator), extract. Stateless and thread-safe.
/// </summary>
public sealed class EventExtraction(DocumentPipeline pipeline, Annotator annotator, EventExtractor extractor)
{
    private static readonly Lazy<EventExtraction> Shared =
        new(() => new EventExtraction(DocumentPipeline.Default, Annotator.Default, EventExtractor.Default));

    public static EventExtraction Default => Shared.Value;

    public DocumentPipeline Pipeline { get; } = pipeline;

    public ExtractedDocument Run(RawDocument raw, string id)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return Run(Pipeline.Build(raw, id));
    }

    public ExtractedDocument Run(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var segments = Pipeline.Segment(doc);
        var notes = annotator.Annotate(doc, segments);
        return new ExtractedDocument(doc, segments, notes, extractor.Extract(doc, segments, notes));
    }
}
