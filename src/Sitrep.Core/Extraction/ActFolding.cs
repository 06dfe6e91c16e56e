using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>
/// How the acts found sentence by sentence become events: acts told in two verbs of one sentence merge, later
/// sentences that only add to an act fold into it, a continuation of the last act joins it, stances (confirmed,
/// claimed, denied) are noted on an item's event, and a protest in several governorates splits by governorate.
/// </summary>
internal static class ActFolding
{
    /// <summary>
    /// Folds later sentences of an item into an earlier act they only add to: same actor (or none named), same kind
    /// of act or a statement about it, same date and place. "CTS reportedly seized several rockets and detained 14"
    /// after "a CTS unit conducted a raid" makes the raid an arrest; it is not a second event.
    /// </summary>
    public static List<ActCandidate> Fold(List<ActCandidate> candidates)
    {
        var kept = new List<ActCandidate>();
        foreach (var c in candidates)
        {
            // Claims and denials about what happened belong to the item's event (they are its disputes, not acts).
            if (c.Disputed && kept.Count > 0) continue;
            var into = kept.FirstOrDefault(e => e.Sentence != c.Sentence && Absorbs(e, c));
            if (into is null) { kept.Add(c); continue; }
            var groupOf = EventFamilies.GroupOf(into.Family);
            if (groupOf == EventFamilies.GroupOf(c.Family))
            {
                into.Triggers.AddRange(c.Triggers);
                into.Family = EventCoder.Family(into.Triggers, into.Main);
            }
            TakeCounts(into, c);
            into.Actor2 ??= c.Actor2;
        }
        return kept;
    }

    /// <summary>The figures <paramref name="c"/> states that <paramref name="into"/> does not, with their sources.</summary>
    private static void TakeCounts(ActCandidate into, ActCandidate c)
    {
        var merged = new Dictionary<string, double>(into.Counts.Counts);
        var qualifiers = new Dictionary<string, string>(into.Counts.Qualifiers);
        foreach (var (k, v) in c.Counts.Counts)
        {
            if (!merged.TryAdd(k, v)) continue;
            if (c.Counts.Qualifiers.TryGetValue(k, out var q)) qualifiers[k] = q;
            if (c.Sources.TryGetValue("count:" + k, out var cs)) into.Sources["count:" + k] = cs;
        }
        into.Counts = into.Counts with { Counts = merged, Qualifiers = qualifiers, Fatalities = into.Counts.Fatalities ?? c.Counts.Fatalities };
    }

    /// <summary>
    /// "They also arrested an Iranian expert" shortly after a raid that detained 14: more of the same act, by the same
    /// forces. The people it names add to the act's count; the count's source then spans both statements.
    /// </summary>
    private static bool AddsTo(string text, ActCandidate e, ActCandidate c)
    {
        if (EventFamilies.GroupOf(c.Family) != FamilyGroup.Security || EventFamilies.GroupOf(e.Family) != FamilyGroup.Security) return false;
        if (c.Sentence.Start <= e.Sentence.End || c.Sentence.Start - e.Sentence.End > 400 || c.Date is { Explicit: true }) return false;
        if (ClauseReader.WordsBefore(text, c.Main.Span.Start, 2) is not ["also", "they" or "forces" or "police"]) return false;
        var key = c.Family == EventFamily.Arrest ? "detained" : null;
        if (key is not null && !c.Counts.Counts.ContainsKey(key) && e.Counts.Counts.TryGetValue(key, out var before)
            && e.Sources.TryGetValue("count:" + key, out var from)
            && ClauseReader.WordsAfter(text, c.Main.Span.End, 1) is ["a" or "an" or "one"])
        {
            var counts = new Dictionary<string, double>(e.Counts.Counts) { [key] = before + 1 };
            e.Counts = e.Counts with { Counts = counts };
            e.Sources["count:" + key] = new TextSpan(from.Start, c.Clause?.End ?? c.Sentence.End);
        }
        TakeCounts(e, c);
        return true;
    }

