using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Synthetic;
using Sitrep.Core.Text;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Ingest on every core with batched storage: the store ends up as one document after the other would leave it,
/// outcomes come in input order, and one bad document in a batch fails alone.
/// </summary>
public sealed class ParallelIngestTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    /// <summary>Generated reports as files, with a copy of one (same bytes, another name) and an empty file among them.</summary>
    private string WriteCorpus(int documents)
    {
        var generator = new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = 7 };
        var i = 0;
        string? first = null;
        foreach (var d in generator.Generate(documents))
        {
            var path = _cli.Write($"corpus/{i:D3}-{d.Name}", d.Text);
            first ??= path;
            i++;
        }
        File.Copy(first!, Path.Combine(_cli.Dir, "corpus", "011-copy-of-first.txt"));
        _cli.Write("corpus/006-empty.txt", "");
        return Path.Combine(_cli.Dir, "corpus");
    }

    /// <summary>The reference: each file read, extracted and added on its own, in the order ingest walks them, then linking.</summary>
    private static async Task SequentialIngestAsync(string folder, string db)
    {
        await using var store = await SqliteEventStore.OpenAsync(db);
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            Document doc;
            try { doc = loader.Load(path); }
            catch (DocumentReadException) { continue; }
            await store.AddDocumentAsync(doc, EventExtraction.Default.Run(doc).Events);
        }
        await EventLinking.RunAsync(store, CancellationToken.None);
    }

    private sealed record StoreContents(List<string> Documents, List<string> Mentions, List<string> Events);

    private static async Task<StoreContents> ReadAsync(string db)
    {
        await using var store = await SqliteEventStore.OpenAsync(db);
        var docs = (await store.ListDocumentsAsync()).Select(d => (d with { IngestedAt = default }).ToString()).ToList();
        var texts = new List<string>();
        foreach (var d in await store.ListDocumentsAsync()) texts.Add((await store.GetDocumentAsync(d.Id))!.Text);
        var linked = await store.ListMentionsForLinkingAsync();
        // Mentions with every field; events as the sets of mentions (document, position) linked together.
        var mentions = linked.Select(m =>
            $"{m.Stored.DocumentId}#{m.Stored.Ordinal} {m.Stored.RawTrigger} {JsonSerializer.Serialize(m.Stored.Mention with { EventId = null })}").ToList();
        // Event ids and confidences must agree too, not only which mentions go together.
        var events = linked.Where(m => m.Link is not null).GroupBy(m => m.Link!.EventId)
            .Select(g => g.Key + ": " + string.Join(" ", g.Select(m => $"{m.Stored.DocumentId}#{m.Stored.Ordinal}@{m.Link!.Confidence}")
                .Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        return new StoreContents([.. docs, .. texts], mentions, events);
    }

    [Fact]
    public async Task Parallel_batched_ingest_stores_the_same_documents_mentions_and_events_as_one_by_one()
    {
        var folder = WriteCorpus(24);
        var sequentialDb = Path.Combine(_cli.Dir, "sequential.db");
        var parallelDb = Path.Combine(_cli.Dir, "parallel.db");
        await SequentialIngestAsync(folder, sequentialDb);

        var err = new StringWriter();
        var ctx = new CliContext(new StringWriter(), err, interactive: false);
        // Small batches and more workers than cores: several batch boundaries, workers finishing out of order.
        var summary = await IngestCommand.RunAsync(ctx, [folder], parallelDb,
            store => new ParallelIngest(store) { Workers = 3, BatchDocuments = 4 }, CancellationToken.None);

        Assert.Equal((24, 1, 1), (summary.Added, summary.Unchanged, summary.Failed));
        var expected = await ReadAsync(sequentialDb);
        var actual = await ReadAsync(parallelDb);
        Assert.Equal(2 * 24, expected.Documents.Count); // 24 documents, each listed and with its text
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.NotEmpty(expected.Mentions);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.NotEmpty(expected.Events);
        Assert.Equal(expected.Events, actual.Events);
    }

    [Fact]
    public async Task Ingest_also_links_the_mentions_an_earlier_run_stored_without_linking()
    {
        var folder = WriteCorpus(12);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var db = Path.Combine(_cli.Dir, "resumed.db");
        // An earlier run stored the first report and stopped before linking: its mentions are unlinked, and this run
        // does not hold them.
        var loader = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default);
        var first = loader.Load(files[0]);
        var firstEvents = EventExtraction.Default.Run(first).Events;
        Assert.NotEmpty(firstEvents);
        await using (var store = await SqliteEventStore.OpenAsync(db))
            await store.AddDocumentAsync(first, firstEvents);

        var ctx = new CliContext(new StringWriter(), new StringWriter(), interactive: false);
        var summary = await IngestCommand.RunAsync(ctx, [folder], db, CancellationToken.None);

        Assert.Equal(2, summary.Unchanged); // the first report, and its copy under another name
        await using var check = await SqliteEventStore.OpenAsync(db);
        Assert.Empty(await check.ListUnlinkedMentionsAsync());
        var all = await check.ListMentionsForLinkingAsync();
        Assert.Equal(summary.Events + firstEvents.Count, all.Count);
        Assert.Equal(all.Count, summary.Linking!.Linked);
        // The same store built in one sequential pass links the same way.
        var reference = Path.Combine(_cli.Dir, "reference.db");
        await SequentialIngestAsync(folder, reference);
        Assert.Equal((await ReadAsync(reference)).Events, (await ReadAsync(db)).Events);
    }

    [Fact]
    public async Task Outcomes_are_reported_in_input_order_with_failures_in_place()
    {
        var folder = WriteCorpus(14);
        var run = await _cli.RunWithDbAsync("ingest", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("14 added, 1 unchanged, 1 failed", run.Out);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var progress = run.ErrLines.Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(files.Count, progress.Count);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.StartsWith($"[{i + 1}/{files.Count}] ", progress[i]);
            Assert.EndsWith(" " + files[i], progress[i]);
            var expected = Path.GetFileName(files[i]) switch
            {
                "006-empty.txt" => "failed",
                "011-copy-of-first.txt" => "unchanged",
                _ => "added (",
            };
            Assert.Contains($"] {expected}", progress[i]);
        }
        var error = Assert.Single(run.ErrLines, l => l.StartsWith("sitrep: error:"));
        Assert.Contains("006-empty.txt", error);
    }

    [Fact]
    public async Task A_bad_document_in_a_batch_fails_alone_and_is_named()
    {
        var db = Path.Combine(_cli.Dir, "batch.db");
        await using var store = await SqliteEventStore.OpenAsync(db);
        var docs = Enumerable.Range(0, 7).Select(i => Doc($"Report {i}: shelling hit the market in Hit.")).ToList();
        // Document 3's mention points past the end of its text: the store refuses it, and so the batch it is in.
        var inputs = docs.Select((d, i) => new PreparedInput($"in/report-{i}.txt", d, i == 3 ? [BadMention(d)] : [], null))
            .Append(PreparedInput.Failed("in/unreadable.txt", "in/unreadable.txt: cannot read: gone"))
            .ToList();

        var outcomes = new List<(int Index, IngestOutcome Outcome)>();
        await new ParallelIngest(store) { Workers = 2, BatchDocuments = 5 }.RunAsync(inputs, input => input,
            (label, e) => $"{label}: could not be processed ({e.GetType().Name}: {e.Message})",
            (i, o) => outcomes.Add((i, o)), CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 8), outcomes.Select(o => o.Index));
        for (var i = 0; i < 7; i++)
            Assert.Equal(i == 3 ? null : AddResult.Added, outcomes[i].Outcome.Result);
        Assert.StartsWith("in/report-3.txt: could not be processed (ArgumentException", outcomes[3].Outcome.Error);
        Assert.Equal("failed", outcomes[3].Outcome.Status);
        Assert.Equal("in/unreadable.txt: cannot read: gone", outcomes[7].Outcome.Error);
        Assert.Equal(docs.Where((_, i) => i != 3).Select(d => d.FileName), (await store.ListDocumentsAsync()).Select(d => d.FileName));
    }

    private static Document Doc(string text) => new()
    {
        Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)),
        FileName = text[..8].Replace(' ', '-').Replace(':', '-') + ".txt",
        Kind = DocumentKind.Article,
        Format = "text",
        RawText = text,
        Text = text,
        Map = OffsetMap.Identity(text.Length),
    };

    private static EventMention BadMention(Document d) => new()
    {
        DocumentId = d.Id,
        Span = new TextSpan(0, d.Text.Length + 10),
        RawSpan = new TextSpan(0, d.Text.Length),
        Evidence = d.Text,
        EventType = "Explosions/Remote violence",
        SubEventType = "Shelling/artillery/missile attack",
        Kind = "shelling",
        Confidence = 0.5,
    };
}
