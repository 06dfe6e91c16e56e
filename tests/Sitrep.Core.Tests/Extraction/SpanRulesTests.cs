using Sitrep.Core.Extraction;
using static Sitrep.Core.Tests.Extraction.ExtractionKit;

namespace Sitrep.Core.Tests.Extraction;

/// <summary>Spans point into the original text, whatever normalisation changed; extraction is deterministic.</summary>
public class SpanRulesTests
{
    // A lost "ffi" ligature (U+FFFD) and a word hyphenated over a line break: normalised and raw offsets differ.
    private const string Raw =
        "Security o\uFFFDcials said the Counterterrorism Service (CTS) de-\ntained 14 Kata'ib Hezbollah members in Dora on June 27.";

    [Fact]
    public void The_raw_span_maps_to_the_original_text()
    {
        var doc = RunDocument(Raw);
        var e = Assert.Single(doc.Events);
        Assert.Equal(Raw, doc.Document.RawText);
        Assert.Contains("officials", doc.Document.Text);
        Assert.Contains("detained", doc.Document.Text);

        // Normalised span over the normalised text, raw span over the original one.
        Assert.Equal(e.Evidence, e.Span.Slice(doc.Document.Text).ToString().Trim());
        var raw = e.RawSpan.Slice(Raw).ToString();
        Assert.Contains("de-\ntained", raw);
        Assert.Contains("o\uFFFDcials", raw);
        Assert.DoesNotContain("detained", raw);

        // The trigger maps onto its raw form.
        Assert.Equal("detained", TriggerText(doc, e));
        var rawTrigger = doc.Document.Map.ToRaw(e.Trigger);
        Assert.NotEqual(e.Trigger, rawTrigger);
        Assert.Equal("de-\ntained", rawTrigger.Slice(Raw).ToString());
    }

    [Fact]
    public void The_record_writer_writes_the_raw_span()
    {
        var doc = RunDocument(Raw);
        var e = Assert.Single(doc.Events);
        using var json = System.Text.Json.JsonDocument.Parse(EventRecordWriter.ToJson(e, "t.txt"));
        var span = json.RootElement.GetProperty("span");
        Assert.Equal(e.RawSpan.Start, span.GetProperty("start").GetInt32());
        Assert.Equal(e.RawSpan.End, span.GetProperty("end").GetInt32());
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var text = Report(
            "1 Jun 25: CTS Raids Militia Site in Baghdad. The Counterterrorism Service (CTS) raided a Kata'ib Hezbollah site in Dora " +
            "and de-\ntained 14 fighters. Kata'ib Hezbollah condemned the raid on Telegram.",
            "2 Jun 26: Protests Spread Across the South. Protesters rallied in Basra, Maysan and Dhi Qar against power cuts.",
            "3 Jun 27: Rockets Hit Balad. Three rockets landed near Balad Air Base, according to the Security Media Cell. " +
            "Security o\uFFFDcials found a fourth rocket on its launcher near Dujail.") + "\n" + Raw;
        var first = Run(text).Select(e => EventRecordWriter.ToJson(e, "t.txt")).ToList();
        var second = Run(text).Select(e => EventRecordWriter.ToJson(e, "t.txt")).ToList();
        Assert.True(first.Count >= 5);
        Assert.Equal(first, second);
    }
}