    /// <summary>
    /// Sentences of an item that confirm, claim or deny what it reports ("police confirmed the attack", "the Pentagon
    /// was not aware of any attack", "demonstrators claimed ...", "a spokesperson refuted that claim") are recorded on
    /// the item's first event as stances, so a dispute inside one source becomes a contradiction with its spans.
    /// </summary>
    public static void Stances(string text, List<TextSpan> sentences, ExtractionRegion region, ActCandidate first)
    {
        var n = 0;
        foreach (var sentence in sentences)
        {
            var span = sentence.Intersect(region.Range);
            if (span.IsEmpty || span.Start < first.Sentence.Start) continue;
            var s = text.AsSpan(span.Start, span.Length);
            string? stance = null;
            if (s.Contains("denied", StringComparison.OrdinalIgnoreCase) || s.Contains("refuted", StringComparison.OrdinalIgnoreCase)
                || s.Contains("not aware", StringComparison.OrdinalIgnoreCase) || s.Contains("rejected the claim", StringComparison.OrdinalIgnoreCase))
                stance = "denied";
            else if (s.Contains(" claimed ", StringComparison.OrdinalIgnoreCase) && span != first.Sentence) stance = "claimed";
            else if (s.Contains(" confirmed ", StringComparison.OrdinalIgnoreCase)) stance = "confirmed";
            if (stance is not null) first.Sources[$"stance:{stance}:{++n}"] = span;
        }
    }

    /// <summary>"ordered a unit to raid the compound and arrested 14": one security operation, told in two verbs.</summary>
    public static List<ActCandidate> MergeAdjacent(List<ActCandidate> candidates)
    {
        var kept = new List<ActCandidate>();
        foreach (var c in candidates)
        {
            if (kept.Count > 0 && kept[^1] is var e && e.Sentence == c.Sentence && EventFamilies.GroupOf(e.Family) == FamilyGroup.Security
                && EventFamilies.GroupOf(c.Family) == FamilyGroup.Security && (c.Actor1 is null || c.Actor1.Actor?.Id == e.Actor1?.Actor?.Id))
            {
                e.Triggers.AddRange(c.Triggers);
                e.Family = EventCoder.Family(e.Triggers, e.Main);
                TakeCounts(e, c);
                if (e.Clause is { } ec && c.Clause is { } cc) e.Clause = new TextSpan(Math.Min(ec.Start, cc.Start), Math.Max(ec.End, cc.End));
                continue;
            }
            kept.Add(c);
        }
        return kept;
    }

    /// <summary>
    /// Outside numbered items, a sentence that goes on about the act just told ("They also arrested ...", "The rocket
    /// was intercepted ...") with no new actor of its own is part of it; an interception turns a rocket attack into
    /// disrupted weapons use.
    /// </summary>
    public static List<ActCandidate> Continue(string text, List<ActCandidate> candidates)
    {
        var kept = new List<ActCandidate>();
        foreach (var c in candidates)
        {
            var e = kept.Count > 0 ? kept[^1] : null;
            if (e is not null && AddsTo(text, e, c)) continue;
            if (e is not null && e.Sentence != c.Sentence && e.Sentence.End <= c.Sentence.Start && c.Sentence.Start - e.Sentence.End <= 3
                && OpensWithReference(text, c.Sentence))
            {
                if (c.Family == EventFamily.WeaponsDisrupted && e.Family is EventFamily.Shelling or EventFamily.AirStrike or EventFamily.Explosive)
                {
                    e.Triggers.AddRange(c.Triggers);
                    e.Family = EventFamily.WeaponsDisrupted;
                    e.Sentence = new TextSpan(e.Sentence.Start, c.Sentence.End);
                    e.Clause = null;
                    continue;
                }
                if (EventFamilies.GroupOf(c.Family) == EventFamilies.GroupOf(e.Family) && c.Actor1 is null or { Actor: null }) continue;
            }
            kept.Add(c);
        }
        return kept;
    }

    public static bool OpensWithReference(string text, TextSpan sentence)
    {
        var first = ClauseReader.WordsAfter(text, sentence.Start, 2);
        return first.Count > 0 && (first[0] is "they" or "it" or "he" or "she" || first[0] == "the" && first.Count > 1
            && first[1] is "rocket" or "rockets" or "missile" or "drone" or "attack" or "bomb" or "device" or "militants" or "group");
    }

