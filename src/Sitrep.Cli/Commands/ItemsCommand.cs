using Sitrep.Core.Model;
using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Commands;

internal static class ItemsCommand
{
    private sealed record ItemDto(int Number, string DateText, string Headline, string Body,
        SpanDto Span, SpanDto DateSpan, SpanDto HeadlineSpan, SpanDto BodySpan);

    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var doc = new Argument<string>("DOC") { Description = "document id, id prefix or file name" };
        var cmd = new Command("items", "Print a situation report's numbered items, in number order, with their spans in the original text")
            { doc, db, json };
        cmd.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = await StoreFactory.OpenExistingAsync(dbPath, ct);
            var d = await StoreFactory.GetDocumentAsync(store, dbPath, parse.GetValue(doc)!, ct);
            var items = DocumentPipeline.Default.Segment(d).Items;
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, items.Select(ToDto).ToList());
                return ExitCodes.Ok;
            }
            if (items.Count == 0)
            {
                ctx.Out.WriteLine($"{d.FileName}: no numbered items (kind: {d.Kind.Code()})");
                return ExitCodes.Ok;
            }
            foreach (var item in items)
            {
                ctx.Out.WriteLine($"{item.Number,2}  {item.DateText}: {item.Headline}");
                ctx.Out.WriteLine($"    original text {item.RawSpan} (date {item.RawDateSpan}, headline {item.RawHeadlineSpan}, body {item.RawBodySpan})");
                foreach (var line in Wrap(item.Body, 100)) ctx.Out.WriteLine("    " + line);
                ctx.Out.WriteLine();
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static ItemDto ToDto(SitrepItem i) => new(i.Number, i.DateText, i.Headline, i.Body,
        Dto(i.RawSpan), Dto(i.RawDateSpan), Dto(i.RawHeadlineSpan), Dto(i.RawBodySpan));

    private static SpanDto Dto(TextSpan s) => new(s.Start, s.End);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
