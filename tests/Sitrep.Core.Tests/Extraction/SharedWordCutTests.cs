using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>
/// Extraction reuses the annotator's cut of a text into words while its thread still holds it, and cuts again when it
/// does not: the events are the same either way.
/// </summary>
public sealed class SharedWordCutTests
{
    private static readonly string ReportText = ExtractionKit.Report(
        "1 Jun 25: Militants attacked a checkpoint near Tarmiyah. Gunmen killed two soldiers of the Iraqi Army at a checkpoint north of Baghdad on June 25.",
        "2 Jun 27: Protesters gathered in Basra. Hundreds of residents protested power cuts in Basra and Nasiriyah on June 27; police arrested four.");

    private static (Document Doc, Sitrep.Core.Segmentation.DocumentSegments Segments) Load(string text)
    {
        var doc = DocumentPipeline.Default.Build(new RawDocument { FileName = "t.txt", Format = "text", Text = text, Published = ExtractionKit.Published }, "id");
        return (doc, DocumentPipeline.Default.Segment(doc));
    }

    private static string[] Describe(IEnumerable<EventMention> events) =>
        events.Select(e => $"{e.Span} {e.Trigger} {e.EventType}/{e.SubEventType} {e.Date} {e.Actor1?.Name} {e.Location.Name} {e.Fatalities}").ToArray();

    [Fact]
    public void Events_are_the_same_with_the_annotators_cut_and_without_it()
    {
        var (doc, segments) = Load(ReportText);
        var notes = Annotator.Default.Annotate(doc, segments);
        Assert.NotNull(notes.WordsOf(doc.Text));
        var shared = EventExtractor.Default.Extract(doc, segments, notes);

        // Another document annotated on this thread since: the first one's cut is gone, and extraction cuts again.
        var (other, otherSegments) = Load("Gunmen attacked a checkpoint in Mosul on June 26, 2020.");
        Annotator.Default.Annotate(other, otherSegments);
        Assert.Null(notes.WordsOf(doc.Text));
        var recut = EventExtractor.Default.Extract(doc, segments, notes);

        Assert.NotEmpty(shared);
        Assert.Equal(Describe(recut), Describe(shared));
    }

    [Fact]
    public void Another_thread_never_reads_this_threads_cut()
    {
        var (doc, segments) = Load(ReportText);
        var notes = Annotator.Default.Annotate(doc, segments);
        RegionWordsSeen? seen = null;
        var thread = new Thread(() => seen = new RegionWordsSeen(notes.WordsOf(doc.Text) is not null));
        thread.Start();
        thread.Join();
        Assert.False(seen!.Value.Found);
        Assert.NotNull(notes.WordsOf(doc.Text));
    }

    private readonly record struct RegionWordsSeen(bool Found);
}
