using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>A trigger that reports an occurrence: its span, what it says, and whether it is the passive form.</summary>
public readonly record struct Trigger(TextSpan Span, TriggerEntry Entry, bool Passive, bool Perfect)
{
    public EventFamily Family => Entry.Family;
    public FamilyGroup Group => EventFamilies.GroupOf(Entry.Family);
    public bool IsNoun => Entry.Pos == TriggerPos.Noun;
}

/// <summary>
/// Keeps the trigger words of a sentence that report something as having happened: not negated, not modal or
/// planned, not an aim ("to seize"), not quoted speech, not a participle used as an adjective; an event noun
/// only where a verb or a date makes it an occurrence ("conducted a raid", "protests broke out", "an August 16 meeting").
/// </summary>
public static class TriggerFinder
{
    /// <summary>Verbs that make an event noun after them an occurrence ("conducted a raid", "saw large protests").</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "conducted", "carried", "launched", "staged", "held", "saw", "witnessed", "mounted", "organized", "organised", "led",
        "began", "started", "resumed", "committed", "suffered", "survived", "perpetrated", "executed", "conducting", "launching",
        "carrying", "accelerated", "escalated", "intensified", "continued", "sparked", "triggered", "claimed", "claiming",
        "ordered", "faced", "endured", "took", "erupted", "occurred", "culminated", "including", "included", "after",
        "following", "during", "amid", "announced", "reported", "confirmed", "completed", "approved", "passed", "signed",
        "reached", "concluded", "issued", "made", "attended", "hosted",
    };

    /// <summary>Verbs that make an event noun before them an occurrence ("protests expanded", "the blast killed 5").</summary>
    private static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "occurred", "took", "happened", "erupted", "broke", "hit", "struck", "killed", "wounded", "injured", "targeted", "left",
        "caused", "resulted", "expanded", "continued", "spread", "escalated", "intensified", "accelerated", "resumed",
        "damaged", "destroyed", "claimed", "was", "were", "went", "began", "started", "ended", "turned",
    };

    /// <summary>Words that make an event noun something planned or hypothetical, or a series summed up.</summary>
    private static readonly HashSet<string> NotYet = new(StringComparer.OrdinalIgnoreCase)
    {
        "planned", "upcoming", "scheduled", "expected", "proposed", "future", "next", "potential", "possible", "further",
        "additional", "more", "previous", "prior", "any", "planning", "plans", "plan", "threatened", "imminent", "renewed",
        "retaliatory",
    };

    public static List<Trigger> Find(string text, TextSpan sentence, IReadOnlyList<PhraseMatch<TriggerEntry>> matches,
        IReadOnlyList<DateMention> dates)
    {
        var found = new List<Trigger>();
        foreach (var m in matches)
        {
            if (!sentence.Contains(m.Span)) continue;
            if (ClauseReader.InsideQuotes(text, sentence, m.Span.Start)) continue;
            TriggerEntry? chosen = null;
            foreach (var entry in m.Values)
            {
                if (entry.Pos == TriggerPos.Object && !HasObject(text, m.Span.End, sentence.End, entry.Objects!)) continue;
                if (chosen is null || EventFamilies.Specificity(entry.Family) > EventFamilies.Specificity(chosen.Family)) chosen = entry;
            }
            if (chosen is null) continue;
            var start = m.Span.Start;
            if (ClauseReader.IsNegated(text, start) || ClauseReader.IsModal(text, start)) continue;
            if (ClauseReader.IsInfinitive(text, start, out var causative) && !causative) continue;
            if (chosen.Pos == TriggerPos.Noun)
            {
                if (!NounIsOccurrence(text, sentence, m.Span, dates)) continue;
                found.Add(new Trigger(m.Span, chosen, false, false));
                continue;
            }
            var perfect = ClauseReader.IsPresentPerfect(text, start);
            // A perfect sums up a series ("has attacked US forces since 2019"); a statement in the perfect is still one act.
            if (perfect && EventFamilies.GroupOf(chosen.Family) != FamilyGroup.Political && chosen.Family != EventFamily.GroupChange) continue;
            var passive = ClauseReader.IsPassive(text, start) && EndsLikeParticiple(text, m.Span);
            if (!passive && ClauseReader.IsAdjectival(text, start) && EndsLikeParticiple(text, m.Span)) continue;
            found.Add(new Trigger(m.Span, chosen, passive, perfect));
        }
        return found;
    }

    private static bool EndsLikeParticiple(string text, TextSpan span)
    {
        var first = text.AsSpan(span.Start, span.Length);
        var space = first.IndexOf(' ');
        var word = space < 0 ? first : first[..space];
        return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word is "freed" or "shot" or "held" or "taken" or "set" or "hit" or "struck" or "sworn" or "found";
    }

    private static bool HasObject(string text, int from, int end, IReadOnlySet<string> objects)
    {
        var p = from;
        for (var n = 0; n < 5 && p < end; n++)
        {
            if (ClauseReader.NextWord(text, ref p) is not { } w) return false;
            if (objects.Contains(w)) return true;
            if (w.EndsWith("s", StringComparison.Ordinal) && objects.Contains(w[..^1])) return true;
        }
        return false;
    }

    private static bool NounIsOccurrence(string text, TextSpan sentence, TextSpan noun, IReadOnlyList<DateMention> dates)
    {
        var before = ClauseReader.WordsBefore(text, noun.Start, 7);
        for (var k = 0; k < Math.Min(2, before.Count); k++)
            if (NotYet.Contains(before[k])) return false;
        if (before.Count > 0 && before[0] == "in" && noun.Length >= 5 && text.AsSpan(noun.Start, 5).Equals("order", StringComparison.OrdinalIgnoreCase))
            return false;
        // "an August 16 meeting", "the June 25 raid": a date right before the noun dates the occurrence itself.
        foreach (var d in dates)
            if (d.Span.End <= noun.Start && noun.Start - d.Span.End <= 2 && sentence.Contains(d.Span)) return true;
        foreach (var w in before)
            if (LightVerbs.Contains(w)) return true;
        var after = ClauseReader.WordsAfter(text, noun.End, 4);
        foreach (var w in after)
        {
            if (OccurrenceVerbs.Contains(w)) return true;
            if (w is "on" or "in" or "against" or "at" or "by" or "of" or "near") continue;
        }
        return false;
    }
}
