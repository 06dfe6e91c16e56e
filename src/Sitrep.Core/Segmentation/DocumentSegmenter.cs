using Sitrep.Core.Normalisation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Core.Segmentation;

/// <summary>Finds sentences, the key takeaway, numbered items and index sections of one normalised document.</summary>
public sealed class DocumentSegmenter(SentenceSplitter splitter, SitrepItemParser itemParser) : ISegmenter
{
    public DocumentSegmenter() : this(new SentenceSplitter()) { }

    public DocumentSegmenter(SentenceSplitter splitter) : this(splitter, new SitrepItemParser(splitter)) { }

    public DocumentSegments Segment(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        var items = itemParser.Parse(text);

        // Split region by region so that no sentence runs from one item into the next. Inside an item a blank line
        // is PDF layout (column breaks, a blank after every line), not a paragraph, so it does not end a sentence.
        var spans = new List<TextSpan>(items.Count);
        foreach (var item in items) spans.Add(item.Span);
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var sentences = new List<Sentence>();
        var cursor = 0;
        foreach (var span in spans)
        {
            if (span.Start > cursor) splitter.SplitInto(s, new TextSpan(cursor, span.Start), sentences);
            splitter.SplitInto(s, span, sentences, paragraphBreaksEnd: false);
            cursor = Math.Max(cursor, span.End);
        }
        if (cursor < s.Length) splitter.SplitInto(s, new TextSpan(cursor, s.Length), sentences);

        return new DocumentSegments
        {
            Sentences = sentences,
            KeyTakeaway = KeyTakeawayFinder.Find(s),
            Items = items,
            Sections = IndexSectionFinder.Find(s),
        };
    }
}
