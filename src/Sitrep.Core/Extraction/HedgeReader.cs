using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>How sure the source is: hedging words on the occurrence or its perpetrator, and who the report is attributed to.</summary>
public sealed record Attribution(bool Hedged, IReadOnlyList<string> Hedges, string? ClaimedBy);

/// <summary>
/// Hedging counts when it marks the occurrence or actor1 ("likely Iranian proxies fired", "reportedly prevented",
/// "claimed that it attacked"); a hedge on the target or a detail after the verb does not ("from likely Iranian proxy
/// militias", "reportedly seized several rockets" in a later sentence). Attribution: "according to X", "X said/told/
/// claimed that ...".
/// </summary>
public static class HedgeReader
{
    private static readonly HashSet<string> HedgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "likely", "reportedly", "allegedly", "purportedly", "possibly", "apparently", "probably", "unconfirmed", "suspected",
        "claimed", "claims", "claiming", "alleged", "presumably", "supposedly", "unverified", "rumored", "rumoured",
    };

    private static readonly HashSet<string> SayVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "stated", "told", "claimed", "reported", "confirmed", "announced", "alleged", "asserted", "according",
    };

    public static Attribution Read(string text, TextSpan clause, Trigger main, IReadOnlyList<ActorMention> actors)
    {
        var hedges = new List<string>();
        var p = main.Span.Start;
        // Back from the trigger to the clause start: the subject and the verb group.
        while (p > clause.Start && ClauseReader.PreviousWord(text, ref p) is { } w)
        {
            if (p < clause.Start) break;
            if (HedgeWords.Contains(w) && !hedges.Contains(w)) hedges.Add(w);
        }
        string? claimedBy = null;
        var clauseText = text.AsSpan(clause.Start, clause.Length);
        var according = clauseText.IndexOf("according to", StringComparison.OrdinalIgnoreCase);
        if (according >= 0) claimedBy = PhraseAt(text, clause.Start + according + "according to".Length, clause.End);
        if (claimedBy is null)
        {
            // "X told the AP that ...", "X claimed that ...": the speaker before a say-verb that precedes the trigger.
            foreach (var a in actors)
            {
                if (a.Actor is null || !clause.Contains(a.Span) || a.Span.End > main.Span.Start) continue;
                foreach (var w in ClauseReader.WordsAfter(text, a.Span.End, 3))
                    if (SayVerbs.Contains(w)) { claimedBy = a.Actor.Name; break; }
                if (claimedBy is not null) break;
            }
        }
        return new Attribution(hedges.Count > 0, hedges, claimedBy);
    }

    /// <summary>The noun phrase after "according to": up to the next comma or clause end, at most eight words.</summary>
    private static string? PhraseAt(string text, int from, int end)
    {
        var stop = from;
        while (stop < end && text[stop] is not (',' or '.' or ';' or ')' or '\n')) stop++;
        var phrase = text[from..stop].Trim();
        if (phrase.Length == 0) return null;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(8));
    }
}
