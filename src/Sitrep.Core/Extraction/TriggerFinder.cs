using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>A trigger that reports an occurrence: its span, what it says, and whether it is the passive form.</summary>
public readonly record struct Trigger(TextSpan Span, TriggerEntry Entry, bool Passive, bool Perfect, bool Causative = false)
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
        "carrying", "accelerated", "escalated", "intensified", "continued", "sparked", "triggered",
        "ordered", "endured", "took", "erupted", "occurred", "culminated", "completed", "approved", "passed", "signed",
        "reached", "concluded", "issued", "made", "attended", "hosted", "resulted",
    };

    /// <summary>Verbs that make an event noun before them an occurrence ("protests expanded", "the blast killed 5").</summary>
    private static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "occurred", "took", "happened", "erupted", "broke", "hit", "struck", "killed", "wounded", "injured", "targeted", "left",
        "caused", "resulted", "expanded", "continued", "spread", "escalated", "intensified", "accelerated", "resumed",
        "damaged", "destroyed", "claimed", "was", "were", "went", "began", "started", "ended", "turned", "drove", "detonated",
        "blew", "attacked", "stormed", "fired", "opened", "exploded", "rammed", "landed", "fell", "impacted", "attempted",
    };

    /// <summary>Words that make an event noun something planned or hypothetical, or a series summed up.</summary>
    private static readonly HashSet<string> NotYet = new(StringComparer.OrdinalIgnoreCase)
    {
        "planned", "upcoming", "scheduled", "expected", "proposed", "future", "next", "potential", "possible", "further",
        "additional", "more", "previous", "prior", "any", "planning", "plans", "plan", "threatened", "imminent", "renewed",
        "retaliatory", "dozens", "hundreds", "several", "numerous", "countless", "series", "unsubstantiated",
    };

    /// <summary>The <see cref="NotYet"/> words that sum up a series ("dozens of attacks") rather than plan one.</summary>
    private static readonly HashSet<string> SeriesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dozens", "hundreds", "several", "numerous", "countless",
    };

    private static bool IsMunition(ReadOnlySpan<char> noun)
    {
        var last = noun.LastIndexOf(' ');
        var head = last < 0 ? noun : noun[(last + 1)..];
        foreach (var w in (ReadOnlySpan<string>)["rocket", "rockets", "katyusha", "katyushas", "mortars", "shell", "shells", "round", "rounds", "missiles"])
            if (head.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "after", "before", "when", "once", "until", "whenever",
    };

    public static List<Trigger> Find(string text, TextSpan sentence, IReadOnlyList<PhraseMatch<TriggerEntry>> matches,
        IReadOnlyList<DateMention> dates)
    {
        var found = new List<Trigger>();
        // Indexed: every sentence walks its region's matches, and foreach through the interface would box an enumerator.
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (!sentence.Contains(m.Span)) continue;
            if (ClauseReader.InsideQuotes(text, sentence, m.Span.Start)) continue;
            if (Choose(text, m, sentence) is not { } chosen) continue;
            var start = m.Span.Start;
            if (ClauseReader.IsNegated(text, start) || ClauseReader.IsModal(text, start) || IsHypothetical(text, start)) continue;
            if (ClauseReader.IsInfinitive(text, start, out var causative) && !causative) continue;
            var before1 = ClauseReader.WordsBefore(text, start, 1);
            // "an expert who instructed the militia": a relative clause describes a person, it does not report this act.
            if (before1.Count == 1 && before1[0] is "who" or "which" or "whom") continue;
            if (chosen.Pos == TriggerPos.Noun)
            {
                if (!NounIsOccurrence(text, sentence, m.Span, dates)) continue;
                found.Add(new Trigger(m.Span, chosen, false, false, causative));
                continue;
            }
            var perfect = ClauseReader.IsPresentPerfect(text, start);
            // A perfect sums up a series ("has attacked US forces since 2019"); a statement in the perfect is still one
            // act, unless it too sums up ("has claimed responsibility for several attacks since May").
            if (perfect && (EventFamilies.GroupOf(chosen.Family) != FamilyGroup.Political && chosen.Family != EventFamily.GroupChange
                            || SumsUp(text, sentence))) continue;
            var participle = EndsLikeParticiple(text, m.Span);
            var passive = ClauseReader.IsPassive(text, start) && participle;
            // "the 14 detained militants", "a poster of killed militia": an adjective, not an act.
            if (!passive && participle && ClauseReader.IsAdjectival(text, start)) continue;
            // "the operation ordered by X": a participle after a noun, with its agent, describes that noun.
            if (!passive && participle && !perfect && FollowedByBy(text, m.Span.End) && !HasAuxiliaryOrSubjectVerb(text, start)) continue;
            // "was met with criticism", "were visited": these acts have no passive reading here.
            if (passive && chosen.Family is EventFamily.Meeting or EventFamily.Visit or EventFamily.Statement) continue;
            if (ClauseReader.IsPastPerfect(text, start) && ThatClauseBefore(text, start)) continue;
            // "prevent them from attacking", "accused of killing": a gerund after a preposition names no occurrence.
            if (FirstWordEndsWith(text, m.Span, "ing") && before1.Count == 1 && before1[0] is "from" or "of" or "for" or "about" or "against" or "without" or "in")
                continue;
            // "forces stationed in the country", "a system deployed to guard": a participle describing the noun before it.
            if (participle && !passive && chosen.Family == EventFamily.Deployment && before1.Count == 1 && before1[0] is "forces" or "troops" or "soldiers" or "units" or "personnel"
                    or "fighters" or "system" or "systems" or "weapons" or "rockets" or "militants" or "men")
                continue;
            if (InUndatedSubordinate(text, sentence, m.Span, dates)) continue;
            found.Add(new Trigger(m.Span, chosen, passive, perfect, causative));
        }
        return found;
    }

    /// <summary>Of the entries a phrase has, the one its context allows: an object trigger only with its object.</summary>
    private static TriggerEntry? Choose(string text, PhraseMatch<TriggerEntry> m, TextSpan sentence)
    {
        TriggerEntry? withObject = null, plain = null;
        foreach (var entry in m.Values)
        {
            if (entry.Pos == TriggerPos.Object)
            {
                var ok = HasObject(text, m.Span.End, sentence.End, entry.Objects!)
                    || (ClauseReader.IsPassive(text, m.Span.Start) && HasObjectBefore(text, m.Span.Start, entry.Objects!));
                if (ok && (withObject is null || EventFamilies.Specificity(entry.Family) > EventFamilies.Specificity(withObject.Family))) withObject = entry;
                continue;
            }
            if (entry.Family == EventFamily.Protest && !ProtestVerbFits(text, m)) continue;
            if (plain is null || EventFamilies.Specificity(entry.Family) > EventFamilies.Specificity(plain.Family)) plain = entry;
        }
        return withObject ?? plain;
    }

    /// <summary>"demonstrated in Basra" is a protest; "demonstrated tangible success" is not.</summary>
    private static bool ProtestVerbFits(string text, PhraseMatch<TriggerEntry> m)
    {
        var phrase = text.AsSpan(m.Span.Start, m.Span.Length);
        if (!phrase.Equals("demonstrated", StringComparison.OrdinalIgnoreCase)) return true;
        var p = m.Span.End;
        if (ClauseReader.NextWord(text, ref p) is not { } next) return true;
        return next is "in" or "against" or "outside" or "near" or "at" or "for" or "on" or "across" or "throughout" or "over" or "to" or "and";
    }

    /// <summary>"it remains unclear whether the ERD ousted", "if the militia attacks": not reported as having happened.</summary>
    private static bool IsHypothetical(string text, int position)
    {
        foreach (var w in ClauseReader.WordsBefore(text, position, 5))
            if (w is "whether" or "if" or "unless" or "unclear" or "lest") return true;
        return false;
    }

    private static bool SumsUp(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        return s.Contains(" since ", StringComparison.OrdinalIgnoreCase) || s.Contains("repeatedly", StringComparison.OrdinalIgnoreCase)
            || s.Contains("several", StringComparison.OrdinalIgnoreCase) || s.Contains("dozens of", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FollowedByBy(string text, int end)
    {
        var after = ClauseReader.WordsAfter(text, end, 1);
        return after.Count == 1 && after[0] == "by";
    }

    /// <summary>Whether the words before a participle make it a finite verb: an auxiliary or a pronoun/name right before.</summary>
    private static bool HasAuxiliaryOrSubjectVerb(string text, int start)
    {
        var before = ClauseReader.WordsBefore(text, start, 1);
        return before.Count == 1 && before[0] is "was" or "were" or "had" or "has" or "have" or "been" or "it" or "they" or "he" or "she";
    }

    /// <summary>"admitted that they had fired rockets": a past perfect in reported speech is a claim about earlier acts.</summary>
    private static bool ThatClauseBefore(string text, int start)
    {
        foreach (var w in ClauseReader.WordsBefore(text, start, 6))
            if (w == "that") return true;
        return false;
    }

    /// <summary>
    /// "Since al-Kadhimi took office, ...", "after the PM ordered a raid": an act in an adverbial clause is background
    /// to the main clause; it is its own event only when the clause dates it ("since he completed his cabinet on June 8").
    /// </summary>
    private static bool InUndatedSubordinate(string text, TextSpan sentence, TextSpan trigger, IReadOnlyList<DateMention> dates)
    {
        var p = trigger.Start;
        int? subordinatorEnd = null;
        for (var n = 0; n < 8; n++)
        {
            var before = p;
            if (ClauseReader.PreviousWord(text, ref p) is not { } w || p < sentence.Start) break;
            if (text.AsSpan(p, before - p).Contains(',')) break;
            if (Subordinators.Contains(w)) { subordinatorEnd = p; break; }
        }
        if (subordinatorEnd is not { } from) return false;
        var to = text.IndexOfAny([',', ';', '.'], trigger.End, sentence.End - trigger.End);
        if (to < 0) to = sentence.End;
        foreach (var d in dates)
            if (d.Span.Start >= from && d.Span.End <= to) return false;
        return true;
    }

    private static bool FirstWordEndsWith(string text, TextSpan span, string suffix)
    {
        var s = text.AsSpan(span.Start, span.Length);
        var space = s.IndexOf(' ');
        return (space < 0 ? s : s[..space]).EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }

    private static bool EndsLikeParticiple(string text, TextSpan span)
    {
        var first = text.AsSpan(span.Start, span.Length);
        var space = first.IndexOf(' ');
        var word = space < 0 ? first : first[..space];
        return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word is "freed" or "shot" or "held" or "taken" or "set" or "hit" or "struck" or "sworn" or "found" or "met";
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

    private static bool HasObjectBefore(string text, int start, IReadOnlySet<string> objects)
    {
        foreach (var w in ClauseReader.WordsBefore(text, start, 8))
            if (objects.Contains(w) || (w.EndsWith("s", StringComparison.Ordinal) && objects.Contains(w[..^1]))) return true;
        return false;
    }

    private static bool NounIsOccurrence(string text, TextSpan sentence, TextSpan noun, IReadOnlyList<DateMention> dates)
    {
        var before = ClauseReader.WordsBefore(text, noun.Start, 10);
        // "several rockets struck the base": a vague number of munitions is one attack, not a series of them.
        var munition = IsMunition(text.AsSpan(noun.Start, noun.Length));
        for (var k = 0; k < Math.Min(2, before.Count); k++)
            if (NotYet.Contains(before[k]) && !(munition && SeriesWords.Contains(before[k]))) return false;
        if (before.Count > 0 && before[0] == "in" && noun.Length >= 5 && text.AsSpan(noun.Start, 5).Equals("order", StringComparison.OrdinalIgnoreCase))
            return false;
        // "an August 16 meeting", "the June 25 raid": a date right before the noun dates the occurrence itself.
        foreach (var d in dates)
            if (d.Span.End <= noun.Start && noun.Start - d.Span.End <= 2 && sentence.Contains(d.Span)) return true;
        foreach (var w in before)
            if (LightVerbs.Contains(w)) return true;
        // "his inauguration in May", "the attack on June 19": a noun with its own date is a dated occurrence.
        foreach (var d in dates)
            if (d.Span.Start >= noun.End && d.Span.Start - noun.End <= 4 && sentence.Contains(d.Span)
                && ClauseReader.WordsBefore(text, d.Span.Start, 1) is ["in" or "on"] || d.Span.Start == noun.End + 1 && d.Span.Start < text.Length
                && (text.AsSpan(d.Span.Start).StartsWith("in ", StringComparison.OrdinalIgnoreCase) || text.AsSpan(d.Span.Start).StartsWith("on ", StringComparison.OrdinalIgnoreCase)))
                return true;
        // "the attack caused no casualties", "the clash resulted in ...": a definite noun refers back to an event
        // already told, so only an indefinite one ("protests broke out") is a new occurrence.
        if (before.Count > 0 && before[0] is "the" or "this" or "that" or "these" or "those" or "its" or "their" or "his") return false;
        if (before.Count > 1 && before[1] is "the" or "this" or "that" or "these" or "those") return false;
        var after = ClauseReader.WordsAfter(text, noun.End, 4);
        foreach (var w in after)
        {
            if (OccurrenceVerbs.Contains(w)) return true;
            if (w is "on" or "in" or "against" or "at" or "by" or "of" or "near") continue;
        }
        return false;
    }
}
