using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Storage.Tests;

public class DocumentTests
{
    // Raw text as a PDF reader might give it (a broken ligature, a word hyphenated across a line), and its repair.
    private const string Raw = "Weekly note\nA \uFFFDeld hospital in Sam-\narra reported two injured.";
    private const string Text = "Weekly note\nA field hospital in Samarra reported two injured.";

    private static Document Full()
    {
        var map = new List<int>();
        for (var i = 0; i < 14; i++) map.Add(i);      // "Weekly note\nA "
        map.Add(14); map.Add(14);                     // "fi" both from the U+FFFD
        for (var i = 15; i < 31; i++) map.Add(i);     // "eld hospital in "
        map.AddRange([31, 32, 33]);                   // "Sam"
        for (var i = 36; i < Raw.Length; i++) map.Add(i); // skip "-\n"
        map.Add(Raw.Length);
        Assert.Equal(Text.Length + 1, map.Count);

        return new Document
        {
            Id = Docs.Hash(Raw),
            FileName = "weekly-note.pdf",
            Path = "/reports/2024/weekly-note.pdf",
            Url = "https://example.org/weekly-note.pdf",
            Source = "Example Monitoring Group",
            Kind = DocumentKind.SituationReport,
            Title = "Weekly note",
            Byline = "Desk Officer",
            Published = new DateOnly(2024, 2, 9),
            Period = new DateRange(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 8)),
            Format = "pdf",
            RawText = Raw,
            Text = Text,
            Map = new OffsetMap(map.ToArray()),
            Diagnostics =
            [
                new Diagnostic("normalise", "info", "Repaired 1 ligature; joined 1 hyphenated word."),
                new Diagnostic("segment", "warning", "No \"key takeaway\" found — using the first paragraph."),
            ],
        };
    }

    [Fact]
    public async Task Every_field_round_trips()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Full();

        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc));
        var back = await store.GetDocumentAsync(doc.Id);

        Assert.NotNull(back);
        Assert.Equal(doc.Id, back.Id);
        Assert.Equal(doc.FileName, back.FileName);
        Assert.Equal(doc.Path, back.Path);
        Assert.Equal(doc.Url, back.Url);
        Assert.Equal(doc.Source, back.Source);
        Assert.Equal(doc.Kind, back.Kind);
        Assert.Equal(doc.Title, back.Title);
        Assert.Equal(doc.Byline, back.Byline);
        Assert.Equal(doc.Published, back.Published);
        Assert.Equal(doc.Period, back.Period);
        Assert.Equal(doc.Format, back.Format);
        Assert.Equal(doc.RawText, back.RawText);
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(doc.Map.RawOffsets.ToArray(), back.Map.RawOffsets.ToArray());
        Assert.Equal(doc.Diagnostics, back.Diagnostics);
        // The stored map still does its job: "Samarra" maps back across the dropped hyphen.
        var samarra = new TextSpan(Text.IndexOf("Samarra", StringComparison.Ordinal), Text.IndexOf("Samarra", StringComparison.Ordinal) + 7);
        var raw = back.Map.ToRaw(samarra);
        Assert.Equal("Sam-\narra", Raw[raw.Start..raw.End]);
    }

    [Fact]
    public async Task Optional_fields_left_empty_round_trip_as_null()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Docs.Make("Short text with nothing else known about it.");
        await store.AddDocumentAsync(doc);
        var back = await store.GetDocumentAsync(doc.Id);
        Assert.NotNull(back);
        Assert.Null(back.Title);
        Assert.Null(back.Published);
        Assert.Null(back.Period);
        Assert.Empty(back.Diagnostics);
    }

    [Fact]
    public async Task Re_adding_the_same_content_changes_nothing()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero));
        await using var store = await db.MigratedStoreAsync(clock);
        var doc = Full();

        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc));
        var before = Assert.Single(await store.ListDocumentsAsync());

        clock.Now = clock.Now.AddHours(5);
        // Same content (same hash) arriving under another name changes nothing either.
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(doc with { FileName = "copy.pdf" }));
        Assert.Equal(AddResult.AlreadyStored, await store.AddDocumentAsync(doc));

        Assert.Equal(1, await store.CountDocumentsAsync());
        var after = Assert.Single(await store.ListDocumentsAsync());
        Assert.Equal(before, after);
        Assert.Equal(new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero), after.IngestedAt);
    }

    [Fact]
    public async Task List_gives_summaries_in_ingest_order()
    {
        using var db = new TempDatabase();
        var clock = new ManualClock(new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero));
        await using var store = await db.MigratedStoreAsync(clock);
        var full = Full();
        var plain = Docs.Make("A brief second note about a checkpoint.", "second.txt", "Second", DocumentKind.Brief);
        await store.AddDocumentAsync(full);
        clock.Now = clock.Now.AddMinutes(1);
        await store.AddDocumentAsync(plain);

        var list = await store.ListDocumentsAsync();
        Assert.Equal(2, list.Count);
        Assert.Equal(
            new DocumentSummary(full.Id, "weekly-note.pdf", DocumentKind.SituationReport, "Weekly note", "Example Monitoring Group",
                new DateOnly(2024, 2, 9), full.Period, "pdf", Text.Length, new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero)),
            list[0]);
        Assert.Equal(plain.Id, list[1].Id);
        Assert.Equal(DocumentKind.Brief, list[1].Kind);
        Assert.Null(list[1].Period);
        Assert.Equal(2, await store.CountDocumentsAsync());
    }

    [Fact]
    public async Task A_map_that_does_not_fit_the_text_is_refused_before_writing()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Docs.Make("Twelve chars") with { Map = OffsetMap.Identity(5) };
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddDocumentAsync(doc));
        Assert.Equal(0, await store.CountDocumentsAsync());
    }
}
