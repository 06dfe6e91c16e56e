using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Synthetic;

/// <summary>A generated corpus: the mentions to link, and for each mention key the true event it reports.</summary>
public sealed record GeneratedCorpus(IReadOnlyList<LinkMention> Mentions, IReadOnlyDictionary<string, int> TrueEvent,
    int TrueEvents, DateOnly From, DateOnly To, int Documents);

/// <summary>
/// Deterministic synthetic event mentions drawn from the real knowledge base (the actor registry, the gazetteer's
/// places in Iraq with their governorates and coordinates). Real-world events occur at a constant density
/// (<see cref="EventsPerDay"/> across Iraq), so the corpus's time span grows with its size. Each event is reported by
/// 1-4 documents (daily reports of different publishers), each telling it a little differently: a day off, a
/// nearby place or only the governorate, a different count, the actor's parent organisation or no actor at all,
/// other words. The generator knows which mentions belong together, so linking can be scored.
/// </summary>
public sealed class MentionGenerator
{
    public int Seed { get; init; } = 20200625;
    public int EventsPerDay { get; init; } = 100;
    public DateOnly Start { get; init; } = new(2019, 1, 1);

    private static readonly string[] Publishers =
        ["ISW", "Shafaq News", "Rudaw", "Kurdistan24", "Associated Press", "Reuters", "Al-Monitor", "Iraqi News Agency", "Baghdad Today", "The National"];

    private static readonly string[] StatementTopics =
    [
        "the withdrawal of foreign troops", "early parliamentary elections", "the federal budget and unpaid salaries",
        "corruption in the electricity ministry", "the recent rocket attacks on the embassy", "the arrest of militia members",
        "turkish airstrikes in the north", "the water crisis and dam releases", "the formation of the new cabinet",
        "the reopening of border crossings", "the killing of protesters", "the return of displaced families",
    ];

    private static readonly string[] ProtestTopics =
    [
        "jobs and public services", "power cuts during the summer heat", "unpaid salaries", "corruption and unemployment",
        "water shortages", "the detention of activists", "the dismissal of the governor", "poor hospital conditions",
    ];

    /// <summary>One ACLED coding with its actors, count and ways of telling it.</summary>
    private sealed record Template(string EventType, string SubEventType, string Kind, int Weight, Func<Random, Actor?> Actor1,
        Func<Random, Actor?> Actor2, string? CountKey, int CountMin, int CountMax, bool GovernorateLevel, string[] Phrasings,
        string[]? Topics = null);

    private readonly ActorRegistry _registry;
    private readonly Gazetteer _gazetteer;
    private readonly Template[] _templates;
    private readonly int _totalWeight;
    private readonly Place[] _places;
    private readonly Dictionary<string, Place[]> _nearby = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _capitals = new(StringComparer.Ordinal);

