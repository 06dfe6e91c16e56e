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

    /// <summary>A stretch of text read as one unit: an item body, an index section, or the rest of a document.</summary>
    private sealed record Region(TextSpan Range, int? Item, EventDate? Fallback, bool Fold, bool HeadlineHedged);

    /// <summary>One act found in a clause, before folding and splitting.</summary>
    private sealed class Candidate
    {
        public required TextSpan Sentence;
        public required int? Item;
        public required List<Trigger> Triggers;
        public required Trigger Main;
        public required EventFamily Family;
        public ActorMention? Actor1;
        public ActorMention? Actor2;
        public required IReadOnlyList<ActorMention> Associated;
        public EventDate? Date;
        public required EventLocation Location;
        public required EventCounts Counts;
        public required Attribution Attribution;
        public EventActor? FallbackActor1;
    }

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
        foreach (var region in regions)
        {
            matches.Clear();
            lexicon.Matcher.MatchInto(text, region.Range, matches);
            if (matches.Count == 0) continue;
            var candidates = new List<Candidate>();
            EventDate? previous = null;
            foreach (var sentence in sentences)
            {
                var span = Clip(sentence, region.Range);
                if (span.IsEmpty) continue;
                var dates = notes.Dates.Where(d => span.Contains(d.Span)).ToList();
                var triggers = TriggerFinder.Find(text, span, matches, dates);
                if (triggers.Count == 0) continue;
                var fallback = region.Fallback ?? (lastExplicit is { } le ? le with { Explicit = false } : null);
                foreach (var c in Acts(text, span, region, triggers, dates, notes, fallback, previous))
                {
                    candidates.Add(c);
                    if (c.Date is { Explicit: true } d) { previous = d; lastExplicit = d; }
                }
            }
            if (region.Fold) candidates = Fold(candidates);
            var first = true;
            foreach (var c in SplitProtests(text, candidates, notes.Places))
            {
                events.Add(Build(doc, c, region, first && region.HeadlineHedged));
                first = false;
            }
        }
        return events;
    }

    private static TextSpan Clip(TextSpan s, TextSpan range)
    {
        var start = Math.Max(s.Start, range.Start);
        var end = Math.Min(s.End, range.End);
        return end > start ? new TextSpan(start, end) : new TextSpan(start, start);
    }

    /// <summary>
    /// Numbered items (their bodies; the key takeaway only repeats them), else index sections, else the whole text.
    /// Each region brings the date its events default to.
    /// </summary>
    private static List<Region> Regions(Document doc, DocumentSegments segments)
    {
        var year = doc.Period?.End.Year ?? doc.Published?.Year;
        var regions = new List<Region>();
        if (segments.Items.Count > 0)
        {
            foreach (var item in segments.Items.OrderBy(i => i.Span.Start))
            {
                var range = DateExpressions.ParsePeriod(item.DateText, year);
                var fallback = range is { } r ? new EventDate(r, r.Start == r.End ? DatePrecision.Day : DatePrecision.Range, false) : PeriodDate(doc);
                regions.Add(new Region(item.BodySpan, item.Number, fallback, true, HasHedge(item.Headline)));
            }
            return regions;
        }
        if (segments.Sections.Count > 0)
        {
            foreach (var section in segments.Sections.OrderBy(s => s.BodySpan.Start))
            {
                var range = DateExpressions.ParsePeriod(section.Heading, year);
                var fallback = range is { } r ? new EventDate(r, r.Start == r.End ? DatePrecision.Day : DatePrecision.Range, false) : PeriodDate(doc);
                regions.Add(new Region(section.BodySpan, null, fallback, true, false));
            }
            return regions;
        }
        regions.Add(new Region(new TextSpan(0, doc.Text.Length), null, PeriodDate(doc), false, false));
        return regions;
    }

    private static EventDate? PeriodDate(Document doc) =>
        doc.Period is { } p ? new EventDate(p, p.Start == p.End ? DatePrecision.Day : DatePrecision.Range, false) : null;

    private static bool HasHedge(string headline)
    {
        foreach (var w in headline.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w.Trim(',', '.', ':').ToLowerInvariant() is "reportedly" or "allegedly" or "likely" or "purportedly") return true;
        return false;
    }

    /// <summary>The acts of one sentence: its triggers grouped by clause, each coded with roles, date, place, counts.</summary>
    private IEnumerable<Candidate> Acts(string text, TextSpan sentence, Region region, List<Trigger> triggers,
        List<DateMention> dates, DocumentAnnotations notes, EventDate? fallback, EventDate? previous)
    {
        var groups = Group(triggers);
        Candidate? prior = null;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var main = group.FirstOrDefault(t => !t.IsNoun, group[0]);
            var clauseStart = g == 0 ? sentence.Start : groups[g - 1][^1].Span.End;
            var clauseEnd = g + 1 < groups.Count ? groups[g + 1][0].Span.Start : sentence.End;
            var clause = new TextSpan(clauseStart, clauseEnd);
            var family = EventCoder.Family(group, main);
            var roles = RoleAssigner.Assign(text, clause, main, notes.Actors);
            var actor1 = roles.Actor1;
            // Coordinated verbs share their subject: "CTS seized several rockets and detained 14 KH members".
            if (actor1 is null && prior is not null && !main.Passive) actor1 = prior.Actor1;
            var date = EventDater.Date(text, clause, main, dates, fallback, previous);
            if (date is { Explicit: true }) previous = date;
            var location = EventPlacer.Place(text, clause, sentence, family, actor1?.Actor, notes.Places, gazetteer);
            var counts = CountReader.Read(text, sentence, notes.Quantities, EventFamilies.IsViolent(family));
            var attribution = HedgeReader.Read(text, new TextSpan(sentence.Start, clause.End), main, notes.Actors);
            var c = new Candidate
            {
                Sentence = sentence,
                Item = region.Item,
                Triggers = group,
                Main = main,
                Family = family,
                Actor1 = actor1,
                Actor2 = roles.Actor2,
                Associated = roles.Associated,
                Date = date,
                Location = location,
                Counts = counts,
                Attribution = attribution,
                FallbackActor1 = actor1 is null ? FallbackActor(text, clause, main, family) : null,
            };
            prior = c;
            yield return c;
        }
    }

    /// <summary>
    /// Triggers of one kind of act stay together ("seized rockets and detained 14"); a verb of another kind starts a
    /// new act. Event nouns never start one: they name what a verb did ("condemned the raid", "conducted a raid").
    /// </summary>
    private static List<List<Trigger>> Group(List<Trigger> triggers)
    {
        triggers.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var groups = new List<List<Trigger>>();
        List<Trigger>? current = null;
        foreach (var t in triggers)
        {
            if (current is null) { current = [t]; groups.Add(current); continue; }
            var mainOfCurrent = current.FirstOrDefault(x => !x.IsNoun, current[0]);
            var currentHasVerb = current.Any(x => !x.IsNoun);
            if (t.IsNoun || t.Group == mainOfCurrent.Group || (!currentHasVerb && t.Group == current[0].Group)
                || (!currentHasVerb && current.All(x => x.IsNoun) && Compatible(current[0], t)))
            {
                current.Add(t);
                continue;
            }
            current = [t];
            groups.Add(current);
        }
        return groups;
    }

    private static bool Compatible(Trigger noun, Trigger verb) => noun.Group == verb.Group;

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

    /// <summary>
    /// Folds later sentences of an item into an earlier act they only add to: same actor (or none named), same kind
    /// of act or a statement about it, same date and place. "CTS reportedly seized several rockets and detained 14"
    /// after "a CTS unit conducted a raid" makes the raid an arrest; it is not a second event.
    /// </summary>
    private static List<Candidate> Fold(List<Candidate> candidates)
    {
        var kept = new List<Candidate>();
        foreach (var c in candidates)
        {
            var into = kept.FirstOrDefault(e => e.Sentence != c.Sentence && Absorbs(e, c));
            if (into is null) { kept.Add(c); continue; }
            var groupOf = EventFamilies.GroupOf(into.Family);
            if (groupOf == EventFamilies.GroupOf(c.Family))
            {
                into.Triggers.AddRange(c.Triggers);
                into.Family = EventCoder.Family(into.Triggers, into.Main);
            }
            var merged = new Dictionary<string, double>(into.Counts.Counts);
            var qualifiers = new Dictionary<string, string>(into.Counts.Qualifiers);
            foreach (var (k, v) in c.Counts.Counts)
                if (merged.TryAdd(k, v) && c.Counts.Qualifiers.TryGetValue(k, out var q)) qualifiers[k] = q;
            into.Counts = into.Counts with { Counts = merged, Qualifiers = qualifiers };
            into.Actor2 ??= c.Actor2;
        }
        return kept;
    }

    private static bool Absorbs(Candidate e, Candidate c)
    {
        var sameActor = c.Actor1?.Actor is null || e.Actor1?.Actor?.Id == c.Actor1.Actor.Id;
        if (!sameActor) return false;
        var sameKind = EventFamilies.GroupOf(e.Family) == EventFamilies.GroupOf(c.Family)
            || EventFamilies.GroupOf(c.Family) == FamilyGroup.Political && c.Family is EventFamily.Statement or EventFamily.Threat;
        if (!sameKind) return false;
        if (c.Date is { Explicit: true } d && e.Date is { } ed && d.Range != ed.Range) return false;
        if (c.Location.Admin1 != e.Location.Admin1 && c.Location.Admin1 is not null) return false;
        return true;
    }

    /// <summary>A protest sentence naming several governorates is one event per governorate (ACLED codes by location).</summary>
    private IEnumerable<Candidate> SplitProtests(string text, List<Candidate> candidates, IReadOnlyList<PlaceMention> places)
    {
        foreach (var c in candidates)
        {
            if (EventFamilies.GroupOf(c.Family) != FamilyGroup.Protest) { yield return c; continue; }
            var named = places.Where(p => p.Place is { Country: "Iraq", Governorate: not null } && c.Sentence.Contains(p.Span)
                    && p.Place.Kind is PlaceKind.Governorate or PlaceKind.City)
                .GroupBy(p => p.Place!.Governorate!).Select(g => g.First()).ToList();
            if (named.Count < 2) { yield return c; continue; }
            foreach (var p in named)
            {
                var place = p.Place!;
                var capital = place.Kind == PlaceKind.Governorate ? place : place;
                yield return new Candidate
                {
                    Sentence = c.Sentence, Item = c.Item, Triggers = c.Triggers, Main = c.Main, Family = c.Family,
                    Actor1 = c.Actor1, Actor2 = c.Actor2, Associated = c.Associated, Date = c.Date,
                    Location = new EventLocation(capital.Name, capital.Id, "Iraq", place.Governorate, null, capital.Latitude, capital.Longitude,
                        place.Kind == PlaceKind.Governorate ? 3 : p.GeoPrecision),
                    Counts = c.Counts, Attribution = c.Attribution, FallbackActor1 = c.FallbackActor1,
                };
            }
        }
    }

    private EventMention Build(Document doc, Candidate c, Region region, bool headlineHedged)
    {
        var text = doc.Text;
        var acled = EventCoder.Acled(c.Family, c.Actor2?.Actor);
        var actor1 = c.Actor1?.Actor is { } a1 ? new EventActor(a1.Name, a1.Id) : c.FallbackActor1;
        var actor2 = c.Actor2?.Actor is { } a2 ? new EventActor(a2.Name, a2.Id) : null;
        var assoc = c.Associated.Where(a => a.Actor is not null && a.Actor.Id != actor1?.ActorId && a.Actor.Id != actor2?.ActorId)
            .Select(a => new EventActor(a.Actor!.Name, a.Actor.Id)).ToList();
        var kind = c.Family == c.Main.Family ? c.Main.Entry.Kind : c.Triggers.First(t => t.Family == c.Family).Entry.Kind;
        var background = IsBackground(doc, c.Date, region);
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
            Span = c.Sentence,
            RawSpan = doc.Map.ToRaw(c.Sentence),
            Evidence = text.Substring(c.Sentence.Start, c.Sentence.Length).Trim(),
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
        };
    }

    /// <summary>Dated before the reporting period (or, without one, well before publication): context for this week's news.</summary>
    private static bool IsBackground(Document doc, EventDate? date, Region region)
    {
        if (date is not { } d) return false;
        if (doc.Period is { } p) return d.Range.End < p.Start;
        if (region.Fallback is { } f && !f.Explicit) return d.Range.End < f.Range.Start.AddDays(-7);
        if (doc.Published is { } pub) return d.Range.End < pub.AddDays(-30);
        return false;
    }
}
