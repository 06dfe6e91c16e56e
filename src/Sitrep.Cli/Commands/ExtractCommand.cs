using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep extract FILE...</c> / <c>sitrep extract --jsonl</c>: event records as JSON lines on stdout, no database.
/// Documents are processed in parallel and written in input order; a bad input is one line on stderr and the rest go on.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>One input: a file to read, or a line of stdin already parsed.</summary>
    private sealed record Input(string Name, Func<RawDocument> Read);

    public static Command Create(CliContext ctx)
    {
        var files = new Argument<string[]>("FILE") { Description = "files or folders (.txt, .pdf, .html)", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "read documents from stdin, one JSON object per line: {\"id\", \"text\", \"published\"?}",
        };
        var link = new Option<bool>("--link")
        {
            Description = "link the mentions of all inputs into real-world events: event_id is the linked event",
        };
        var cmd = new Command("extract", "Extract event records (JSON lines, the evaluation format) from documents, without a database")
        {
            files, jsonl, link,
        };
        cmd.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var fromStdin = parse.GetValue(jsonl);
            if (fromStdin == (paths.Length > 0))
                throw new CliException("give either FILE... or --jsonl (documents on stdin)", ExitCodes.Usage);
            var inputs = new List<Input>();
            var failed = 0;
            if (fromStdin) inputs.AddRange(ReadStdin(ctx, ref failed));
            else
            {
                foreach (var f in InputFiles.Expand(paths, DocumentReaders.Default.IsSupported))
                {
                    if (f.Problem is { } problem) { ctx.Error($"{f.Path}: {problem}"); failed++; continue; }
                    var path = f.Path;
                    inputs.Add(new Input(Path.GetFileName(path), () => DocumentReaders.Default.ReadFile(path)));
                }
            }
            return Run(ctx, inputs, failed, parse.GetValue(link));
        });
        return cmd;
    }

    private static int Run(CliContext ctx, List<Input> inputs, int failed, bool link)
    {
        var extraction = EventExtraction.Default;
        // Ordered parallel map: documents are independent, output order follows input order.
        var extracted = inputs.AsParallel().AsOrdered().Select(input =>
        {
            try
            {
                var raw = input.Read();
                var doc = extraction.Run(raw, string.IsNullOrEmpty(raw.ContentHash) ? ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(raw.Text)) : raw.ContentHash);
                return (input.Name, Doc: (ExtractedDocument?)doc, Error: (string?)null);
            }
            catch (DocumentReadException e) { return (input.Name, Doc: (ExtractedDocument?)null, Error: e.Message); }
        });
        IEnumerable<(string Name, List<string> Lines, string? Error)> results;
        if (link)
        {
            // Linking needs every mention first; then each record carries the id of the event it was linked to.
            var all = extracted.ToList();
            var batch = all.Where(r => r.Doc is not null).Select(r => new DocumentMentions(r.Doc!.Document, r.Name, r.Doc.Events)).ToList();
            var linked = CorpusLinker.Link(batch, ActorRegistry.Default, out _).GroupBy(m => m.DocName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(m => EventRecordWriter.ToJson(m.Mention, m.DocName)).ToList(), StringComparer.Ordinal);
            results = all.Select(r => (r.Name, r.Error is null ? linked.GetValueOrDefault(r.Name) ?? [] : new List<string>(), r.Error));
        }
        else results = extracted.Select(r => (r.Name, r.Doc is null ? new List<string>() : r.Doc.Events.Select(e => EventRecordWriter.ToJson(e, r.Name)).ToList(), r.Error));
        var events = 0;
        foreach (var (name, lines, error) in results)
        {
            if (error is not null) { ctx.Error($"{name}: {error}"); failed++; continue; }
            foreach (var line in lines) ctx.Out.WriteLine(line);
            events += lines.Count;
        }
        ctx.Out.Flush();
        // Every input failed (including lines of stdin that never became inputs): nothing was done.
        if (failed > 0 && events == 0 && failed >= inputs.Count) return ExitCodes.Failed;
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static IEnumerable<Input> ReadStdin(CliContext ctx, ref int failed)
    {
        var inputs = new List<Input>();
        var lineNo = 0;
        while (ctx.In.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string? id = null, text = null;
            DateOnly? published = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
                if (root.TryGetProperty("id", out var idProp))
                    id = idProp.ValueKind == JsonValueKind.Number ? idProp.GetRawText() : idProp.GetString();
                if (root.TryGetProperty("text", out var textProp) && textProp.ValueKind == JsonValueKind.String) text = textProp.GetString();
                if (root.TryGetProperty("published", out var pub) && pub.ValueKind == JsonValueKind.String)
                {
                    if (!DateOnly.TryParseExact(pub.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        throw new FormatException($"'published' is not a yyyy-MM-dd date: {pub.GetString()}");
                    published = d;
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                ctx.Error($"stdin line {lineNo}: {e.Message}");
                failed++;
                continue;
            }
            if (string.IsNullOrEmpty(id)) { ctx.Error($"stdin line {lineNo}: missing \"id\""); failed++; continue; }
            if (text is null) { ctx.Error($"stdin line {lineNo} ({id}): missing \"text\""); failed++; continue; }
            var (docId, docText, docPublished) = (id, text, published);
            inputs.Add(new Input(docId, () => new RawDocument
            {
                FileName = docId,
                Format = "text",
                Text = docText,
                Published = docPublished,
                ContentHash = ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(docText)),
            }));
        }
        return inputs;
    }
}