    public static bool Absorbs(ActCandidate e, ActCandidate c)
    {
        // "a meeting between Kadhimi and Ghaani" ... "Ghaani met with Kadhimi": the same meeting from the other side.
        if (c.Family == e.Family && c.Actor1?.Actor is { } other && e.Actor2?.Actor?.Id == other.Id) return true;
        var sameActor = c.Actor1?.Actor is null || e.Actor1?.Actor?.Id == c.Actor1.Actor.Id;
        if (!sameActor) return false;
        // Political acts fold only into the same kind of act ("announced" twice); a statement folds into any act it
        // comments on. Two different political acts by one actor (an order, then setting a date) stay two events.
        var sameGroup = EventFamilies.GroupOf(e.Family) == EventFamilies.GroupOf(c.Family);
        var sameKind = sameGroup && (EventFamilies.GroupOf(c.Family) != FamilyGroup.Political || c.Family == e.Family)
            || c.Family is EventFamily.Statement or EventFamily.Threat;
        if (!sameKind) return false;
        // Handing detainees to another custodian and freeing them are two acts, however close in the telling.
        if (c.CustodyTransfer != e.CustodyTransfer) return false;
        if (c.Date is { Explicit: true } d && e.Date is { } ed && d.Range != ed.Range) return false;
        if (c.Location.Admin1 != e.Location.Admin1 && c.Location.Admin1 is not null) return false;
        // "11 of the 14 were released" after "released the 14": another figure for the same count is another act or
        // another account of it; either way it stays visible (linking groups the accounts and records the difference).
        foreach (var (k, v) in c.Counts.Counts)
            if (e.Counts.Counts.TryGetValue(k, out var ev) && ev != v) return false;
        // An escalation ("demonstrations resulted in the storming of buildings") is its own event, not a detail.
        if (EventFamilies.GroupOf(c.Family) is FamilyGroup.Protest or FamilyGroup.Violence && c.Family != e.Family
            && EventFamilies.Specificity(c.Family) > EventFamilies.Specificity(e.Family)) return false;
        return true;
    }

    /// <summary>A protest sentence naming several governorates is one event per governorate (ACLED codes by location).</summary>
    /// <param name="later">The region's sentences: a governorate a later sentence names more precisely as a protest's
    /// place ("Protesters in Diwaniyah, Qadisiyah Province, ...") takes its event from that sentence and place.</param>
    public static IEnumerable<ActCandidate> SplitProtests(string text, List<ActCandidate> candidates, IReadOnlyList<PlaceMention> places,
        IReadOnlyList<TextSpan> later)
    {
        foreach (var c in candidates)
        {
            if (EventFamilies.GroupOf(c.Family) != FamilyGroup.Protest) { yield return c; continue; }
            var named = places.Where(p => p.Place is { Country: "Iraq", Governorate: not null } && c.Sentence.Contains(p.Span)
                    && p.Place.Kind is PlaceKind.Governorate or PlaceKind.City)
                .GroupBy(p => p.Place!.Governorate!).Select(g => g.First()).ToList();
            if (named.Count < 2) { yield return c; continue; }
            foreach (var named1 in named)
            {
                var p = named1;
                var sentence = c.Sentence;
                var clause = c.Clause;
                if (p.Place!.Kind == PlaceKind.Governorate && Sharper(text, p, c.Sentence, places, later) is { } sharper)
                    (p, sentence, clause) = (sharper.Place, sharper.Sentence, null);
                var place = p.Place!;
                var capital = place;
                yield return new ActCandidate
                {
                    Sentence = sentence, Clause = clause, Item = c.Item, Triggers = c.Triggers, Main = c.Main, Family = c.Family,
                    Actor1 = c.Actor1, Actor2 = c.Actor2, Associated = c.Associated, Date = c.Date,
                    Location = new EventLocation(capital.Name, capital.Id, "Iraq", place.Governorate, null, capital.Latitude, capital.Longitude,
                        place.Kind == PlaceKind.Governorate ? 3 : p.GeoPrecision),
                    Counts = c.Counts, Attribution = c.Attribution, FallbackActor1 = c.FallbackActor1,
                    Sources = new Dictionary<string, TextSpan>(c.Sources, StringComparer.Ordinal) { ["place"] = p.Span },
                };
            }
        }
    }

    /// <summary>A later sentence that puts protesters at a town of <paramref name="governorate"/>'s governorate.</summary>
    private static (PlaceMention Place, TextSpan Sentence)? Sharper(string text, PlaceMention governorate, TextSpan from,
        IReadOnlyList<PlaceMention> places, IReadOnlyList<TextSpan> later)
    {
        foreach (var s in later)
        {
            if (s.Start <= from.Start) continue;
            var words = text.AsSpan(s.Start, s.Length);
            if (!(words.Contains("protesters", StringComparison.OrdinalIgnoreCase) || words.Contains("demonstrators", StringComparison.OrdinalIgnoreCase)
                  || words.Contains("protests", StringComparison.OrdinalIgnoreCase))) continue;
            foreach (var p in places)
                if (s.Contains(p.Span) && p.Place is { Kind: PlaceKind.City or PlaceKind.Town } town && town.Governorate == governorate.Place!.Governorate)
                    return (p, s);
        }
        return null;
    }
}