    public MentionGenerator(ActorRegistry registry, Gazetteer gazetteer)
    {
        _registry = registry;
        _gazetteer = gazetteer;
        var actors = registry.Actors;
        Actor[] Of(Func<Actor, bool> p) => actors.Where(p).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var militias = Of(a => a.Type == ActorType.Militia && a.Country == "Iraq");
        var isis = Of(a => a.Id == "isis");
        var insurgents = Of(a => a.Type == ActorType.ArmedGroup && a.Country == "Iraq");
        var iraqiForces = Of(a => a.Type == ActorType.StateForce && a.Country == "Iraq");
        // Foreign forces based in Iraq (the coalition, US forces), not every foreign force the registry knows.
        var foreignForces = Of(a => a.Type == ActorType.ForeignForce && a.Country is "United States" or null);
        var civilians = Of(a => a.Type == ActorType.Civilians && a.Country == "Iraq");
        var protesters = Of(a => a.Type == ActorType.Protesters && a.Country == "Iraq" && !a.Id.Contains("rioter", StringComparison.Ordinal));
        var speakers = Of(a => a.Country == "Iraq" && a.Type is ActorType.Person or ActorType.PartyOrBloc or ActorType.GovernmentBody or ActorType.Militia);
        if (militias.Length == 0 || insurgents.Length == 0 || iraqiForces.Length == 0 || foreignForces.Length == 0 || civilians.Length == 0
            || protesters.Length == 0 || speakers.Length == 0)
            throw new InvalidOperationException("The actor registry lacks an actor type the generator draws from.");
        if (isis.Length == 0) isis = insurgents;

        // ISIS most of the time, as in the data; another insurgent group now and then.
        Func<Random, Actor?> Pick(Actor[] pool) => r => pool[r.Next(pool.Length)];
        Func<Random, Actor?> Insurgent = r => r.NextDouble() < 0.8 ? isis[r.Next(isis.Length)] : insurgents[r.Next(insurgents.Length)];
        Func<Random, Actor?> Target = r => r.NextDouble() < 0.6 ? foreignForces[r.Next(foreignForces.Length)] : iraqiForces[r.Next(iraqiForces.Length)];
        Func<Random, Actor?> None = _ => null;

        _templates =
        [
            new(AcledType.Explosions, "Shelling/artillery/missile attack", "shelling", 14, Pick(militias), Target, "rockets", 1, 10, false,
            [
                "militants fired {n} rockets at a military base near {P}",
                "{n} katyusha rockets struck a base hosting troops near {P}",
                "a rocket attack targeted a military base in {P}, with {n} rockets landing inside the perimeter",
                "unidentified militants launched {n} rockets toward a base outside {P}",
            ]),
            new(AcledType.Explosions, "Remote explosive/landmine/IED", "ied", 18, Insurgent, Pick(iraqiForces), "killed", 0, 5, false,
            [
                "an improvised explosive device detonated against a patrol near {P}, killing {n} soldiers",
                "a roadside bomb struck a military vehicle in {P}, killing {n}",
                "{n} soldiers were killed when a roadside bomb exploded near {P}",
                "an explosive device hit an army patrol on the road outside {P}; {n} soldiers died",
            ]),
            new(AcledType.Explosions, "Air/drone strike", "airstrike", 6, Pick(iraqiForces.Concat(foreignForces).ToArray()), Insurgent, "killed", 0, 12, false,
            [
                "aircraft struck militant hideouts near {P}, killing {n} fighters",
                "an airstrike killed {n} militants in the hills around {P}",
                "a drone strike targeted a hideout in {P} and killed {n} insurgents",
            ]),
            new(AcledType.Battles, "Armed clash", "clash", 12, Pick(iraqiForces), Insurgent, "killed", 0, 8, false,
            [
                "security forces clashed with militants near {P}, killing {n}",
                "fighting broke out between troops and gunmen in {P}; {n} were killed",
                "an armed clash with insurgents near {P} left {n} dead",
                "troops repelled an insurgent attack on a checkpoint in {P}, killing {n} attackers",
            ]),
            new(AcledType.Violence, "Attack", "attack", 8, r => r.NextDouble() < 0.5 ? Insurgent(r) : null, Pick(civilians), "killed", 1, 6, false,
            [
                "gunmen shot dead {n} civilians in {P}",
                "unidentified gunmen killed {n} villagers near {P}",
                "{n} civilians were killed by gunmen in an attack on a farm in {P}",
            ]),
            new(AcledType.Strategic, "Arrests", "arrest", 16, Pick(iraqiForces), Insurgent, "detained", 1, 25, false,
            [
                "security forces detained {n} suspects in {P}",
                "police arrested {n} wanted men during a sweep of {P}",
                "{n} suspected militants were arrested in {P}",
                "intelligence officers captured {n} suspects in a security operation in {P}",
            ]),
            new(AcledType.Strategic, "Other", "raid", 6, Pick(iraqiForces), Pick(militias), "detained", 1, 20, false,
            [
                "counter-terrorism forces raided a militia headquarters in {P} and detained {n} members",
                "a raid on a militia site in {P} ended with {n} members detained",
                "security forces stormed a militia compound in {P}, detaining {n} fighters",
            ]),
            new(AcledType.Strategic, "Disrupted weapons use", "seizure", 6, Pick(iraqiForces), Insurgent, "rockets", 1, 40, false,
            [
                "security forces seized a weapons cache containing {n} rockets near {P}",
                "troops found and dismantled a launch platform with {n} rockets in {P}",
                "a cache of {n} rockets and explosives was seized in {P}",
            ]),
            new(AcledType.Strategic, "Other", "show of force", 3, Pick(militias), None, "vehicles", 5, 60, false,
            [
                "militiamen paraded {n} armed vehicles through {P}",
                "a convoy of {n} militia vehicles drove through {P} in a show of force",
                "armed militia members in {n} pickup trucks surrounded government buildings in {P}",
            ]),
            new(AcledType.Strategic, "Other", "statement", 5, Pick(speakers), None, null, 0, 0, true,
            [
                "in a statement, the leader addressed {T}",
                "a statement was issued warning about {T}",
                "a televised speech focused on {T}",
                "officials said in a press conference that {T} must be resolved",
            ], StatementTopics),
            new(AcledType.Protests, "Peaceful protest", "protest", 8, Pick(protesters), None, "participants", 30, 2000, false,
            [
                "{n} demonstrators gathered in {P} to demand {T}",
                "{n} protesters rallied in {P} over {T}",
                "residents of {P} protested about {T}; about {n} people took part",
            ], ProtestTopics),
        ];
        _totalWeight = _templates.Sum(t => t.Weight);

        _places = gazetteer.Places
            .Where(p => p.Country == "Iraq" && p.Governorate is not null && p.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village
                or PlaceKind.Neighbourhood or PlaceKind.Base or PlaceKind.Airport or PlaceKind.Landmark or PlaceKind.OilField
                or PlaceKind.Dam or PlaceKind.BorderCrossing or PlaceKind.District)
            .OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        if (_places.Length == 0) throw new InvalidOperationException("The gazetteer has no places in Iraq.");
        foreach (var p in _places)
        {
            _nearby[p.Id] = _places.Where(q => q.Id != p.Id && q.Governorate == p.Governorate
                && Gazetteer.DistanceKm(p.Latitude, p.Longitude, q.Latitude, q.Longitude) <= 25).ToArray();
            if (!_capitals.ContainsKey(p.Governorate!)) _capitals[p.Governorate!] = gazetteer.CapitalOf(p.Governorate!) ?? p;
        }
    }

