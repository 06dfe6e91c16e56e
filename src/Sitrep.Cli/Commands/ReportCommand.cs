using System.CommandLine;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Reporting;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep report --from DATE --to DATE [--region GOVERNORATE...] [--format md|html|json|png] [--out FILE]</c>: the
/// situation report for a period from the stored events. Without dates it covers the week ending on the latest event.
/// </summary>
internal static class ReportCommand
{
    public static readonly string[] Formats = ["md", "html", "json", "png"];

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var from = new Option<string?>("--from") { Description = "First day of the period (YYYY-MM-DD); default: six days before --to", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Last day of the period (YYYY-MM-DD); default: the latest event's day", HelpName = "DATE" };
        var region = new Option<string[]>("--region")
        {
            Description = "Only events in these governorates (any common spelling); repeat or list several",
            HelpName = "GOVERNORATE",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format") { Description = "md, html, json or png (the map)", DefaultValueFactory = _ => "md", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output; png needs a file)", HelpName = "FILE" };
        var cmd = new Command("report", "Write the situation report for a period: key takeaway, numbered events, map, trends, disagreements, sources")
        {
            db, from, to, region, format, output,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format)!;
            var outPath = parse.GetValue(output);
            if (fmt == "png" && string.IsNullOrWhiteSpace(outPath)) throw new CliException("--format png needs --out FILE", ExitCodes.Usage);
            var fromDate = EventsCommand.ParseDate(parse.GetValue(from), "--from");
            var toDate = EventsCommand.ParseDate(parse.GetValue(to), "--to");
            if (fromDate is { } f0 && toDate is { } t0 && t0 < f0)
                throw new CliException($"--from {f0:yyyy-MM-dd} is after --to {t0:yyyy-MM-dd}", ExitCodes.Usage);
            var regions = (parse.GetValue(region) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(ResolveRegion).Distinct(StringComparer.Ordinal).ToList();

            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            if (toDate is null)
            {
                var latest = await store.ListEventsAsync(new EventQuery { NewestFirst = true, Limit = 1, From = fromDate }, ct);
                if (latest.Count == 0 || latest[0].Date is null)
                    throw new CliException($"{dbPath} holds no dated events; pass --from and --to");
                toDate = latest[0].Date!.Value.End;
            }
            var request = new ReportRequest(fromDate ?? toDate.Value.AddDays(-6), toDate.Value, regions);
            var report = await BuildAsync(store, request, DateTimeOffset.UtcNow, ct);
            await WriteAsync(report, fmt, outPath, ctx, ct);
            if (outPath is not null)
                ctx.Out.WriteLine($"wrote {outPath}: {report.Title}, {report.Events.Count} event(s), {report.Sources.Count} source(s)");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Loads the events of the period and of the one before it, fuses them and builds the report.</summary>
    public static async Task<SituationReport> BuildAsync(IEventStore store, ReportRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var (prevFrom, _) = request.Previous;
        var details = await store.ListWeekAsync(prevFrom, request.To, ct);
        var views = EventViews.Fuse(details.SelectMany(d => d.Mentions));
        var fused = views.Select(v => v.Fused).ToList();
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var id in fused.SelectMany(f => f.Mentions).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal))
            if (await store.GetDocumentAsync(id, ct) is { } d)
                documents[id] = new SourceDocument(d.Id, d.FileName, d.Title, d.Source, d.Published, d.Period, d.Url);
        return new ReportBuilder(ActorRegistry.Default).Build(request, fused, fused, documents, now);
    }

    /// <summary>Writes the report in one format; a file is written whole or not at all.</summary>
    public static async Task WriteAsync(SituationReport report, string format, string? outPath, CliContext ctx, CancellationToken ct)
    {
        if (format == "png")
        {
            await WriteFileAsync(outPath!, ReportArtist.MapPng(report), ct);
            return;
        }
        var text = format switch
        {
            "json" => ReportJson.Write(report),
            "html" => ReportArtist.Html(report),
            _ => ReportMarkdown.Write(report),
        };
        if (outPath is null) await ctx.Out.WriteAsync(text);
        else await WriteFileAsync(outPath, new UTF8Encoding(false).GetBytes(text), ct);
    }

    private static async Task WriteFileAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new CliException($"{path}: the folder {dir} does not exist");
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp");
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>The canonical governorate for a spelling; unlike the events filter, an unknown name is an error: a report for
    /// a misspelt region would be silently empty.</summary>
    private static string ResolveRegion(string name) =>
        EventsCommand.TryResolveGovernorate(name)
        ?? throw new CliException($"--region: '{name.Trim()}' is not a governorate of Iraq the gazetteer knows", ExitCodes.Usage);
}
