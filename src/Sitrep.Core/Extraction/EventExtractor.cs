using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Segmentation;

namespace Sitrep.Core.Extraction;

/// <summary>From a document's sentences and mentions to event mentions.</summary>
public sealed class EventExtractor
{
    public static EventExtractor Default { get; } = new();

    public IReadOnlyList<EventMention> Extract(Document doc, DocumentSegments segments, DocumentAnnotations notes) => [];
}
