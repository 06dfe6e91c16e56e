using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core.Evaluation;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval --gold FILE --docs DIR</c> / <c>sitrep eval --gtd FILE</c>: extracts in memory (or reads <c>--pred</c>)
/// and scores exactly as shared/eval/score.py does, so the two print the same figures.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext ctx)
    {
        var gold = new Option<string?>("--gold") { Description = "seed gold annotation (seeds-gold.json)", HelpName = "FILE" };
        var docs = new Option<string?>("--docs") { Description = "folder holding the documents the gold names", HelpName = "DIR" };
        var gtd = new Option<string?>("--gtd") { Description = "GTD incidents (CSV with summary, date, state, latitude, longitude, attack_type)", HelpName = "FILE" };
        var pred = new Option<string?>("--pred")
        {
            Description = "score this prediction file (JSON lines, as 'sitrep extract' writes) instead of extracting",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Write the figures as one JSON object" };
        var cmd = new Command("eval", "Score event extraction against a gold annotation (the figures of shared/eval/score.py)")
        {
            gold, docs, gtd, pred, json,
        };
        cmd.SetAction(parse =>
        {
            var (goldPath, docsDir, gtdPath) = (parse.GetValue(gold), parse.GetValue(docs), parse.GetValue(gtd));
            var predPath = parse.GetValue(pred);
            if ((goldPath is null) == (gtdPath is null))
                throw new CliException("give either --gold FILE --docs DIR or --gtd FILE", ExitCodes.Usage);
            if (goldPath is not null && docsDir is null)
                throw new CliException("--gold needs --docs DIR (the folder with the documents it names)", ExitCodes.Usage);
            if (gtdPath is not null && docsDir is not null)
                throw new CliException("--docs goes with --gold; --gtd reads the documents from the CSV", ExitCodes.Usage);
            var predictions = predPath is null ? null : ReadPredictions(predPath);
            var asJson = parse.GetValue(json);
            if (goldPath is not null)
            {
                var score = Seeds(goldPath, docsDir!, predictions);
                if (asJson) ctx.Out.WriteLine(score.ToJson()); else ctx.Out.Write(score.ToText());
            }
            else
            {
                var score = Gtd(gtdPath!, predictions);
                if (asJson) ctx.Out.WriteLine(score.ToJson()); else ctx.Out.Write(score.ToText());
            }
            ctx.Out.Flush();
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static SeedScore Seeds(string goldPath, string docsDir, List<EventRecord>? predictions)
    {
        RequireFile(goldPath);
        SeedGold gold;
        try { gold = SeedGold.Load(goldPath); }
        catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{goldPath}: {e.Message}");
        }
        if (!Directory.Exists(docsDir)) throw new CliException($"{docsDir}: no such directory");
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in gold.Documents)
        {
            // The gold names files in the folder; a path there would read outside it.
            if (doc.Length == 0 || Path.GetFileName(doc) != doc)
                throw new CliException($"{goldPath}: document name '{doc}' is not a file name");
            var path = Path.Combine(docsDir, doc);
            if (!File.Exists(path)) throw new CliException($"{path}: no such document (named by {goldPath})");
            try { texts[doc] = GoldText.Read(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                throw new CliException($"{path}: {e.Message}");
            }
            paths[doc] = path;
        }
        ContradictionScore? contradictions = null;
        if (predictions is null)
        {
            // Extract every document, then link them as one corpus: event ids and contradictions come from linking.
            var extracted = ExtractDocuments(gold.Documents.Select(d => new Input(d, paths[d], () => DocumentReaders.Default.ReadFile(paths[d]))));
            var linked = CorpusLinker.Link(extracted, ActorRegistry.Default, out var events);
            predictions = linked.Select(m => EventRecord.From(m.Mention, m.DocName)).ToList();
            contradictions = ContradictionScorer.Score(gold, texts, events.SelectMany(e => e.Contradictions)
                .Select(c => new PredictedContradiction(c.Values.Select(v => (v.DocName, v.RawSpan.Start, v.RawSpan.End)).ToList())).ToList());
        }
        return SeedScorer.Score(gold, texts, predictions) with { Contradictions = contradictions };
    }

    private static RowScore Gtd(string gtdPath, List<EventRecord>? predictions)
    {
        RequireFile(gtdPath);
        var rows = ReadGtd(gtdPath);
        predictions ??= Extract(rows.Select((r, i) => new Input(i.ToString(CultureInfo.InvariantCulture), $"{gtdPath} row {i}", () => Summary(r, i))));
        try { return GtdScorer.Score(rows, predictions); }
        catch (FormatException e) { throw new CliException($"{gtdPath}: {e.Message}"); }
    }

    /// <summary>A row's summary as a plain-text document named by its row number, with no publication date.</summary>
    private static RawDocument Summary(GtdIncident row, int index) => new()
    {
        FileName = index.ToString(CultureInfo.InvariantCulture),
        Format = "text",
        Text = row.Summary,
        ContentHash = ContentHash.Of(Encoding.UTF8.GetBytes(row.Summary)),
    };

    /// <summary>One document to extract: <paramref name="Doc"/> is the record's <c>doc</c>, <paramref name="Label"/> names it in errors.</summary>
    private sealed record Input(string Doc, string Label, Func<RawDocument> Read);

    /// <summary>Extracts every document in parallel, keeping each document with its mentions (for linking).</summary>
    private static List<DocumentMentions> ExtractDocuments(IEnumerable<Input> inputs)
    {
        var extraction = EventExtraction.Default;
        var results = inputs.AsParallel().AsOrdered().Select(input =>
        {
            try
            {
                var raw = input.Read();
                var id = string.IsNullOrEmpty(raw.ContentHash) ? ContentHash.Of(Encoding.UTF8.GetBytes(raw.Text)) : raw.ContentHash;
                var done = extraction.Run(raw, id);
                return (input.Label, Doc: new DocumentMentions(done.Document, input.Doc, done.Events), Error: (string?)null);
            }
            catch (DocumentReadException e) { return (input.Label, Doc: (DocumentMentions?)null, Error: e.Message); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (input.Label, Doc: (DocumentMentions?)null, Error: $"event extraction failed ({e.GetType().Name}: {e.Message})");
            }
        }).ToList();
        if (results.FirstOrDefault(r => r.Error is not null) is { Error: { } error } failed)
            throw new CliException($"{failed.Label}: {error}");
        return results.Select(r => r.Doc!).ToList();
    }

    /// <summary>Extracts every document in parallel (they are independent); records come back in input order.</summary>
    private static List<EventRecord> Extract(IEnumerable<Input> inputs)
    {
        var extraction = EventExtraction.Default;
        var results = inputs.AsParallel().AsOrdered().Select(input =>
        {
            try
            {
                var raw = input.Read();
                var id = string.IsNullOrEmpty(raw.ContentHash) ? ContentHash.Of(Encoding.UTF8.GetBytes(raw.Text)) : raw.ContentHash;
                return (input.Label, Records: extraction.Run(raw, id).Events.Select(e => EventRecord.From(e, input.Doc)).ToList(), Error: (string?)null);
            }
            catch (DocumentReadException e) { return (input.Label, Records: new List<EventRecord>(), Error: e.Message); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An extractor defect: one line naming the document, not a stack trace from inside PLINQ.
                return (input.Label, Records: new List<EventRecord>(), Error: $"event extraction failed ({e.GetType().Name}: {e.Message})");
            }
        }).ToList();
        // Scores over a partial set of documents would mislead: the first unreadable document stops the run.
        if (results.FirstOrDefault(r => r.Error is not null) is { Error: { } error } failed)
            throw new CliException($"{failed.Label}: {error}");
        return results.SelectMany(r => r.Records).ToList();
    }

    private static List<EventRecord> ReadPredictions(string path)
    {
        RequireFile(path);
        try { return EventRecordReader.ReadFile(path); }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    /// <summary>The CSV's rows as score.py's <c>csv.DictReader</c> gives them (blank lines skipped); row i is document "i".</summary>
    private static List<GtdIncident> ReadGtd(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
            var rows = new List<GtdIncident>();
            if (!csv.Read()) throw new CliException($"{path}: empty file");
            csv.ReadHeader();
            var header = csv.HeaderRecord ?? [];
            if (Columns.FirstOrDefault(c => !header.Contains(c)) is { } missing)
                throw new CliException($"{path}: no '{missing}' column");
            while (csv.Read())
                rows.Add(new GtdIncident(Field(csv, "date"), Field(csv, "state"), Field(csv, "latitude"), Field(csv, "longitude"),
                    Field(csv, "attack_type"), Field(csv, "summary")));
            return rows;
        }
        catch (Exception e) when (e is CsvHelperException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private static readonly string[] Columns = ["date", "state", "latitude", "longitude", "attack_type", "summary"];

    /// <summary>A field of the current row; empty when a short row lacks it.</summary>
    private static string Field(CsvReader csv, string name) => csv.TryGetField<string>(name, out var v) ? v ?? "" : "";

    private static void RequireFile(string path)
    {
        if (!File.Exists(path)) throw new CliException($"{path}: no such file");
    }
}
