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
        ["after", "following", "despite", "amid", "before", "during", "since", "in", "on", "with", "as", "unlike", "like", "according"];

    public static Roles Assign(string text, TextSpan clause, Trigger main, IReadOnlyList<ActorMention> actors)
    {
        var inClause = actors.Where(a => a.Actor is not null && clause.Contains(a.Span)).ToList();
        var before = inClause.Where(a => a.Span.End <= main.Span.Start).ToList();
        var after = inClause.Where(a => a.Span.Start >= main.Span.End).ToList();

        ActorMention? subject = Subject(text, clause, main, before);
        ActorMention? agent = null;
        var agentIndex = -1;
        for (var i = 0; i < after.Count; i++)
        {
            var w = ClauseReader.WordsBefore(text, after[i].Span.Start, 1);
            if (w.Count == 1 && w[0] == "by") { agent = after[i]; agentIndex = i; break; }
        }

        ActorMention? actor1, actor2;
        if (main.Passive)
        {
            actor1 = agent;
            actor2 = subject;
        }
        else
        {
            actor1 = subject;
            actor2 = after.FirstOrDefault(a => !SameActor(a, actor1) && !IsAttribution(text, a)) ;
            // A noun trigger with a possessive target before it: "KH's facility was raided" / "the CTS raid on KH".
        }
        if (actor2 is not null && SameActor(actor1, actor2)) actor2 = null;
        var assoc = inClause.Where(a => !SameActor(a, actor1) && !SameActor(a, actor2)
                && a.Span.Start < (after.Count > 0 ? after[^1].Span.End : main.Span.End) && !IsAttribution(text, a))
            .GroupBy(a => a.Actor!.Id).Select(g => g.First()).Take(4).ToList();
        return new Roles(actor1, actor2, assoc);
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
        // An appositive person right before the verb is the subject's head: "The leader of AAH, Qais al-Khazali, condemned".
        var last = before[^1];
        var gap = text.AsSpan(last.Span.End, main.Span.Start - last.Span.End).Trim();
        if (last.Actor!.Type == ActorType.Person && (gap.Length == 0 || gap.SequenceEqual(",") || IsAdverbGap(gap))
            && before.Count > 1 && HasCommaBefore(text, last.Span.Start)) return last;

        // Skip a leading prepositional phrase: "After the raid by CTS, KH members stormed ..."
        var start = clause.Start;
        var first = ClauseReader.WordsAfter(text, clause.Start, 1);
        if (first.Count == 1 && LeadingPrepositions.Contains(first[0]))
        {
            var comma = text.IndexOf(',', clause.Start, main.Span.Start - clause.Start);
            if (comma >= 0) start = comma + 1;
        }
        var candidates = before.Where(a => a.Span.Start >= start).ToList();
        if (candidates.Count == 0) candidates = before;
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            // "Iraq's Ministry of Health", "Iran's IRGC": the possessive is a modifier when an actor follows it.
            if (i + 1 < candidates.Count && IsPossessive(text, a.Span.End) && candidates[i + 1].Span.Start - a.Span.End <= 3) continue;
            // "members of KH": the group is the actor, as ACLED codes it.
            return a;
        }
        return candidates[^1];
    }

    private static bool IsAdverbGap(ReadOnlySpan<char> gap)
    {
        var g = gap.ToString().Trim(',', ' ').ToLowerInvariant();
        return g is "reportedly" or "allegedly" or "also" or "then" or "later" or "likely" or "publicly" or "previously" or "had" or "had previously";
    }

    private static bool HasCommaBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == ',';
    }

    private static bool IsPossessive(string text, int end) =>
        end < text.Length && (text[end] is '\'' or '’') && end + 1 < text.Length && text[end + 1] is 's' or 'S'
        || end > 1 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S';
}
