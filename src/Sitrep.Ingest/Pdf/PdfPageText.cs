using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// One page's text in reading order. page.Text glues lines and the default word extractor interleaves columns, so
/// words are grouped into blocks (Docstrum) and the blocks ordered column-wise by geometry, not by drawing order.
/// </summary>
public static class PdfPageText
{
    private static readonly UnsupervisedReadingOrderDetector ReadingOrder =
        new(5, UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, useRenderingOrder: false);

    /// <summary>Blocks in reading order; each block's lines joined by "\n". Empty when the page has no text.</summary>
    public static IReadOnlyList<string> Blocks(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        if (words.Count == 0)
            return [];

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        return ReadingOrder.Get(blocks)
            .OrderBy(b => b.ReadingOrder)
            .Select(BlockText)
            .Where(t => t.Length > 0)
            .ToList();
    }

    private static string BlockText(TextBlock block) =>
        string.Join("\n", block.TextLines.Select(l => string.Join(" ", l.Words.Select(w => w.Text))).Where(l => l.Length > 0));
}
