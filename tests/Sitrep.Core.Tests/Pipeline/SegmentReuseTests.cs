using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>Extraction asks for the segments of a document the pipeline has just built: it gets the ones the build found,
/// which are exactly what segmenting again would give; a document whose text or map changed is segmented anew.</summary>
public sealed class SegmentReuseTests
{
    private const string Report = "Situation Report: March 3-9, 2021\n\n1 Mar 4: Rockets hit a base. Two soldiers were hurt.\n\n" +
        "2 Mar 6: Protesters gathered in Basra. Police dispersed them.\n";

    private static DocumentSegments Fresh(Document doc) =>
        new DocumentSegmenter().Segment(new NormalisedText(doc.RawText, doc.Text, doc.Map, []));

    [Fact]
    public void A_built_document_gets_the_segments_its_build_found()
    {
        var pipeline = new DocumentPipeline(new TextNormaliser(), new CountingSegmenter(), new Sitrep.Core.Metadata.DocumentMetadataDetector());
        var doc = pipeline.Build(new RawDocument { FileName = "r.txt", Format = "text", Text = Report }, "id");
        var segments = pipeline.Segment(doc);

        Assert.Equal(1, ((CountingSegmenter)pipeline.Segmenter).Calls);
        var fresh = Fresh(doc);
        Assert.Equal(fresh.Sentences, segments.Sentences);
        Assert.Equal(fresh.Items.Select(i => (i.Number, i.Span, i.RawSpan)), segments.Items.Select(i => (i.Number, i.Span, i.RawSpan)));
        Assert.Equal(2, segments.Items.Count);
    }

    [Fact]
    public void A_document_with_another_text_or_map_is_segmented_again()
    {
        var pipeline = new DocumentPipeline(new TextNormaliser(), new CountingSegmenter(), new Sitrep.Core.Metadata.DocumentMetadataDetector());
        var doc = pipeline.Build(new RawDocument { FileName = "r.txt", Format = "text", Text = Report }, "id");
        var counter = (CountingSegmenter)pipeline.Segmenter;

        var shifted = "\n" + doc.Text;
        var other = doc with { Text = shifted, RawText = shifted, Map = OffsetMap.Identity(shifted.Length) };
        Assert.Equal(Fresh(other).Sentences, pipeline.Segment(other).Sentences);
        Assert.Equal(2, counter.Calls);

        var remapped = doc with { Map = OffsetMap.Identity(doc.Text.Length) };
        pipeline.Segment(remapped);
        Assert.Equal(3, counter.Calls);
    }

    private sealed class CountingSegmenter : ISegmenter
    {
        private readonly DocumentSegmenter _inner = new();
        public int Calls { get; private set; }

        public DocumentSegments Segment(NormalisedText text)
        {
            Calls++;
            return _inner.Segment(text);
        }
    }
}
