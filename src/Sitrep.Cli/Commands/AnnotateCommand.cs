using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Cli.Output;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

internal static class AnnotateCommand
{
    private sealed record MentionDto(string Kind, string Text, SpanDto Span, SpanDto RawSpan, string? Id, string? Resolved,
        string? Detail);

    /// <summary>One mention, flattened for printing: kind, span, the id it resolved to, a readable resolution.</summary>
    private readonly record struct Mark(string Kind, TextSpan Span, string? Id, string? Resolved, string? Detail);

    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("FILE") { Description = "a .txt, .pdf, .html or .htm file" };
        var json = CommonOptions.Json();
        var cmd = new Command("annotate", "Print a document's text with every date, quantity, place and actor marked and resolved") { file, json };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            Document doc;
            try { doc = new DocumentLoader(DocumentReaders.Default, DocumentPipeline.Default).Load(path); }
            catch (DocumentReadException e) { throw new CliException($"{path}: {e.Message}"); }
            var notes = Annotator.Default.Annotate(doc, DocumentPipeline.Default.Segment(doc));
            var marks = Marks(notes);
            if (parse.GetValue(json))
            {
                Json.Write(ctx.Out, marks.Select(m => new MentionDto(m.Kind, doc.Text.Substring(m.Span.Start, m.Span.Length),
                    new SpanDto(m.Span.Start, m.Span.End), Dto(doc.Map.ToRaw(m.Span)), m.Id, m.Resolved, m.Detail)).ToList());
                return ExitCodes.Ok;
            }
            ctx.Out.WriteLine(Render(doc.Text, marks));
            ctx.Out.WriteLine();
            ctx.Out.WriteLine($"{notes.Actors.Count} actor, {notes.Places.Count} place, {notes.Dates.Count} date, " +
                              $"{notes.Quantities.Count} quantity and {notes.Unresolved.Count} unresolved actor mention(s)");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static SpanDto Dto(TextSpan s) => new(s.Start, s.End);

    private static List<Mark> Marks(DocumentAnnotations notes)
    {
        var marks = new List<Mark>();
        foreach (var a in notes.Actors)
            marks.Add(new Mark("actor", a.Span, a.Actor?.Id, a.Actor?.Name, a.Actor?.LegendCategory));
        foreach (var a in notes.Unresolved)
            marks.Add(new Mark("actor?", a.Span, null, null, "unresolved"));
        foreach (var p in notes.Places)
            marks.Add(new Mark("place", p.Span, p.Place?.Id, p.Place is { } pl ? $"{pl.Name}, {pl.Governorate ?? pl.Country}" : null,
                p.Place is { } q ? string.Create(CultureInfo.InvariantCulture, $"{q.Latitude:0.###},{q.Longitude:0.###} geo {p.GeoPrecision}") : null));
        foreach (var d in notes.Dates)
            marks.Add(new Mark("date", d.Span, null, d.Range.ToString(), $"precision {(int)d.Precision}{(d.Relative ? ", relative" : "")}"));
        foreach (var q in notes.Quantities)
            marks.Add(new Mark("quantity", q.Span, null, string.Create(CultureInfo.InvariantCulture, $"{q.Value:0.##} {q.Unit}").Trim(),
                q.Qualifier ?? (q.Vague ? "vague" : null)));
        // Outer mentions first where two start together, so nesting prints as the reader expects.
        marks.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.End.CompareTo(x.Span.End));
        return marks;
    }

    /// <summary>The text with each mention as [surface]{kind: resolution; detail}; a mention inside another is skipped.</summary>
    private static string Render(string text, List<Mark> marks)
    {
        var sb = new StringBuilder(text.Length + marks.Count * 32);
        var pos = 0;
        foreach (var m in marks)
        {
            if (m.Span.Start < pos) continue;
            sb.Append(text, pos, m.Span.Start - pos);
            sb.Append('[').Append(text, m.Span.Start, m.Span.Length).Append("]{").Append(m.Kind);
            if (m.Resolved is not null) sb.Append(": ").Append(m.Resolved);
            if (m.Detail is not null) sb.Append("; ").Append(m.Detail);
            sb.Append('}');
            pos = m.Span.End;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }
}
