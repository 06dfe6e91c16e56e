using Sitrep.Core.Extraction;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>
/// Runs a short text written for one rule through the real pipeline (normalise, segment, recognise, extract). Texts are
/// invented for these tests; names, places and dates are real so the registry and gazetteer resolve them.
/// </summary>
internal static class ExtractionKit
{
    public static readonly DateOnly Published = new(2020, 7, 1);

    public static ExtractedDocument RunDocument(string text) =>
        EventExtraction.Default.Run(new RawDocument { FileName = "t.txt", Format = "text", Text = text, Published = Published }, "id");

    public static IReadOnlyList<EventMention> Run(string text) => RunDocument(text).Events;

    /// <summary>
    /// A weekly situation report for June 24-30, 2020 in the layout the item parser reads: a title with the period, a
    /// key takeaway, then numbered items "N Mon D: Headline. Body." separated by blank lines.
    /// </summary>
    public static string Report(params string[] items) =>
        "Iraq Situation Report: June 24-30, 2020\n\n" +
        "Key Takeaway: Security forces in Iraq had a busy week and militias answered in their usual way.\n\n" +
        string.Join("\n\n", items) + "\n";

    public static DateRange Day(int month, int day) => new(new DateOnly(2020, month, day), new DateOnly(2020, month, day));

    /// <summary>The trigger word(s) of an event, as they stand in the normalised text.</summary>
    public static string TriggerText(ExtractedDocument doc, EventMention e) => e.Trigger.Slice(doc.Document.Text).ToString();
}
