using Sitrep.Core.Knowledge;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>
/// From a document's sentences and mentions to event mentions. Each sentence's trigger words are grouped into acts
/// (one per clause of a different kind: "X announced a campaign ... CTS seized the crossing"), each act gets its
/// roles, date, place, counts and hedging from its clause. In a situation-report item or an index section, later
/// sentences that only add detail to an earlier act of the same actor and date are folded into it; a protest named
/// in several governorates is one event per governorate, as ACLED codes it. Deterministic and stateless.
/// </summary>
public sealed class EventExtractor(TriggerLexicon lexicon, Gazetteer gazetteer, ActorRegistry registry)
{
    private static readonly Lazy<EventExtractor> Shared =
        new(() => new EventExtractor(TriggerLexicon.Default, Gazetteer.Default, ActorRegistry.Default));

    public static EventExtractor Default => Shared.Value;

    public IReadOnlyList<EventMention> Extract(Document doc, DocumentSegments segments, DocumentAnnotations notes)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(notes);
        var text = doc.Text;
        var sentences = segments.Sentences.Select(s => s.Span).OrderBy(s => s.Start).ToList();
        var regions = Regions(doc, segments);
        var matches = new List<PhraseMatch<TriggerEntry>>();
        var events = new List<EventMention>();
        EventDate? lastExplicit = null;
        EventDate? lastForeground = null;
        var latest = LatestDay(doc, notes.Dates);
        // The annotator's cut of the text into words, when it looked the trigger words up too: no second cut.
        var words = notes.WordsOf(text);
        int[]? map = null;
        if (words is not null && !words.Lexicon!.TryMapFor(lexicon.Matcher.TokenIds, out map)) words = null;
        foreach (var region in regions)
        {
            matches.Clear();
            if (words is not null) lexicon.Matcher.MatchWordsInto(words, map!, region.Range, matches);
            else lexicon.Matcher.MatchInto(text, region.Range, matches);
            if (matches.Count == 0) continue;
            var candidates = new List<ActCandidate>();
            EventDate? previous = null;
            var pendingInferred = new List<ActCandidate>();
            foreach (var sentence in sentences)
            {
                var span = sentence.Intersect(region.Range);
                if (span.IsEmpty) continue;
                var dates = DatesIn(notes.Dates, span);
                var triggers = TriggerFinder.Find(text, span, matches, dates);
                if (triggers.Count == 0) continue;
                // Without an item date or period, a sentence is dated by the story it continues: the last event told
                // that is not background, else the last date the text gave before it.
                // A carried-over date is inferred, so it is a range-level precision even when the day is known.
                var fallback = region.Fallback ?? (lastForeground is { } lf ? lf with { Explicit = false, Precision = DatePrecision.Range } : (EventDate?)null)
                    ?? (LastDateBefore(notes.Dates, region.Range, span.Start) is { } lb ? lb with { Explicit = false } : (EventDate?)null)
                    ?? (lastExplicit is { } le ? le with { Explicit = false } : (EventDate?)null)
                    // Nothing dated at all: the report's own date, as ACLED codes an undated incident.
                    ?? (doc.Published is { } pub ? new EventDate(new DateRange(pub, pub), DatePrecision.Range, false) : (EventDate?)null);
                foreach (var c in Acts(text, span, region, triggers, dates, notes, fallback, LastDateBefore(notes.Dates, region.Range, span.Start) ?? previous))
                {
                    candidates.Add(c);
                    // "nine of the 20 were freed by Sunday, May 3": a deadline says when at the latest, so the act
                    // lies between the story's last date and it.
                    if (c.Date is { Explicit: true, Span: { } ds } bd && lastForeground is { } from && IsDeadline(text, ds)
                        && from.Range.Start < bd.Range.Start && bd.Range.Start.DayNumber - from.Range.Start.DayNumber <= 14)
                        c.Date = bd with { Range = new DateRange(from.Range.Start, bd.Range.End), Precision = DatePrecision.Range };
                    // A story's undated acts lie between the date it last gave and the next one it gives.
                    if (region.Fallback is null && c.Date is { Explicit: false } && lastForeground is not null) pendingInferred.Add(c);
                    else if (c.Date is { Explicit: true } next && pendingInferred.Count > 0)
                    {
                        foreach (var p in pendingInferred)
                            if (p.Date is { } pd && next.Range.End > pd.Range.End && next.Range.End.DayNumber - pd.Range.Start.DayNumber <= 14
                                && !IsBackground(doc, next, region, latest))
                                p.Date = pd with { Range = new DateRange(pd.Range.Start, next.Range.End) };
                        pendingInferred.Clear();
                    }
                    if (c.Date is { Explicit: true } d)
                    {
                        previous = d;
                        lastExplicit = d;
                        if (d.Precision == DatePrecision.Day && !IsBackground(doc, d, region, latest)) lastForeground = d;
                    }
                }
            }
            candidates = ActFolding.MergeAdjacent(candidates);
            candidates = region.Fold ? ActFolding.Fold(candidates) : ActFolding.Continue(text, candidates);
            if (region.Fold && candidates.Count > 0) ActFolding.Stances(text, sentences, region, candidates[0]);
            PlanReader.Read(text, candidates, region.Range);
            var first = true;
            var regionSentences = sentences.Select(s => s.Intersect(region.Range)).Where(s => !s.IsEmpty).ToList();
            foreach (var c in ActFolding.SplitProtests(text, candidates, notes.Places, regionSentences))
            {
                var e = Build(doc, c, region, first && region.HeadlineHedged, latest);
                // An item's headline states its first event: that event's evidence runs from the headline on.
                if (first && region.Headline is { } h && h.Start < c.Sentence.Start)
                {
                    var span = new TextSpan(h.Start, EvidenceOf(text, c).End);
                    e = e with { Span = span, RawSpan = doc.Map.ToRaw(span) };
                }
                events.Add(e);
                first = false;
            }
        }
        return events;
    }

    /// <summary>The last date the text named before <paramref name="position"/> in the region: what "that day" refers to.</summary>
    /// <summary>The dates inside <paramref name="span"/>, in the annotations' order (a loop: it runs for every sentence).</summary>
    private static List<DateMention> DatesIn(IReadOnlyList<DateMention> dates, TextSpan span)
    {
        var inside = new List<DateMention>();
        for (var i = 0; i < dates.Count; i++)
            if (span.Contains(dates[i].Span)) inside.Add(dates[i]);
        return inside;
    }

    private static EventDate? LastDateBefore(IReadOnlyList<DateMention> dates, TextSpan region, int position)
    {
        DateMention? last = null;
        foreach (var d in dates)
            if (region.Contains(d.Span) && d.Span.End <= position && d.Precision == DatePrecision.Day
                && (last is null || d.Span.Start > last.Span.Start)) last = d;
        return last is null ? null : new EventDate(last.Range, last.Precision, true, last.Span);
    }

    private static bool IsDeadline(string text, TextSpan date) =>
        text.AsSpan(date.Start, date.Length).StartsWith("by ", StringComparison.OrdinalIgnoreCase)
        || ClauseReader.WordsBefore(text, date.Start, 1) is ["by"];

    /// <summary>
    /// Numbered items (their bodies; the key takeaway only repeats them), else index sections, else the whole text.
    /// Each region brings the date its events default to.
    /// </summary>
    private static List<ExtractionRegion> Regions(Document doc, DocumentSegments segments)
    {
        var year = doc.Period?.End.Year ?? doc.Published?.Year;
        var regions = new List<ExtractionRegion>();
        var ceiling = doc.Period?.End is { } pe && doc.Published is { } pb ? (pe > pb ? pe : pb) : doc.Period?.End ?? doc.Published;
        if (segments.Items.Count > 0)
        {
            foreach (var item in segments.Items.OrderBy(i => i.Span.Start))
            {
                var range = DateExpressions.ParsePeriod(item.DateText, year);
                var fallback = range is { } r ? new EventDate(r, r.Start == r.End ? DatePrecision.Day : DatePrecision.Range, false, item.DateSpan) : PeriodDate(doc);
                regions.Add(new ExtractionRegion(item.BodySpan, item.Number, fallback, true, HasHedge(item.Headline), item.HeadlineSpan) { Ceiling = ceiling });
            }
            return regions;
        }
        if (segments.Sections.Count > 0)
        {
            foreach (var section in segments.Sections.OrderBy(s => s.BodySpan.Start))
            {
                var range = DateExpressions.FindAll(section.Heading).Select(e => (DateRange?)e.ToRange(year)).FirstOrDefault(r => r is not null);
                var fallback = range is { } r ? new EventDate(r, r.Start == r.End ? DatePrecision.Day : DatePrecision.Range, false, section.HeadingSpan) : PeriodDate(doc);
                regions.Add(new ExtractionRegion(section.BodySpan, null, fallback, true, false) { Ceiling = ceiling });
            }
            return regions;
        }
        regions.Add(new ExtractionRegion(new TextSpan(0, doc.Text.Length), null, PeriodDate(doc), false, false) { Ceiling = ceiling });
        return regions;
    }

    private static EventDate? PeriodDate(Document doc) =>
        doc.Period is { } p ? new EventDate(p, p.Start == p.End ? DatePrecision.Day : DatePrecision.Range, false) : null;

    private static bool HasHedge(string headline)
    {
        foreach (var range in headline.AsSpan().Split(' '))
        {
            var w = headline.AsSpan(range).Trim(",.:");
            foreach (var hedge in (ReadOnlySpan<string>)["reportedly", "allegedly", "likely", "purportedly"])
                if (w.Equals(hedge, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>What an order's infinitive names when it is itself an event: "ordered the CTS to arrest 14 members".</summary>
    private static readonly Dictionary<string, (EventFamily Family, string Kind)> OrderedActs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arrest"] = (EventFamily.Arrest, "arrest"), ["detain"] = (EventFamily.Arrest, "arrest"),
        ["raid"] = (EventFamily.Raid, "raid"),
    };

    private static readonly HashSet<string> SayVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "announced", "said", "stated", "claimed", "reported", "confirmed", "declared", "revealed", "told",
    };

    /// <summary>The acts of one sentence: its triggers grouped by clause, each coded with roles, date, place, counts.</summary>
    private List<ActCandidate> Acts(string text, TextSpan sentence, ExtractionRegion region, List<Trigger> triggers,
        List<DateMention> dates, DocumentAnnotations notes, EventDate? fallback, EventDate? previous)
    {
        var groups = Group(text, triggers);
        var result = new List<ActCandidate>();
        ActCandidate? prior = null;
        string? reportedBy = null;
        var reportHedged = false;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var main = group.FirstOrDefault(t => !t.IsNoun, group[0]);
            var clauseStart = g == 0 ? sentence.Start : ClauseBreak(text, groups[g - 1][^1].Span.End, group[0].Span.Start) ?? groups[g - 1][^1].Span.End;
            var clauseEnd = g + 1 < groups.Count ? ClauseBreak(text, group[^1].Span.End, groups[g + 1][0].Span.Start) ?? groups[g + 1][0].Span.Start : sentence.End;
            var clause = new TextSpan(clauseStart, clauseEnd);
            ActorMention? orderedBy = null;
            var subjectClause = clause;
            // "ordered the CTS to arrest 14 KH members": the arrest is the event, by the unit ordered; the orderer is associated.
            if (main.Family == EventFamily.Order && !main.Perfect && !ClauseReader.IsPastPerfect(text, main.Span.Start)
                && OrderedAct(text, main, clauseEnd) is { } ordered)
            {
                var unit = notes.Actors.LastOrDefault(a => a.Actor is not null && a.Span.Start >= main.Span.End && a.Span.End <= ordered.Span.Start);
                orderedBy = RoleAssigner.Assign(text, clause, main, notes.Actors).Actor1;
                main = ordered;
                group = [ordered, .. group.Where(t => t.IsNoun)];
                subjectClause = new TextSpan(main.Span.Start, clauseEnd);
                var c0 = Build(text, sentence, region, group, main, new TextSpan(clauseStart, clauseEnd), dates, notes, fallback, previous,
                    unit, orderedBy, inherit: true);
                c0.Clause = new TextSpan(clauseStart, clauseEnd);
                result.Add(c0);
                prior = c0;
                if (c0.Date is { Explicit: true } od) previous = od;
                continue;
            }
            // "ordered the CTS to retake the crossings and to conduct a raid on KH": two orders in one, of which the
            // second is itself an event (the raid, by the unit ordered). The order keeps the first part.
            if (main.Family == EventFamily.Order && !main.Perfect && !ClauseReader.IsPastPerfect(text, main.Span.Start)
                && OrderedAct(text, main, clauseEnd) is null && LaterOrderedAct(text, main, clauseEnd) is { } later)
            {
                var firstTo = text.IndexOf(" to ", main.Span.End, later.And - main.Span.End, StringComparison.OrdinalIgnoreCase);
                var unit = notes.Actors.LastOrDefault(a => a.Actor is not null && a.Span.Start >= main.Span.End
                    && a.Span.End <= (firstTo < 0 ? later.Act.Span.Start : firstTo));
                var orderClause = new TextSpan(clauseStart, later.And);
                var orderAct = Build(text, sentence, region, [.. group.Where(t => t.Span.End <= later.And)], main, orderClause, dates, notes,
                    fallback, previous, null, null);
                orderAct.Clause = orderClause;
                result.Add(orderAct);
                var actClause = new TextSpan(later.And, clauseEnd);
                var act = Build(text, sentence, region, [later.Act, .. group.Where(t => t.IsNoun && t.Span.Start >= later.And)], later.Act,
                    actClause, dates, notes, fallback, previous, unit, orderAct.Actor1, inherit: true);
                act.Clause = actClause;
                // "On June 25, X ordered ... and to conduct a raid": the order's date is the raid's.
                if (act.Date is not { Explicit: true } && orderAct.Date is { Explicit: true } orderDate) act.Date = orderDate;
                result.Add(act);
                prior = act;
                continue;
            }
            // "BOC announced that security forces found a rocket": the finding is the event, the announcement its source.
            if (main.Family == EventFamily.Statement && g + 1 < groups.Count && SayVerbs.Contains(FirstWord(text, main.Span))
                && ClauseReader.WordsAfter(text, main.Span.End, 1) is ["that"]
                && groups[g + 1].Any(t => t.Group is not FamilyGroup.Political))
            {
                var speaker = RoleAssigner.Assign(text, clause, main, notes.Actors).Actor1;
                reportedBy = speaker?.Actor?.Name;
                reportHedged = FirstWord(text, main.Span) is "claimed";
                prior = null;
                continue;
            }
            ActorMention? inherited = null;
            var inherit = false;
            if (g > 0 && prior is not null && !main.Passive && (Coordinated(text, main) || PronounSubject(text, clause, main) || main.IsNoun))
                (inherited, inherit) = (prior.Actor1, true);
            else if (PronounSubject(text, clause, main))
                (inherited, inherit) = (PersonalPronoun(text, main)
                    ? notes.Actors.LastOrDefault(a => a.Actor?.Type == ActorType.Person && a.Span.End <= main.Span.Start && a.Span.Start >= region.Range.Start)
                    : RoleAssigner.MainSubject(text, new TextSpan(sentence.Start, main.Span.Start), notes.Actors), true);
            if (main.Causative && CausativeObject(text, clause, main, notes.Actors) is { } forced) (inherited, inherit) = (forced, true);
            var c = Build(text, sentence, region, group, main, subjectClause, dates, notes, fallback, previous, inherited, null, inherit);
            if (reportedBy is not null || reportHedged)
            {
                c.Attribution = c.Attribution with { ClaimedBy = c.Attribution.ClaimedBy ?? reportedBy, Hedged = c.Attribution.Hedged || reportHedged };
                c.Disputed = reportHedged;
            }
            if (c.Family is EventFamily.Statement && Denies(text, sentence)) c.Disputed = true;
            // "Some demonstrators claimed online that the ISF fired upon them": an allegation, hedged, and in an item
            // about something else a dispute of that event rather than an event of its own.
            if (ClaimedBefore(text, sentence.Start, main.Span.Start))
            {
                c.Disputed = true;
                if (!c.Attribution.Hedges.Contains("claimed"))
                    c.Attribution = c.Attribution with { Hedged = true, Hedges = [.. c.Attribution.Hedges, "claimed"] };
            }
            // A statement that goes with the act before it ("attacked ... and circulated a video") is part of that act.
            if (prior is not null && c.Family is EventFamily.Statement && EventFamilies.GroupOf(prior.Family) != FamilyGroup.Political
                && (c.Actor1 is null || c.Actor1.Actor?.Id == prior.Actor1?.Actor?.Id))
                continue;
            c.Clause = new TextSpan(clauseStart, clauseEnd);
            result.Add(c);
            prior = c;
            if (c.Date is { Explicit: true } d) previous = d;
        }
        // One act per sentence keeps the sentence as evidence; several point each at its own clause.
        if (result.Count < 2) foreach (var r in result) r.Clause = null;
        return result;
    }

    private ActCandidate Build(string text, TextSpan sentence, ExtractionRegion region, List<Trigger> group, Trigger main, TextSpan clause,
        List<DateMention> dates, DocumentAnnotations notes, EventDate? fallback, EventDate? previous, ActorMention? inherited,
        ActorMention? associated, bool inherit = false)
    {
        var ceiling = region.Ceiling;
        var family = EventCoder.Family(group, main);
        var roles = RoleAssigner.Assign(text, clause, main, notes.Actors);
        var actor1 = inherit || inherited is not null ? inherited : roles.Actor1;
        // "was killed ... in a U.S. attack": the actor named with the attack noun is who attacked.
        if (actor1 is null && main.Passive && EventFamilies.GroupOf(family) == FamilyGroup.Violence)
            foreach (var t in group)
                if (t.IsNoun && notes.Actors.LastOrDefault(a => a.Actor is not null && a.Span.End >= t.Span.Start - 2
                        && a.Span.Start < t.Span.End && a.Span.End <= t.Span.End) is { } by)
                    actor1 = by;
        var actor2 = roles.Actor2 is { } r2 && r2.Actor?.Id == actor1?.Actor?.Id ? null : roles.Actor2;
        var assoc = roles.Associated.ToList();
        if (associated is not null) assoc.Insert(0, associated);
        // A new group is the actor of its own founding: "Hakim announced the creation of a new bloc, the Iraqis Alliance".
        if (family == EventFamily.GroupChange && IsCreation(text, group) && actor2?.Actor?.Type is ActorType.PartyOrBloc or ActorType.Militia
                or ActorType.ArmedGroup or ActorType.GovernmentBody)
        {
            if (actor1 is not null) assoc.Insert(0, actor1);
            (actor1, actor2) = (actor2, null);
        }
        // ACLED codes a protest met with force by the protesters as actor1 and the force as actor2.
        if (family is EventFamily.ProtestIntervention && actor1?.Actor?.Type != ActorType.Protesters)
            (actor1, actor2) = (null, actor1 ?? actor2);
        var date = EventDater.Date(text, clause, main, group, dates, fallback, previous, ceiling);
        var location = EventPlacer.Place(text, clause, sentence, family, actor1?.Actor, notes.Places, gazetteer, main.Span.End, out var placeSpan);
        // "on the U.S. Embassy in Baghdad": a target that is both an actor and a landmark locates the event.
        if (location.Name is null && family is not (EventFamily.Statement or EventFamily.Threat))
            foreach (var a in notes.Actors)
                if (a.Actor is not null && clause.Contains(a.Span) && a.Span.Start >= main.Span.End
                    && gazetteer.Lookup(a.Actor.Name).FirstOrDefault(p => p.Kind is PlaceKind.Landmark or PlaceKind.Base or PlaceKind.Airport) is { } site)
                {
                    location = new EventLocation(site.Name, site.Id, site.Country, site.Governorate, site.District, site.Latitude, site.Longitude, 1);
                    placeSpan = a.Span;
                    break;
                }
        var counts = CountReader.Read(text, clause, notes.Quantities, EventFamilies.IsViolent(family));
        if (counts.Fatalities is null && group.Any(t => t.Family is EventFamily.Killing or EventFamily.Assassination))
        {
            // "X was killed along with Y": named victims are counted where no figure is given.
            var victims = (main.Passive ? notes.Actors.Where(a => a.Span.End <= main.Span.Start && a.Span.Start >= sentence.Start
                        || a.Span.Start >= main.Span.End && a.Span.End <= sentence.End && AlongWith(text, main.Span.End, a.Span.Start))
                    : notes.Actors.Where(a => a.Span.Start >= main.Span.End && clause.Contains(a.Span)))
                .Where(a => a.Actor?.Type == ActorType.Person).Select(a => a.Actor!.Id).Distinct().Count();
            if (victims > 0) counts = counts with { Fatalities = victims };
        }
        var attribution = HedgeReader.Read(text, new TextSpan(sentence.Start, clause.End), main, notes.Actors);
        // Where each attribute is stated, so every figure an analyst sees points at its words.
        var sources = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var custodyTransfer = false;
        if (family is EventFamily.Release or EventFamily.Agreement && Custodian(text, clause, main, notes.Actors) is { } custodian)
        {
            // "freed the suspects into the custody of the Interior Ministry": a change of custody, not freedom; the
            // new custodian is the other party.
            custodyTransfer = true;
            actor2 = custodian.Actor;
            sources["custodian"] = custodian.Span;
        }
        if (date?.Span is { } ds) sources["date"] = ds;
        if (placeSpan is { } ps) sources["place"] = ps;
        if (actor1 is not null) sources["actor1"] = actor1.Span;
        if (actor2 is not null) sources["actor2"] = actor2.Span;
        foreach (var (k, s) in counts.Spans) sources["count:" + k] = s;
        return new ActCandidate
        {
            Sources = sources,
            Sentence = sentence,
            Item = region.Item,
            Triggers = group,
            Main = main,
            Family = family,
            Actor1 = actor1,
            Actor2 = actor2,
            Associated = assoc,
            Date = date,
            Location = location,
            Counts = counts,
            Attribution = attribution,
            FallbackActor1 = actor1 is null ? FallbackActor(text, clause, main, family) : null,
            CustodyTransfer = custodyTransfer,
        };
    }

    /// <summary>Phrases that name who holds detainees next: the custodian is the actor right after the last one.</summary>
    private static readonly string[] CustodyMarkers =
        ["to the custody of", "into the custody of", "under the control of", "controlled by", "run by", "handed over to", "handed them over to"];

    /// <summary>
    /// Who detainees were handed to: "a jail under the control of the police", "into the custody of a brigade
    /// run by KH" (the one running it, KH). The span runs from the first custody phrase to the custodian.
    /// </summary>
    private static (ActorMention Actor, TextSpan Span)? Custodian(string text, TextSpan clause, Trigger main, IReadOnlyList<ActorMention> actors)
    {
        var from = main.Span.End;
        if (from >= clause.End) return null;
        var window = text.AsSpan(from, clause.End - from);
        int first = -1, last = -1, lastLength = 0;
        foreach (var marker in CustodyMarkers)
        {
            var at = window.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            if (first < 0 || at < first) first = at;
            if (at > last) (last, lastLength) = (at, marker.Length);
        }
        if (last < 0) return null;
        var after = from + last + lastLength;
        var who = actors.FirstOrDefault(a => a.Actor is not null && a.Span.Start >= after && a.Span.Start - after <= 30 && a.Span.End <= clause.End);
        if (who is null) return null;
        // "a prison under the control of": the place of custody reads with its phrase.
        var start = from + first;
        var before = text.LastIndexOf(" to ", start, Math.Min(start, 30), StringComparison.Ordinal);
        if (before >= 0 && !text.AsSpan(before, start - before).Contains(',')) start = before + 1;
        return (who, new TextSpan(start, who.Span.End));
    }

    /// <summary>
    /// Where one act's clause ends and the next begins, between their triggers: at the last ", and", "; ", " and " or
    /// ", " before the next trigger ("fired rockets at Balad | and the CTS arrested three in Dujail"), else at it.
    /// </summary>
    private static int? ClauseBreak(string text, int from, int to)
    {
        if (to <= from) return null;
        var gap = text.AsSpan(from, to - from);
        foreach (var mark in (ReadOnlySpan<string>)["; ", ", and ", " and ", ", but ", " but ", ", while ", ", "])
        {
            var at = gap.LastIndexOf(mark, StringComparison.Ordinal);
            if (at >= 0) return from + at + 1;
        }
        return null;
    }

    private static string FirstWord(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        var space = s.IndexOf(' ');
        return (space < 0 ? s : s[..space]).ToString().ToLowerInvariant();
    }

    private static bool IsCreation(string text, List<Trigger> group)
    {
        foreach (var t in group)
        {
            var s = text.AsSpan(t.Span.Start, t.Span.Length);
            if (s.Contains("creat", StringComparison.OrdinalIgnoreCase) || s.Contains("establish", StringComparison.OrdinalIgnoreCase)
                || s.Contains("form", StringComparison.OrdinalIgnoreCase) || s.Contains("found", StringComparison.OrdinalIgnoreCase)
                || s.Contains("set up", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"to arrest", "to raid", "to seize" after an order verb (within its clause): the ordered act.</summary>
    private static Trigger? OrderedAct(string text, Trigger order, int clauseEnd)
    {
        var window = text.AsSpan(order.Span.End, Math.Max(0, Math.Min(clauseEnd, order.Span.End + 140) - order.Span.End));
        var at = window.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        return InfinitiveAct(text, order.Span.End + at + 4);
    }

    /// <summary>"... and to conduct a raid on X" later in an order's clause: a second ordered act, and where its part begins.</summary>
    private static (int And, Trigger Act)? LaterOrderedAct(string text, Trigger order, int clauseEnd)
    {
        var end = Math.Min(clauseEnd, order.Span.End + 260);
        var at = order.Span.End;
        while (at < end)
        {
            var and = text.IndexOf(" and to ", at, end - at, StringComparison.OrdinalIgnoreCase);
            if (and < 0) return null;
            if (InfinitiveAct(text, and + " and to ".Length) is { } act) return (text[and - 1] == ',' ? and - 1 : and, act);
            at = and + 1;
        }
        return null;
    }

    /// <summary>The act an infinitive starting at <paramref name="start"/> names, if it is an event: "arrest", "raid",
    /// "conduct a raid", "carry out raids".</summary>
    private static Trigger? InfinitiveAct(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == start) return null;
        if (OrderedActs.TryGetValue(text[start..end], out var act))
            return new Trigger(new TextSpan(start, end), new TriggerEntry(act.Family, act.Kind, TriggerPos.Verb), false, false);
        if (text[start..end].ToLowerInvariant() is not ("conduct" or "carry" or "launch" or "stage")) return null;
        // A light verb: the act is its object noun ("a raid", "out raids").
        var words = ClauseReader.WordsAfter(text, end, 3);
        foreach (var w in words)
        {
            if (w is "a" or "an" or "out" or "new") continue;
            var noun = w.EndsWith('s') ? w[..^1] : w;
            if (!OrderedActs.TryGetValue(noun, out act)) return null;
            var nounAt = text.IndexOf(w, end, StringComparison.OrdinalIgnoreCase);
            return new Trigger(new TextSpan(nounAt, nounAt + w.Length), new TriggerEntry(act.Family, act.Kind, TriggerPos.Verb), false, false);
        }
        return null;
    }

    /// <summary>"... and detained 14": a verb coordinated with the one before shares its subject.</summary>
    private static bool Coordinated(string text, Trigger main)
    {
        foreach (var w in ClauseReader.WordsBefore(text, main.Span.Start, 3))
        {
            if (w is "and" or "then") return true;
            if (w is not ("also" or "reportedly" or "later" or "subsequently" or "allegedly" or "likely")) return false;
        }
        return false;
    }

    /// <summary>"claimed that it attacked": a pronoun subject refers to the actor of the clause before.</summary>
    private static bool PronounSubject(string text, TextSpan clause, Trigger main)
    {
        foreach (var w in ClauseReader.WordsBefore(text, main.Span.Start, 3))
        {
            if (w is "it" or "they" or "he" or "she" or "its" or "their") return true;
            if (w is not ("also" or "reportedly" or "later" or "then" or "had" or "allegedly" or "likely")) return false;
        }
        return false;
    }

    /// <summary>"killed along with X", "alongside X": X shares the fate.</summary>
    private static bool AlongWith(string text, int from, int to)
    {
        if (to - from > 60) return false;
        var gap = text.AsSpan(from, to - from);
        return gap.Contains("along with", StringComparison.OrdinalIgnoreCase) || gap.Contains("alongside", StringComparison.OrdinalIgnoreCase)
            || gap.Contains("together with", StringComparison.OrdinalIgnoreCase);
    }

    private static bool PersonalPronoun(string text, Trigger main)
    {
        foreach (var w in ClauseReader.WordsBefore(text, main.Span.Start, 3))
            if (w is "he" or "she" or "his" or "her") return true;
        return false;
    }

    /// <summary>"forced the Iraqi government to transfer custody": the one forced is the one who acts.</summary>
    private static ActorMention? CausativeObject(string text, TextSpan clause, Trigger main, IReadOnlyList<ActorMention> actors)
    {
        var to = text.LastIndexOf(" to ", main.Span.Start, Math.Min(main.Span.Start, 60), StringComparison.OrdinalIgnoreCase);
        if (to < 0) return null;
        return actors.LastOrDefault(a => a.Actor is not null && a.Span.End <= to && a.Span.Start >= clause.Start
            && to - a.Span.End < 40);
    }

    /// <summary>
    /// Triggers of one kind of act stay together ("seized rockets and detained 14"); a verb of another kind starts a
    /// new act. Event nouns name what a verb did ("condemned the raid", "conducted a raid") and join its act, except a
    /// second method joined by "and" ("five rocket attacks and five IED attacks"), which is a second event.
    /// </summary>
    private static List<List<Trigger>> Group(string text, List<Trigger> triggers)
    {
        triggers.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var groups = new List<List<Trigger>>();
        List<Trigger>? current = null;
        foreach (var t in triggers)
        {
            if (current is null) { current = [t]; groups.Add(current); continue; }
            var mainOfCurrent = current.FirstOrDefault(x => !x.IsNoun, current[0]);
            var currentHasVerb = current.Any(x => !x.IsNoun);
            if (t.IsNoun && t.Group == FamilyGroup.Violence && current.Any(x => x.IsNoun && x.Group == FamilyGroup.Violence)
                && !current.Any(x => x.Family == t.Family) && ClauseReader.WordsBefore(text, t.Span.Start, 4).Contains("and"))
            {
                current = [t];
                groups.Add(current);
                continue;
            }
            // "storming the Green Zone ... and likely conducting rocket attacks": a second act with its own verb.
            if (t.IsNoun && t.Group == FamilyGroup.Violence && mainOfCurrent.Group != FamilyGroup.Violence && currentHasVerb
                && text.AsSpan(current[^1].Span.End, t.Span.Start - current[^1].Span.End).Contains(" and ", StringComparison.Ordinal))
            {
                current = [t];
                groups.Add(current);
                continue;
            }
            // "Two rockets ... were captured": event nouns before a verb of their clause are its subject, not an act.
            // "dispatching its foreign minister to Baghdad and then hosting Kadhimi in Tehran": two acts in sequence.
            if (!t.IsNoun && currentHasVerb && t.Family != mainOfCurrent.Family
                && (text.AsSpan(current[^1].Span.End, t.Span.Start - current[^1].Span.End).Contains(" then ", StringComparison.Ordinal)))
            {
                current = [t];
                groups.Add(current);
                continue;
            }
            if (t.IsNoun || t.Group == mainOfCurrent.Group || !currentHasVerb && t.Group == current[0].Group
                || !currentHasVerb && t.Passive && !text.AsSpan(current[^1].Span.End, t.Span.Start - current[^1].Span.End).Contains(','))
            {
                current.Add(t);
                continue;
            }
            current = [t];
            groups.Add(current);
        }
        return groups;
    }

    /// <summary>Who acted when no registry actor is named: protesters protest; unnamed gunmen attack.</summary>
    private EventActor? FallbackActor(string text, TextSpan clause, Trigger main, EventFamily family)
    {
        var group = EventFamilies.GroupOf(family);
        if (group == FamilyGroup.Protest) return Named("protesters-iraq");
        var before = text.AsSpan(clause.Start, Math.Max(0, main.Span.Start - clause.Start));
        if (group == FamilyGroup.Violence || family is EventFamily.WeaponsDisrupted)
        {
            foreach (var w in (ReadOnlySpan<string>)["gunmen", "militants", "unidentified", "unknown", "assailants", "attackers", "insurgents", "bomber"])
                if (before.Contains(w, StringComparison.OrdinalIgnoreCase)) return Named("unidentified-armed-group");
        }
        if (before.Contains("security forces", StringComparison.OrdinalIgnoreCase) || before.Contains("police", StringComparison.OrdinalIgnoreCase))
            return Named("iraqi-security-forces");
        return null;
    }

    private EventActor? Named(string id) => registry.ById(id) is { } a ? new EventActor(a.Name, a.Id) : null;

    private static bool ClaimedBefore(string text, int from, int to)
    {
        var s = text.AsSpan(from, to - from);
        foreach (var w in (ReadOnlySpan<string>)[" claimed that ", " claimed online that ", " alleged that ", " claim that ", " claims that "])
            if (s.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Denies(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var w in (ReadOnlySpan<string>)["denied", "refuted", "not aware", "rejected the claim", "no evidence", "dismissed the claim"])
            if (s.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private EventMention Build(Document doc, ActCandidate c, ExtractionRegion region, bool headlineHedged, DateOnly? latest)
    {
        var text = doc.Text;
        var acled = EventCoder.Acled(c.Family, c.Actor2?.Actor);
        var actor1 = c.Actor1?.Actor is { } a1 ? new EventActor(a1.Name, a1.Id) : c.FallbackActor1;
        var actor2 = c.Actor2?.Actor is { } a2 ? new EventActor(a2.Name, a2.Id) : null;
        var assoc = c.Associated.Where(a => a.Actor is not null && a.Actor.Id != actor1?.ActorId && a.Actor.Id != actor2?.ActorId)
            .Select(a => new EventActor(a.Actor!.Name, a.Actor.Id)).ToList();
        var kind = c.CustodyTransfer ? "transfer"
            : c.Family == c.Main.Family ? c.Main.Entry.Kind : c.Triggers.First(t => t.Family == c.Family).Entry.Kind;
        var background = c.Date is { } cd && IsBackground(doc, cd, region, latest);
        var hedges = c.Attribution.Hedges.ToList();
        if (headlineHedged && hedges.Count == 0) hedges.Add("reportedly");
        var claimedBy = c.Attribution.ClaimedBy;
        if (claimedBy is null && hedges.Contains("claimed") && actor1 is not null) claimedBy = actor1.Name;
        var confidence = 0.4 + (actor1 is not null ? 0.2 : 0) + (c.Date is { Explicit: true } ? 0.15 : 0.05)
            + (c.Location.Name is not null ? 0.1 : 0) + (c.Main.IsNoun ? 0 : 0.1);
        return new EventMention
        {
            DocumentId = doc.Id,
            Item = c.Item,
            Span = EvidenceOf(text, c),
            RawSpan = doc.Map.ToRaw(EvidenceOf(text, c)),
            Evidence = text.Substring(EvidenceOf(text, c).Start, EvidenceOf(text, c).Length).Trim(),
            Trigger = c.Main.Span,
            Date = c.Date?.Range,
            TimePrecision = c.Date?.Precision,
            EventType = acled.EventType,
            SubEventType = acled.SubEventType,
            Kind = kind,
            Actor1 = actor1,
            Actor2 = actor2,
            AssocActors = assoc,
            Location = c.Location,
            Fatalities = c.Counts.Fatalities,
            Counts = c.Counts.Counts,
            CountQualifiers = c.Counts.Qualifiers,
            Hedged = hedges.Count > 0,
            Hedges = hedges,
            ClaimedBy = claimedBy,
            Background = background,
            Confidence = Math.Min(1, confidence),
            Sources = c.Sources.ToDictionary(kv => kv.Key, kv => doc.Map.ToRaw(kv.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>The candidate's evidence: its clause (trimmed of spaces and joining punctuation) or its sentence.</summary>
    private static TextSpan EvidenceOf(string text, ActCandidate c)
    {
        if (c.Clause is not { } k) return c.Sentence;
        var start = k.Start;
        var end = k.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';')) end--;
        return end > start ? new TextSpan(start, end) : c.Sentence;
    }

    /// <summary>Dated before the reporting period (or, without one, well before publication): context for this week's news.</summary>
    private static bool IsBackground(Document doc, EventDate d, ExtractionRegion region, DateOnly? latest)
    {
        if (doc.Period is { } p) return d.Range.End < p.Start;
        if (region.Fallback is { } f && !f.Explicit) return d.Range.End < f.Range.Start.AddDays(-7);
        if (doc.Published is { } pub) return d.Range.End < pub.AddDays(-30);
        // An undated article is read as of the latest day it names.
        if (latest is { } l) return d.Range.End < l.AddDays(-30);
        return false;
    }

    /// <summary>The latest day a document names (its "now" when it has no date of its own).</summary>
    private static DateOnly? LatestDay(Document doc, IReadOnlyList<DateMention> dates)
    {
        if (doc.Period is not null || doc.Published is not null) return null;
        DateOnly? latest = null;
        foreach (var d in dates)
            if (d.Precision == DatePrecision.Day && !d.Relative && (latest is null || d.Range.End > latest)) latest = d.Range.End;
        return latest;
    }
}
