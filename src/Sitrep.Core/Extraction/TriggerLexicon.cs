using System.Reflection;
using Sitrep.Core.Recognition.Matching;

namespace Sitrep.Core.Extraction;

/// <summary>How a trigger form is used: a finite verb, an event noun, or a verb that counts only with a given object.</summary>
public enum TriggerPos { Verb, Noun, Object }

/// <summary>One trigger form of event-triggers.tsv. <see cref="Objects"/> is set for object triggers ("issued" → statement).</summary>
public sealed record TriggerEntry(EventFamily Family, string Kind, TriggerPos Pos, IReadOnlySet<string>? Objects = null);

/// <summary>
/// The trigger words of every event family (Resources/Extraction/event-triggers.tsv) in one multi-pattern matcher, so
/// finding them is one pass over the text.
/// </summary>
public sealed class TriggerLexicon
{
    public const string ResourceName = "Sitrep.Core.Resources.Extraction.event-triggers.tsv";

    private static readonly Lazy<TriggerLexicon> Shared = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    });

    public static TriggerLexicon Default => Shared.Value;

    public PhraseMatcher<TriggerEntry> Matcher { get; }
    public int FormCount { get; }

    private TriggerLexicon(PhraseMatcher<TriggerEntry> matcher, int forms)
    {
        Matcher = matcher;
        FormCount = forms;
    }

    public static TriggerLexicon Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new PhraseMatcherBuilder<TriggerEntry>();
        var forms = 0;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 4) throw new FormatException($"event-triggers.tsv line {lineNo}: expected 4 tab-separated columns.");
            if (!Enum.TryParse<EventFamily>(cols[0], out var family))
                throw new FormatException($"event-triggers.tsv line {lineNo}: unknown family '{cols[0]}'.");
            var pos = cols[2] switch
            {
                "verb" => TriggerPos.Verb,
                "noun" => TriggerPos.Noun,
                "object" => TriggerPos.Object,
                _ => throw new FormatException($"event-triggers.tsv line {lineNo}: unknown pos '{cols[2]}'."),
            };
            foreach (var form in cols[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (pos == TriggerPos.Object)
                {
                    var parts = form.Split('>');
                    if (parts.Length != 2) throw new FormatException($"event-triggers.tsv line {lineNo}: object form '{form}' needs verb>noun,noun.");
                    var objects = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .ToHashSet(StringComparer.OrdinalIgnoreCase);
                    builder.Add(parts[0], new TriggerEntry(family, cols[1], pos, objects));
                }
                else builder.Add(form, new TriggerEntry(family, cols[1], pos));
                forms++;
            }
        }
        return new TriggerLexicon(builder.Build(), forms);
    }
}