    public int PlaceCount => _places.Length;

    /// <summary>Exactly <paramref name="count"/> mentions; the same count and seed always give the same corpus.</summary>
    public GeneratedCorpus Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var rng = new Random(Seed);
        var mentions = new List<LinkMention>(count);
        var truth = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var trueEvents = 0;
        var last = Start;
        var publishers = new int[Publishers.Length];
        for (var day = 0; mentions.Count < count; day++)
        {
            var date = Start.AddDays(day);
            for (var e = 0; e < EventsPerDay && mentions.Count < count; e++)
            {
                var t = PickTemplate(rng);
                var place = _places[rng.Next(_places.Length)];
                var a1 = t.Actor1(rng);
                var a2 = t.Actor2(rng);
                var n = t.CountKey is null ? 0 : rng.Next(t.CountMin, t.CountMax + 1);
                var topic = t.Topics is { } topics ? topics[rng.Next(topics.Length)] : null;
                var id = trueEvents++;
                var reports = rng.NextDouble() switch { < 0.35 => 1, < 0.65 => 2, < 0.85 => 3, _ => 4 };
                // Distinct publishers: a partial shuffle of the publisher indices.
                for (var i = 0; i < publishers.Length; i++) publishers[i] = i;
                for (var r = 0; r < reports && mentions.Count < count; r++)
                {
                    var j = r + rng.Next(publishers.Length - r);
                    (publishers[r], publishers[j]) = (publishers[j], publishers[r]);
                    var publisher = Publishers[publishers[r]];
                    var published = date.AddDays(rng.NextDouble() switch { < 0.6 => 0, < 0.9 => 1, _ => 2 });
                    var docId = $"{Slug(publisher)}-{published:yyyyMMdd}";
                    var m = Report(rng, t, date, place, a1, a2, n, topic, docId, offsets);
                    ordinals.TryGetValue(docId, out var ordinal);
                    ordinals[docId] = ordinal + 1;
                    var key = $"{docId}#{ordinal}";
                    mentions.Add(new LinkMention(key, docId, $"{publisher} {published:yyyy-MM-dd}", publisher, published, m));
                    truth[key] = id;
                    if (published > last) last = published;
                }
            }
        }
        return new GeneratedCorpus(mentions, truth, trueEvents, Start, last, ordinals.Count);
    }

    private Template PickTemplate(Random rng)
    {
        var w = rng.Next(_totalWeight);
        foreach (var t in _templates)
        {
            if (w < t.Weight) return t;
            w -= t.Weight;
        }
        return _templates[^1];
    }

    /// <summary>One document's account of the event, with the differences reports have.</summary>
    private EventMention Report(Random rng, Template t, DateOnly date, Place place, Actor? a1, Actor? a2, int n, string? topic,
        string docId, Dictionary<string, int> offsets)
    {
        // When: mostly the day itself, sometimes a day or two off, sometimes only the week.
        DateRange range;
        DatePrecision precision;
        var d = rng.NextDouble();
        if (d < 0.75) (range, precision) = (new DateRange(date, date), DatePrecision.Day);
        else if (d < 0.9) { var x = date.AddDays(rng.Next(2) == 0 ? -1 : 1); (range, precision) = (new DateRange(x, x), DatePrecision.Day); }
        else if (d < 0.95) { var x = date.AddDays(rng.Next(2) == 0 ? -2 : 2); (range, precision) = (new DateRange(x, x), DatePrecision.Day); }
        else { var s = date.AddDays(-rng.Next(7)); (range, precision) = (new DateRange(s, s.AddDays(6)), DatePrecision.Range); }

        // Where: the place, a nearby one, or only its governorate (coded at the capital).
        var where = place;
        var p = rng.NextDouble();
        var governorateOnly = t.GovernorateLevel || p >= 0.9;
        if (!governorateOnly && p >= 0.75 && _nearby[place.Id] is { Length: > 0 } near) where = near[rng.Next(near.Length)];
        var capital = _capitals[place.Governorate!];
        var location = governorateOnly
            ? new EventLocation(place.Governorate, capital.Id, "Iraq", place.Governorate, null, capital.Latitude, capital.Longitude, 3)
            : new EventLocation(where.Name, where.Id, "Iraq", where.Governorate, where.District, where.Latitude, where.Longitude, 1);

        // Who: the actor, its parent organisation, or nobody named.
        EventActor? Tell(Actor? a, double unnamed)
        {
            if (a is null) return null;
            var r = rng.NextDouble();
            if (r < unnamed) return null;
            if (r < unnamed + 0.15 && _registry.Parent(a) is { } parent) a = parent;
            return new EventActor(a.Name, a.Id);
        }
        var actor1 = Tell(a1, 0.1);
        var actor2 = Tell(a2, 0.2);

        // How many: the same figure, a slightly different one, or none.
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        var shown = n;
        if (t.CountKey is { } key)
        {
            var c = rng.NextDouble();
            if (c < 0.85)
            {
                if (c >= 0.6) shown = Math.Max(t.CountMin, n + (rng.Next(2) == 0 ? -1 : 1) * (1 + rng.Next(Math.Max(1, n / 5))));
                counts[key] = shown;
                if (rng.NextDouble() < 0.2) qualifiers[key] = "at least";
            }
        }
        var hedged = rng.NextDouble() < 0.15;

        var phrasing = t.Phrasings[rng.Next(t.Phrasings.Length)];
        var evidence = phrasing.Replace("{n}", shown.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P}", location.Name ?? "Iraq", StringComparison.Ordinal)
            .Replace("{T}", topic ?? "", StringComparison.Ordinal);
        evidence = (actor1 is not null && t.Kind == "statement" ? actor1.Name + ": " : "") + (hedged ? "reportedly, " : "") + evidence + ".";
        evidence = char.ToUpperInvariant(evidence[0]) + evidence[1..];

        offsets.TryGetValue(docId, out var start);
        var span = new TextSpan(start, start + evidence.Length);
        offsets[docId] = span.End + 1;
        return new EventMention
        {
            DocumentId = docId,
            Span = span,
            RawSpan = span,
            Evidence = evidence,
            Date = range,
            TimePrecision = precision,
            EventType = t.EventType,
            SubEventType = t.SubEventType,
            Kind = t.Kind,
            Actor1 = actor1,
            Actor2 = actor2,
            Location = location,
            Fatalities = counts.TryGetValue("killed", out var k) ? (int)k : null,
            Counts = counts,
            CountQualifiers = qualifiers,
            Hedged = hedged,
            Hedges = hedged ? ["reportedly"] : [],
            Confidence = 0.8,
        };
    }

    private static string Slug(string s) => new(s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
