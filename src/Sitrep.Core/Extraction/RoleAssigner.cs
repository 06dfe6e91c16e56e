using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>Who acted and against whom, as found in a clause.</summary>
public sealed record Roles(ActorMention? Actor1, ActorMention? Actor2, IReadOnlyList<ActorMention> Associated);

/// <summary>
/// Finds actor1 (who acted) and actor2 (against whom) around a trigger: in the active voice the subject before the
/// verb and the first actor after it ("CTS detained 14 KH members"); in the passive the agent after "by" and the
/// subject ("14 KH members were detained by CTS"); a possessive before an event noun is its target ("KH's facility
/// was raided"). Leading phrases ("After the raid by CTS, KH ...") and possessive metonyms ("Iraq's Ministry of
/// Health") do not count as the subject.
/// </summary>
public static class RoleAssigner
{
    private static readonly string[] LeadingPrepositions =
        ["after", "following", "despite", "amid", "before", "during", "since", "in", "on", "with", "as", "unlike", "like", "according", "at", "immediately", "shortly", "within", "throughout"];

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "after", "before", "when", "once", "until", "because", "while", "although", "though", "as", "whereas",
    };

    public static Roles Assign(string text, TextSpan clause, Trigger main, IReadOnlyList<ActorMention> actors)
    {
        // "US-designated", "Iran-backed", "pro-Iran": a name inside a compound modifier is not a party to the event.
        var inClause = actors.Where(a => a.Actor is not null && clause.Contains(a.Span) && !InCompound(text, a.Span)).ToList();
        var before = inClause.Where(a => a.Span.End <= main.Span.Start).ToList();
        var after = inClause.Where(a => a.Span.Start >= main.Span.End).ToList();

        var subject = Subject(text, clause, main, before);
        ActorMention? agent = null;
        foreach (var a in after)
        {
            var w = ClauseReader.WordsBefore(text, a.Span.Start, 1);
            if (w.Count == 1 && w[0] == "by") { agent = a; break; }
        }

        ActorMention? actor1, actor2;
        if (main.Passive)
        {
            actor1 = agent;
            actor2 = subject is not null && !IsAttribution(text, subject) ? subject : null;
        }
        else
        {
            actor1 = subject;
            actor2 = after.FirstOrDefault(a => !SameActor(a, actor1) && !IsAttribution(text, a));
            // "a meeting between Kadhimi and Ghaani", "the resignation of the prime minister": the noun's own participants.
            if (actor1 is null && main.IsNoun && after.Count > 0)
            {
                var gap = text.AsSpan(main.Span.End, Math.Max(0, after[0].Span.Start - main.Span.End)).ToString();
                if (gap.Length <= 40 && (gap.Contains(" between ") || gap.Contains(" by ") || gap.StartsWith(" of ", StringComparison.Ordinal)
                        || gap == " between " || gap == " by ")
                    && main.Entry.Kind is "meeting" or "dismissal" or "visit" or "group" or "statement" or "protest" or "appointment")
                {
                    actor1 = after[0];
                    actor2 = after.Skip(1).FirstOrDefault(a => !SameActor(a, actor1) && !IsAttribution(text, a));
                }
            }
        }
        // "Since his inauguration in May, Prime Minister X ...": a possessive pronoun on the event noun points ahead to
        // the person the sentence goes on to name.
        if (actor1 is null && main.IsNoun && ClauseReader.WordsBefore(text, main.Span.Start, 1) is ["his" or "her" or "their" or "its"])
        {
            actor1 = actors.FirstOrDefault(a => a.Actor is not null && a.Span.Start >= main.Span.End && a.Span.Start - main.Span.End < 80
                && !InCompound(text, a.Span) && !IsAttribution(text, a));
            if (actor2 is not null && SameActor(actor1, actor2)) actor2 = null;
        }
        if (actor2 is not null && SameActor(actor1, actor2)) actor2 = null;
        var assoc = inClause.Where(a => !SameActor(a, actor1) && !SameActor(a, actor2) && !IsAttribution(text, a))
            .GroupBy(a => a.Actor!.Id).Select(g => g.First()).Take(4).ToList();
        return new Roles(actor1, actor2, assoc);
    }

    /// <summary>A name joined by a hyphen to the next or previous word: "US-designated", "Iran-backed", "pro-Kadhimi".</summary>
    private static bool InCompound(string text, TextSpan span) =>
        (span.End < text.Length && text[span.End] is '-' or '‑' && span.End + 1 < text.Length && char.IsLetter(text[span.End + 1]))
        || (span.Start > 1 && text[span.Start - 1] is '-' or '‑' && IsPrefix(text, span.Start - 1));

    /// <summary>"pro-", "anti-", "non-", "ex-": a prefix that makes the name a modifier ("al-" is part of the name).</summary>
    private static bool IsPrefix(string text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, hyphen - start);
        return word.Equals("pro", StringComparison.OrdinalIgnoreCase) || word.Equals("anti", StringComparison.OrdinalIgnoreCase)
            || word.Equals("non", StringComparison.OrdinalIgnoreCase) || word.Equals("ex", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameActor(ActorMention? a, ActorMention? b) => a?.Actor is not null && b?.Actor is not null && a.Actor.Id == b.Actor.Id;

    /// <summary>"according to the AP", "X told the AP": the source of the report, not a party to the event.</summary>
    private static bool IsAttribution(string text, ActorMention a)
    {
        var before = ClauseReader.WordsBefore(text, a.Span.Start, 2);
        if (before.Count >= 1 && before[0] is "to" && before.Count == 2 && before[1] == "according") return true;
        if (before.Count >= 1 && before[0] is "told") return true;
        if (a.Actor?.Type == ActorType.Media) return true;
        return false;
    }

    private static ActorMention? Subject(string text, TextSpan clause, Trigger main, List<ActorMention> before)
    {
        if (before.Count == 0) return null;
        var start = clause.Start;
        // Skip a leading phrase: "After the raid by CTS, KH members stormed ...", "Likely at Iran's instigation, KH ...".
        var first = ClauseReader.WordsAfter(text, clause.Start, 2);
        if (first.Count > 0 && (LeadingPrepositions.Contains(first[0]) || first.Count > 1 && LeadingPrepositions.Contains(first[1])
                && first[0].EndsWith("ly", StringComparison.Ordinal)))
        {
            var comma = text.IndexOf(',', clause.Start, main.Span.Start - clause.Start);
            if (comma >= 0) start = comma + 1;
        }
        // The verb's own clause: "... since Prime Minister Kadhimi completed his cabinet": back from the verb to an
        // opener that no comma separates from it (", who is the commander of ...," is a parenthesis, not the clause).
        var p = main.Span.Start;
        while (p > start)
        {
            var wordEnd = p;
            if (ClauseReader.PreviousWord(text, ref p) is not { } w || p < start) break;
            if (text.AsSpan(p, wordEnd - p).Contains(',')) break;
            if (ClauseOpeners.Contains(w) || w is "that" && !IsDeterminerThat(text, wordEnd)) { start = wordEnd; break; }
        }
        // "drove to the CTS headquarters": an actor naming a facility is a place here, not the subject.
        var candidates = before.Where(a => a.Span.Start >= start && !IsAttribution(text, a) && !NamesFacility(text, a.Span.End)).ToList();
        if (candidates.Count == 0) return start > clause.Start ? null : before.FirstOrDefault(a => !IsAttribution(text, a));

        // An appositive person set off by commas is the subject's head: "The leader of AAH, Qais al-Khazali, condemned",
        // "The leader of AAH, US-designated terrorist Qais al-Khazali, condemned".
        foreach (var a in candidates)
            if (a.Actor!.Type == ActorType.Person && !ReferenceEquals(a, candidates[0]) && HasCommaAfter(text, a.Span.End)
                && (HasCommaBefore(text, a.Span.Start) || text.LastIndexOf(',', a.Span.Start, Math.Min(a.Span.Start, 40)) > candidates[0].Span.End))
                return a;
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            if (i + 1 < candidates.Count)
            {
                var gap = text.AsSpan(a.Span.End, Math.Max(0, candidates[i + 1].Span.Start - a.Span.End));
                // "Iraq's Ministry of Health", "Iranian proxy Saraya ..." , "KH Secretary General Ahmad al-Hammadawi":
                // a modifier right before the name it qualifies; "a militia calling itself Jund al-Soleimani".
                if (Words.IsPossessiveAt(text, a.Span.End) && gap.Length <= 3) continue;
                if (gap.Trim().Length == 0 || IsTitleGap(text, a.Span.End, candidates[i + 1].Span.Start) || gap.Contains("calling itself", StringComparison.OrdinalIgnoreCase)
                    || gap.Contains("known as", StringComparison.OrdinalIgnoreCase)) continue;
            }
            return a;
        }
        return candidates[^1];
    }

    /// <summary>The subject of the main clause before <paramref name="range"/>'s end: who "it" or "they" refers to.</summary>
    public static ActorMention? MainSubject(string text, TextSpan range, IReadOnlyList<ActorMention> actors)
    {
        var before = actors.Where(a => a.Actor is not null && range.Contains(a.Span) && !InCompound(text, a.Span) && !IsAttribution(text, a)).ToList();
        for (var i = 0; i < before.Count; i++)
        {
            if (i + 1 < before.Count && (Words.IsPossessiveAt(text, before[i].Span.End) || IsTitleGap(text, before[i].Span.End, before[i + 1].Span.Start))) continue;
            return before[i];
        }
        return null;
    }

    /// <summary>Only spaces and title words between two names: "KH Secretary General Ahmad al-Hammadawi", "Iranian proxy STAT".</summary>
    private static bool IsTitleGap(string text, int from, int to)
    {
        if (to < from || to - from > 40) return false;
        foreach (var w in text.AsSpan(from, to - from).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w is not ("Secretary" or "General" or "Commander" or "Leader" or "leader" or "Spokesperson" or "spokesperson" or "spokesman"
                or "Minister" or "Deputy" or "President" or "Chairman" or "Head" or "head" or "Chief" or "chief" or "cleric" or "Sheikh"
                or "Brigadier" or "Colonel" or "Lieutenant" or "Gen." or "Major" or "Speaker" or "official" or "commander" or "member"))
                return false;
        return true;
    }

    private static bool NamesFacility(string text, int end)
    {
        // "the prime minister's residence": past the possessive.
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's') end += 2;
        var next = ClauseReader.WordsAfter(text, end, 1);
        return next.Count == 1 && next[0] is "headquarters" or "residence" or "base" or "office" or "building" or "buildings" or "compound"
            or "facility" or "facilities" or "position" or "embassy" or "camp" or "checkpoint" or "prison";
    }

    /// <summary>"that" as a determiner ("that same day", "that claim") rather than a conjunction.</summary>
    private static bool IsDeterminerThat(string text, int end)
    {
        var next = ClauseReader.WordsAfter(text, end, 1);
        return next.Count == 1 && next[0] is "same" or "day" or "date" or "claim" or "time" or "week" or "month" or "year" or "attack";
    }

    private static bool HasCommaAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ',';
    }

    private static bool HasCommaBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == ',';
    }

}
