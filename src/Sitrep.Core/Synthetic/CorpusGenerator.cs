using System.Globalization;
using System.Text;
using Sitrep.Core.Knowledge;
using static Sitrep.Core.Synthetic.DocumentTemplates;

namespace Sitrep.Core.Synthetic;

/// <summary>
/// Deterministic synthetic report texts for the throughput benchmark, drawn from the real knowledge base. Underlying
/// events (rocket fire on bases, IEDs, clashes, arrests, raids, weapons seizures, protests, statements, orders,
/// releases) happen at <see cref="EventsPerDay"/> across Iraq; each is told by 1-4 documents of different publishers,
/// each a little differently (another figure, a qualifier, a vague amount, a day off, a hedge, the parent organisation).
/// Two styles: situation reports (title with the period, key takeaway, numbered dated items) and news articles
/// (headline, dateline, paragraphs), padded with analysis and background prose to 2-15 KB. About 30% carry PDF damage
/// (lost ligatures as U+FFFD, hard line wraps with hyphenated words).
/// <see cref="Generate"/> streams: only the events still waiting for a document that has not yet appeared are held,
/// which is bounded by the longest reporting period, not by the corpus size. Same seed and count give the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    public int Seed { get; init; } = 20200625;
    public DateOnly Start { get; init; } = new(2020, 1, 1);
    public int EventsPerDay { get; init; } = 40;

    private const int MinBytes = 2300;   // targets leave a margin inside 2-15 KB for damage and rounding
    private const int MaxBytes = 14000;
    private const int MaxItemChars = 1500;
    private const double SitrepShare = 0.6;
    private const double DamagedShare = 0.3;

    private enum Kind { Rocket, Ied, Clash, Arrest, Raid, Seizure, Protest, Statement, Order, Release }

    private static readonly (Kind Kind, int Weight)[] KindWeights =
    [
        (Kind.Rocket, 10), (Kind.Ied, 14), (Kind.Clash, 8), (Kind.Arrest, 20), (Kind.Raid, 5), (Kind.Seizure, 7),
        (Kind.Protest, 12), (Kind.Statement, 10), (Kind.Order, 5), (Kind.Release, 5),
    ];

    private static readonly string[] NewsPublishers =
    [
        "Tigris Daily News", "Euphrates Wire", "Baghdad Courier", "Northern Observer", "Basra Herald", "Two Rivers Press",
        "Crescent News Service", "Frontline Iraq", "Desert Bulletin", "Middle East Ledger",
    ];

    private static readonly (string Name, string[] Governorates)[] Regions =
    [
        ("Central Iraq", ["Baghdad", "Babil", "Wasit", "Diyala"]),
        ("Northern Iraq", ["Ninewa", "Kirkuk", "Salah ad-Din", "Erbil", "Duhok", "Sulaymaniyah", "Halabja"]),
        ("Western Iraq", ["Anbar"]),
        ("Southern Iraq", ["Basra", "Maysan", "Dhi Qar", "Qadisiyah", "Karbala", "Najaf", "Muthanna"]),
    ];

    private static readonly string[] InsurgencyGovernorates = ["Anbar", "Ninewa", "Salah ad-Din", "Diyala", "Kirkuk", "Baghdad", "Babil"];
    private static readonly string[] ProtestGovernorates =
        ["Baghdad", "Basra", "Dhi Qar", "Najaf", "Karbala", "Qadisiyah", "Maysan", "Babil", "Wasit", "Muthanna", "Sulaymaniyah"];
    private static readonly string[] StatementCities = ["Baghdad", "Baghdad", "Baghdad", "Najaf", "Erbil", "Basra", "Karbala"];

    /// <summary>Who publishes: news outlets publish daily; sitrep outlets cover a region over a fixed period.</summary>
    private sealed record Outlet(int Index, string Publisher, bool Sitrep, string Region, HashSet<string>? Governorates, int PeriodDays);

    /// <summary>An underlying real-world event.</summary>
    private sealed record Happening(int Id, Kind Kind, DateOnly Day, Place Place, Actor? Actor1, Actor? Actor2, int Count, string? Topic);

    /// <summary>The events one outlet will publish on one day (news) or for one period (sitrep).</summary>
    private sealed class Bucket(Outlet outlet, DateOnly from, DateOnly to, DateOnly published, int capacity)
    {
        public Outlet Outlet { get; } = outlet;
        public DateOnly From { get; } = from;
        public DateOnly To { get; } = to;
        public DateOnly Published { get; } = published;
        public int Capacity { get; } = capacity;
        public List<Happening> Items { get; } = [];
    }

    private readonly ActorRegistry _registry;
    private readonly Gazetteer _gazetteer;
    private readonly Outlet[] _outlets;
    private readonly Place[] _bases;
    private readonly Dictionary<string, Place[]> _towns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place[]> _protestSites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor[]> _forces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _cities = new(StringComparer.Ordinal);
    private readonly string[] _governorates;
    private readonly Actor[] _nationalForces;
    private readonly Actor[] _militias;
    private readonly Actor[] _fronts;
    private readonly Actor[] _speakers;
    private readonly Actor[] _deciders;
    private readonly Actor? _isis;
    private readonly Actor? _unidentified;

    public CorpusGenerator(ActorRegistry registry, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _registry = registry;
        _gazetteer = gazetteer;

        var iraq = gazetteer.Places.Where(p => p.Country == "Iraq" && p.Governorate is not null).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        _bases = iraq.Where(p => p.Kind is PlaceKind.Base or PlaceKind.Airport).ToArray();
        _governorates = iraq.Select(p => p.Governorate!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var g in _governorates)
        {
            var inG = iraq.Where(p => p.Governorate == g).ToArray();
            var towns = inG.Where(p => p.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village or PlaceKind.Neighbourhood).ToArray();
            var capital = gazetteer.CapitalOf(g) ?? towns.FirstOrDefault() ?? inG[0];
            _cities[g] = capital;
            _towns[g] = towns.Length > 0 ? towns : [capital];
            var sites = inG.Where(p => p.Kind is PlaceKind.City or PlaceKind.Neighbourhood
                || (p.Kind == PlaceKind.Landmark && p.Name.Contains("Square", StringComparison.Ordinal))).ToArray();
            _protestSites[g] = sites.Length > 0 ? sites : [capital];
        }
        if (_bases.Length == 0 || _governorates.Length == 0) throw new InvalidOperationException("The gazetteer lacks Iraqi places the generator draws from.");

        var actors = registry.Actors.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        _isis = registry.ById("isis");
        _unidentified = registry.ById("unidentified-armed-group");
        bool Kurdish(Actor a) => registry.IsWithin(a, "kurdistan-regional-government");
        _militias = actors.Where(a => a.Type == ActorType.Militia && a.Country == "Iraq" && !a.IsCollective
            && registry.Parent(a)?.Id == "popular-mobilization-forces").ToArray();
        _fronts = actors.Where(a => a.Type == ActorType.Militia && registry.Parent(a)?.Id == "islamic-resistance-in-iraq").ToArray();
        if (_fronts.Length == 0) _fronts = _militias;
        // Speakers and deciders alive and in office in the period: skip the dead, the former and the detained.
        static bool Current(Actor a) => a.Role is not { } r || !(r.Contains("killed", StringComparison.OrdinalIgnoreCase)
            || r.Contains("died", StringComparison.OrdinalIgnoreCase) || r.Contains("former", StringComparison.OrdinalIgnoreCase)
            || r.Contains("detainee", StringComparison.OrdinalIgnoreCase) || r.Contains("activist", StringComparison.OrdinalIgnoreCase)
            || r.Contains("analyst", StringComparison.OrdinalIgnoreCase));
        _speakers = actors.Where(a => a.Country == "Iraq" && Current(a) && a.Type is ActorType.Person or ActorType.PartyOrBloc
            || (a.Type == ActorType.Militia && _militias.Contains(a))).ToArray();
        _deciders = actors.Where(a => a.Country == "Iraq" && a.Type == ActorType.Person && Current(a) && a.Role is { } r
            && (r.Contains("Minister", StringComparison.Ordinal) || r.Contains("Commander", StringComparison.Ordinal)
                || r.Contains("Chief of Staff", StringComparison.Ordinal) || r.Contains("Adviser", StringComparison.Ordinal))).ToArray();
        if (_militias.Length == 0 || _speakers.Length == 0 || _deciders.Length == 0)
            throw new InvalidOperationException("The actor registry lacks an actor type the generator draws from.");

        // Forces by governorate: national forces everywhere, provincial ones (named after a city or governorate) at
        // home, Kurdish forces in the Kurdistan Region only.
        var excluded = new HashSet<string>(StringComparer.Ordinal) { "security-media-cell", "iraqi-air-force", "oil-police", "iraqi-border-guards" };
        var forces = actors.Where(a => a.Type == ActorType.StateForce && a.Country == "Iraq" && !excluded.Contains(a.Id)).ToArray();
        var homeNames = new List<(string Name, string Governorate)>();
        foreach (var g in _governorates)
        {
            homeNames.Add((g, g));
            if (gazetteer.Governorate(g) is { } gp) homeNames.AddRange(gp.Aliases.Where(x => x.Length >= 4).Select(x => (x, g)));
        }
        homeNames.AddRange(iraq.Where(p => p.Kind == PlaceKind.City).SelectMany(p => p.Aliases.Append(p.Name))
            .Where(x => x.Length >= 4).Select(x => (x, "")).Distinct());
        var cityGovernorate = iraq.Where(p => p.Kind == PlaceKind.City).SelectMany(p => p.Aliases.Append(p.Name).Select(x => (x, p.Governorate!)))
            .GroupBy(t => t.x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
        string[] kurdistan = ["Erbil", "Duhok", "Sulaymaniyah", "Halabja"];
        var national = new List<Actor>();
        var local = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var a in forces)
        {
            string? home = null;
            foreach (var (name, g) in homeNames)
            {
                if (!ContainsWord(a.Name, name)) continue;
                home = g.Length > 0 ? g : cityGovernorate.GetValueOrDefault(name);
                break;
            }
            if (Kurdish(a))
                foreach (var g in kurdistan) (local.TryGetValue(g, out var l) ? l : local[g] = []).Add(a);
            else if (home is not null) (local.TryGetValue(home, out var l) ? l : local[home] = []).Add(a);
            else national.Add(a);
        }
        _nationalForces = national.ToArray();
        if (_nationalForces.Length == 0) throw new InvalidOperationException("The actor registry has no national Iraqi forces.");
        foreach (var g in _governorates)
        {
            var list = new List<Actor>(national);
            // Provincial units act at home more often than any one national force would.
            if (local.TryGetValue(g, out var l)) for (var i = 0; i < 3; i++) list.AddRange(l);
            _forces[g] = list.ToArray();
        }

        var outlets = new List<Outlet>();
        foreach (var p in NewsPublishers) outlets.Add(new Outlet(outlets.Count, p, false, "Iraq", null, 1));
        outlets.Add(new Outlet(outlets.Count, "Mesopotamia Security Monitor", true, "Iraq", null, 7));
        outlets.Add(new Outlet(outlets.Count, "Tigris Risk Advisory", true, "Iraq", null, 3));
        outlets.Add(new Outlet(outlets.Count, "Baghdad Risk Bulletin", true, "Iraq", null, 2));
        foreach (var (region, govs) in Regions)
        {
            var set = new HashSet<string>(govs, StringComparer.Ordinal);
            outlets.Add(new Outlet(outlets.Count, "Joint NGO Safety Desk", true, region, set, 7));
            outlets.Add(new Outlet(outlets.Count, "Field Security Network", true, region, set, 3));
            outlets.Add(new Outlet(outlets.Count, "Crescent Field Analysis", true, region, set, 2));
            outlets.Add(new Outlet(outlets.Count, "Euphrates Security Group", true, region, set, 2));
        }
        _outlets = outlets.ToArray();
    }

    /// <summary>
    /// The first <paramref name="documents"/> documents, one at a time, in publication order. Lazy: enumerating only
    /// a prefix costs only that prefix, and a shorter count yields a prefix of a longer one.
    /// </summary>
    public IEnumerable<SyntheticDocument> Generate(int documents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        return documents == 0 ? [] : Stream(documents);
    }

    private IEnumerable<SyntheticDocument> Stream(int documents)
    {
        var rng = new Random(Seed);
        var writer = new Writer(this);
        var open = new List<Bucket>();
        var due = new List<Bucket>();
        var used = new bool[_outlets.Length];
        var candidates = new List<Outlet>();
        var produced = 0;
        var nextId = 0;
        for (var day = 0; ; day++)
        {
            var date = Start.AddDays(day);
            for (var e = 0; e < EventsPerDay; e++)
                Schedule(rng, Draw(rng, nextId++, date), open, used, candidates);

            due.Clear();
            for (var i = open.Count - 1; i >= 0; i--)
                if (open[i].Published <= date)
                {
                    due.Add(open[i]);
                    open.RemoveAt(i);
                }
            due.Sort(static (a, b) => a.Outlet.Index != b.Outlet.Index ? a.Outlet.Index.CompareTo(b.Outlet.Index) : a.From.CompareTo(b.From));
            foreach (var bucket in due)
            {
                if (bucket.Outlet.Sitrep)
                {
                    yield return writer.Sitrep(bucket, new Random(rng.Next()));
                    if (++produced == documents) yield break;
                    continue;
                }
                // A news outlet's day: articles of 1-3 events, neighbours (same governorate) told together.
                bucket.Items.Sort(static (a, b) =>
                {
                    var c = string.CompareOrdinal(a.Place.Governorate, b.Place.Governorate);
                    return c != 0 ? c : a.Id.CompareTo(b.Id);
                });
                var seq = 0;
                for (var i = 0; i < bucket.Items.Count;)
                {
                    var size = Math.Min(bucket.Items.Count - i, rng.NextDouble() switch { < 0.45 => 1, < 0.8 => 2, _ => 3 });
                    yield return writer.News(bucket, i, size, ++seq, new Random(rng.Next()));
                    if (++produced == documents) yield break;
                    i += size;
                }
            }
        }
    }

    /// <summary>Assigns the event's 1-4 accounts to distinct outlets: a sitrep covering it when one has room, else news.</summary>
    private void Schedule(Random rng, Happening h, List<Bucket> open, bool[] used, List<Outlet> candidates)
    {
        var reports = rng.NextDouble() switch { < 0.3 => 1, < 0.65 => 2, < 0.87 => 3, _ => 4 };
        Array.Clear(used);
        for (var r = 0; r < reports; r++)
        {
            Bucket? bucket = null;
            if (rng.NextDouble() < SitrepShare)
            {
                candidates.Clear();
                foreach (var o in _outlets)
                    if (o.Sitrep && !used[o.Index] && (o.Governorates is null || o.Governorates.Contains(h.Place.Governorate!))) candidates.Add(o);
                if (candidates.Count > 0)
                {
                    var o = candidates[rng.Next(candidates.Count)];
                    var index = (h.Day.DayNumber - Start.DayNumber) / o.PeriodDays;
                    var from = Start.AddDays(index * o.PeriodDays);
                    var b = Find(open, o, from) ?? Add(open, new Bucket(o, from, from.AddDays(o.PeriodDays - 1), from.AddDays(o.PeriodDays), rng.Next(4, 13)));
                    if (b.Items.Count < b.Capacity) bucket = b;
                }
            }
            if (bucket is null)
            {
                var free = 0;
                foreach (var o in _outlets) if (!o.Sitrep && !used[o.Index]) free++;
                if (free == 0) break;
                var pick = rng.Next(free);
                Outlet? chosen = null;
                foreach (var o in _outlets)
                    if (!o.Sitrep && !used[o.Index] && pick-- == 0) { chosen = o; break; }
                var published = h.Day.AddDays(rng.NextDouble() switch { < 0.55 => 0, < 0.9 => 1, _ => 2 });
                bucket = Find(open, chosen!, published) ?? Add(open, new Bucket(chosen!, published, published, published, int.MaxValue));
            }
            bucket.Items.Add(h);
            used[bucket.Outlet.Index] = true;
        }

        static Bucket? Find(List<Bucket> open, Outlet o, DateOnly from)
        {
            foreach (var b in open) if (b.Outlet == o && b.From == from) return b;
            return null;
        }
        static Bucket Add(List<Bucket> open, Bucket b)
        {
            open.Add(b);
            return b;
        }
    }

    private Happening Draw(Random rng, int id, DateOnly day)
    {
        var w = rng.Next(KindWeights.Sum(k => k.Weight));
        var kind = KindWeights[^1].Kind;
        foreach (var (k, weight) in KindWeights)
        {
            if (w < weight) { kind = k; break; }
            w -= weight;
        }
        string Gov(string[] pool)
        {
            var g = pool[rng.Next(pool.Length)];
            return _towns.ContainsKey(g) ? g : _governorates[rng.Next(_governorates.Length)];
        }
        Place Town(string g) => _towns[g][rng.Next(_towns[g].Length)];
        Actor Force(string g) => _forces[g][rng.Next(_forces[g].Length)];
        Actor Insurgent() => _isis is not null && rng.NextDouble() < 0.9 ? _isis : _unidentified ?? _isis ?? _militias[0];
        int Skewed(int min, int max) => min + (int)((max - min + 1) * Math.Pow(rng.NextDouble(), 2));

        switch (kind)
        {
            case Kind.Rocket:
            {
                var place = _bases[rng.Next(_bases.Length)];
                var a = rng.NextDouble() switch
                {
                    < 0.55 => _unidentified,
                    < 0.8 => _fronts[rng.Next(_fronts.Length)],
                    _ => _militias[rng.Next(_militias.Length)],
                };
                return new(id, kind, day, place, a, null, Skewed(1, 9), null);
            }
            case Kind.Ied:
            {
                var g = Gov(InsurgencyGovernorates);
                return new(id, kind, day, Town(g), Insurgent(), Force(g), rng.NextDouble() < 0.3 ? 0 : Skewed(1, 5), null);
            }
            case Kind.Clash:
            {
                var g = Gov(InsurgencyGovernorates);
                return new(id, kind, day, Town(g), Insurgent(), Force(g), rng.NextDouble() < 0.2 ? 0 : Skewed(1, 9), null);
            }
            case Kind.Arrest:
            {
                var g = _governorates[rng.Next(_governorates.Length)];
                return new(id, kind, day, Town(g), Force(g), rng.NextDouble() < 0.6 ? _isis : null, Skewed(1, 30), null);
            }
            case Kind.Raid:
            {
                var g = rng.NextDouble() < 0.6 ? "Baghdad" : Gov(ProtestGovernorates);
                if (!_towns.ContainsKey(g)) g = _governorates[rng.Next(_governorates.Length)];
                return new(id, kind, day, Town(g), _nationalForces[rng.Next(_nationalForces.Length)], _militias[rng.Next(_militias.Length)],
                    Skewed(2, 24), null);
            }
            case Kind.Seizure:
            {
                var g = _governorates[rng.Next(_governorates.Length)];
                return new(id, kind, day, Town(g), Force(g), null, Skewed(2, 40), null);
            }
            case Kind.Protest:
            {
                var g = Gov(ProtestGovernorates);
                var sites = _protestSites[g];
                return new(id, kind, day, sites[rng.Next(sites.Length)], _registry.ById("protesters-iraq"), null, Skewed(30, 3000),
                    ProtestTopics[rng.Next(ProtestTopics.Length)]);
            }
            case Kind.Statement:
            case Kind.Order:
            {
                var g = Gov(StatementCities);
                var who = kind == Kind.Order ? _deciders[rng.Next(_deciders.Length)] : _speakers[rng.Next(_speakers.Length)];
                return new(id, kind, day, _cities[g], who, null, 0, StatementTopics[rng.Next(StatementTopics.Length)]);
            }
            default:
            {
                var g = _governorates[rng.Next(_governorates.Length)];
                return new(id, Kind.Release, day, _cities[g], Force(g), null, Skewed(1, 30), null);
            }
        }
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var after = i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>
    /// Writes documents. Holds the reusable buffers of one enumeration, so concurrent enumerations do not share them.
    /// </summary>
    private sealed class Writer(CorpusGenerator g)
    {
        private readonly StringBuilder _doc = new(16 * 1024);
        private readonly StringBuilder _sentence = new(512);
        private readonly StringBuilder _damage = new(16 * 1024);
        private readonly List<StringBuilder> _items = [];
        private readonly List<ReportedEvent> _told = [];
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Core, string? Abbr, bool Article)> _names = new(StringComparer.Ordinal);
        private Random _r = new(0);

        public SyntheticDocument Sitrep(Bucket bucket, Random r)
        {
            _r = r;
            var o = bucket.Outlet;
            var events = bucket.Items;
            // A short report is not padded to the size of a long one: the length follows the number of items.
            var target = Math.Max(MinBytes, Math.Min(r.Next(MinBytes, MaxBytes), 1500 + 1300 * events.Count));
            _used.Clear();
            events.Sort(static (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Id.CompareTo(b.Id));
            _told.Clear();

            _doc.Clear();
            var period = Period(bucket.From, bucket.To);
            _doc.Append(Pick(SitrepTitles)).Replace("{R}", o.Region).Replace("{PERIOD}", period).Append('\n');
            if (r.NextDouble() < 0.5) _doc.Append("Published: ").Append(LongDate(bucket.Published, true)).Append('\n');
            _doc.Append('\n');

            // The governorate with the most events gives the takeaway its focus.
            var focus = events.GroupBy(e => e.Place.Governorate!).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => x.Key).FirstOrDefault() ?? "Baghdad";
            _doc.Append("Key Takeaway: ").Append(Pick(TakeawayOpenings).Replace("{G}", focus, StringComparison.Ordinal));
            for (var i = r.Next(1, 3); i > 0; i--) _doc.Append(' ').Append(Analysis(focus, g._cities.TryGetValue(focus, out var fc) ? fc.Name : focus));
            _doc.Append("\n\n");

            for (var i = _items.Count; i < events.Count; i++) _items.Add(new StringBuilder(2048));
            var itemChars = 0;
            for (var i = 0; i < events.Count; i++)
            {
                var h = events[i];
                var sb = _items[i];
                sb.Clear();
                var told = ToldDay(h, bucket.From, bucket.To);
                sb.Append(i + 1).Append(' ').Append(ShortMonths[told.Month - 1]).Append(' ').Append(told.Day).Append(": ");
                var words = WordsOf(h.Kind, h.Count);
                var account = Tell(h, told, words, sitrep: true);
                sb.Append(account.Headline).Append(". ").Append(account.Main);
                for (var d = r.Next(0, 3); d > 0; d--) sb.Append(' ').Append(Fresh(words.Details));
                if (r.NextDouble() < 0.5) sb.Append(' ').Append(Analysis(h.Place.Governorate!, h.Place.Name));
                itemChars += sb.Length + 2;
            }

            // Pad: analysis sentences into the items (each up to a realistic size), then background paragraphs.
            var budget = target - _doc.Length - itemChars;
            for (var tries = 0; budget > 0 && tries < 4 * events.Count + 8; tries++)
            {
                var i = r.Next(events.Count);
                if (_items[i].Length > MaxItemChars) continue;
                var s = r.NextDouble() < 0.7 ? Analysis(events[i].Place.Governorate!, events[i].Place.Name)
                    : Prose(events[i].Place.Governorate!, events[i].Place.Name);
                _items[i].Append(' ').Append(s);
                budget -= s.Length + 1;
            }
            while (budget > 0)
            {
                var start = _doc.Length;
                for (var n = r.Next(3, 6); n > 0; n--)
                {
                    var e = events[r.Next(events.Count)];
                    _doc.Append(Prose(e.Place.Governorate!, e.Place.Name)).Append(n > 1 ? " " : "\n\n");
                }
                budget -= _doc.Length - start;
            }
            for (var i = 0; i < events.Count; i++) _doc.Append(_items[i]).Append(i + 1 < events.Count ? "\n\n" : "\n");

            var name = $"{Slug(o.Publisher)}-{Slug(o.Region)}-{bucket.From:yyyyMMdd}-{bucket.To:yyyyMMdd}.txt";
            return Finish(name, bucket.Published, o.Publisher, "sitrep");
        }

        public SyntheticDocument News(Bucket bucket, int first, int count, int seq, Random r)
        {
            _r = r;
            var o = bucket.Outlet;
            var target = Math.Max(MinBytes, Math.Min(r.Next(MinBytes, MaxBytes), 3000 + 4500 * count));
            _told.Clear();
            _used.Clear();
            _doc.Clear();

            var lead = bucket.Items[first];
            var leadWords = WordsOf(lead.Kind, lead.Count);
            var leadAccount = Tell(lead, ToldDay(lead, DateOnly.MinValue, bucket.Published), leadWords, sitrep: false);
            // Blank lines keep the headline, byline and dateline out of the lead's sentence.
            _doc.Append(leadAccount.Headline).Append("\n\n");
            if (r.NextDouble() < 0.3) _doc.Append(Pick(Bylines)).Append("\n\n");
            _doc.Append(r.NextDouble() < 0.6 ? "Published: " : "").Append(LongDate(bucket.Published, true)).Append("\n\n");

            _doc.Append(leadAccount.Main);
            if (r.NextDouble() < 0.7) _doc.Append(' ').Append(Fresh(leadWords.Details));
            _doc.Append("\n\n");
            var g0 = lead.Place.Governorate!;
            for (var d = r.Next(1, 3); d > 0; d--) _doc.Append(Fresh(leadWords.Details)).Append(' ');
            _doc.Append(Prose(g0, lead.Place.Name)).Append("\n\n");

            for (var k = 1; k < count; k++)
            {
                var h = bucket.Items[first + k];
                var words = WordsOf(h.Kind, h.Count);
                var account = Tell(h, ToldDay(h, DateOnly.MinValue, bucket.Published), words, sitrep: false);
                _doc.Append(Pick(SeparateIncident)).Append(LowerFirstWord(account.Main));
                if (r.NextDouble() < 0.6) _doc.Append(' ').Append(Fresh(words.Details));
                _doc.Append("\n\n");
            }

            // Background and analysis paragraphs until the article reaches its length.
            while (_doc.Length < target)
            {
                for (var n = r.Next(2, 6); n > 0; n--)
                {
                    var h = bucket.Items[first + r.Next(count)];
                    _doc.Append(r.NextDouble() < 0.8 ? Prose(h.Place.Governorate!, h.Place.Name) : Analysis(h.Place.Governorate!, h.Place.Name))
                        .Append(n > 1 ? " " : "\n\n");
                }
            }
            _doc.Length -= 1; // one newline at the end, not a blank line

            var name = $"{Slug(o.Publisher)}-{bucket.Published:yyyyMMdd}-{seq:D3}.txt";
            return Finish(name, bucket.Published, o.Publisher, "news");
        }

        private SyntheticDocument Finish(string name, DateOnly published, string publisher, string kind)
        {
            var text = _r.NextDouble() < DamagedShare ? Damage(_doc, _r) : _doc.ToString();
            return new SyntheticDocument(name, text, published, publisher, kind) { Events = _told.ToArray() };
        }

        private readonly record struct Account(string Headline, string Main);

        /// <summary>One account of an event: its headline and main sentence, with this document's figure, date and hedge.</summary>
        private Account Tell(Happening h, DateOnly told, KindWords words, bool sitrep)
        {
            var r = _r;
            var (countText, nounPhrase, shown) = h.Kind is Kind.Statement or Kind.Order ? (null, "", null) : Figure(h, words);
            var zero = h.Count == 0 && words.ZeroMain is not null;
            var template = zero ? Pick(words.ZeroMain!) : Pick(words.Main);

            // Date: always in news; sitrep bodies often lean on the item's date header.
            string d = "", d0 = "";
            if (!sitrep || r.NextDouble() < 0.6)
            {
                var date = LongDate(told, false);
                if (template.Contains("{D0}", StringComparison.Ordinal)) d0 = $"On {date}, ";
                else d = r.NextDouble() switch { < 0.8 => $" on {date}", < 0.9 => $" late on {date}", _ => $" early on {date}" };
            }
            var hedge = r.NextDouble() < 0.2 ? r.Next(3) : -1; // 0 adverb, 1 prefix, 2 suffix
            if (hedge == 2 && template.Contains("according to", StringComparison.Ordinal)) hedge = 0;

            var a1 = ActorPhrase(h.Actor1, h.Kind);
            var a2 = ActorPhrase(h.Actor2, h.Kind);
            var sb = _sentence.Clear().Append(template)
                .Replace("{D0}", d0).Replace("{D}", d)
                .Replace("{H}", hedge == 0 ? Pick(HedgeAdverbs) : "")
                .Replace("{A1}", a1).Replace("{A2}", a2)
                .Replace("{N}", nounPhrase)
                .Replace("{P}", PlacePhrase(h.Place))
                .Replace("{G}", h.Place.Governorate)
                .Replace("{T}", h.Topic ?? "");
            if (sb.Length > 0) sb[0] = char.ToUpperInvariant(sb[0]);
            foreach (var v in "AEIOU") sb.Replace(" a " + v, " an " + v);
            if (shown == 1) sb.Replace(" were ", " was ");
            var main = sb.ToString();
            if (hedge == 1) main = Pick(HedgePrefixes) + LowerFirstWord(main);
            else if (hedge == 2) main = main[..^1] + Pick(HedgeSuffixes);

            // The headline gives this document's figure, and none when the text is vague or says one.
            var headlines = zero ? words.ZeroHeadlines! : words.Headlines;
            var pattern = Pick(headlines);
            for (var i = 0; i < 8 && shown is null or <= 1 && pattern.Contains("{X}", StringComparison.Ordinal); i++) pattern = Pick(headlines);
            if (shown is null or <= 1 && pattern.Contains("{X}", StringComparison.Ordinal)) pattern = Array.Find(headlines, x => !x.Contains("{X}", StringComparison.Ordinal)) ?? pattern;
            var headline = _sentence.Clear().Append(pattern)
                .Replace("{PN}", h.Place.Name)
                .Replace("{X}", (shown ?? h.Count).ToString(CultureInfo.InvariantCulture))
                .Replace("{S1}", ShortName(h.Actor1))
                .Replace("{S2}", ShortName(h.Actor2))
                .ToString();
            _told.Add(new ReportedEvent(h.Id, h.Kind.ToString().ToLowerInvariant(), h.Day, told, h.Place.Id, h.Place.Governorate!,
                h.Kind is Kind.Statement or Kind.Order ? null : h.Count, countText, hedge >= 0));
            return new Account(headline, main);
        }

        /// <summary>This document's figure: the true one, a neighbour, "at least", an approximation, or a vague amount.</summary>
        private (string? Text, string Phrase, int? Shown) Figure(Happening h, KindWords words)
        {
            var r = _r;
            var n = h.Count;
            var (sing, plural) = (words.Singular, words.Plural);
            if (h.Kind == Kind.Arrest && h.Actor2 is not null) (sing, plural) = ("ISIS suspect", "ISIS suspects");
            if (h.Kind == Kind.Protest && r.NextDouble() < 0.4) (sing, plural) = ("demonstrator", "demonstrators");
            if (h.Kind is Kind.Ied && h.Actor2?.Id.Contains("police", StringComparison.Ordinal) == true) (sing, plural) = ("policeman", "policemen");
            if (n == 0) return ("0", "no " + plural, 0);

            string Num(int v) => v <= 12 && r.NextDouble() < 0.5 ? Word(v) : v.ToString(CultureInfo.InvariantCulture);
            string Noun(int v) => v == 1 ? sing : plural;
            string text;
            int? shown = n;
            var c = r.NextDouble();
            if (c < 0.5) text = Num(n);
            else if (c < 0.68)
            {
                var delta = 1 + r.Next(Math.Max(1, n / 5));
                var v = Math.Max(1, r.Next(2) == 0 ? n - delta : n + delta);
                text = Num(v);
                n = v;
                shown = v;
            }
            else if (c < 0.8)
            {
                var v = Math.Max(1, n - r.Next(Math.Max(1, n / 6) + 1));
                text = (r.Next(3) == 0 ? "more than " : "at least ") + Num(v);
                shown = v;
                n = v;
            }
            else if (c < 0.88 && n >= 5)
            {
                var v = n >= 100 ? (n + 25) / 50 * 50 : n >= 20 ? (n + 2) / 5 * 5 : n;
                text = (r.Next(3) switch { 0 => "around ", 1 => "about ", _ => "nearly " }) + Num(v);
                shown = v;
            }
            else if (n >= 3)
            {
                text = n switch
                {
                    >= 1000 => "thousands of",
                    >= 100 => "hundreds of",
                    >= 24 => "dozens of",
                    >= 13 => r.Next(2) == 0 ? "over a dozen" : "more than a dozen",
                    _ => "several",
                };
                shown = null;
                n = 2;
            }
            else text = Num(n);
            return (text, text + " " + Noun(n), shown);
        }

        private DateOnly ToldDay(Happening h, DateOnly from, DateOnly to)
        {
            var c = _r.NextDouble();
            var told = c < 0.1 ? h.Day.AddDays(-1) : c < 0.18 ? h.Day.AddDays(1) : h.Day;
            if (told > to) told = to;
            if (told < from) told = from;
            return told;
        }

        private string ActorPhrase(Actor? a, Kind kind)
        {
            var r = _r;
            if (a is null) return kind == Kind.Arrest ? "security forces" : "unidentified militants";
            if (a.Id == "unidentified-armed-group")
                return r.Next(4) switch { 0 => "unknown gunmen", 1 => "suspected Iran-backed militants", 2 => "an unidentified group", _ => "unidentified militants" };
            if (a.Id == "isis")
                return r.Next(5) switch { 0 => "ISIS fighters", 1 => "an ISIS cell", 2 => "Islamic State militants", 3 => "suspected ISIS militants", _ => "ISIS militants" };
            // The parent organisation now and then ("the PMF" for one of its factions), if it is the same kind of actor.
            if (r.NextDouble() < 0.15 && g._registry.Parent(a) is { } parent && parent.Type == a.Type && !parent.IsCollective) a = parent;
            var (core, abbr, article) = Names(a);
            var the = article ? "the " : "";
            if (a.Type == ActorType.Person && a.Role is { } role && r.NextDouble() < 0.3)
            {
                var title = role.Split(';')[0];
                var paren = title.IndexOf(" (", StringComparison.Ordinal);
                if (paren > 0) title = title[..paren];
                return $"{core}, {title},";
            }
            if (abbr is null) return the + core;
            return r.NextDouble() switch { < 0.35 => $"{the}{core} ({abbr})", < 0.55 => the + abbr, _ => the + core };
        }

        private string ShortName(Actor? a)
        {
            if (a is null) return "Militants";
            if (a.Id == "unidentified-armed-group") return "Militants";
            var (core, abbr, _) = Names(a);
            return abbr ?? core;
        }

        /// <summary>Name without its parenthesis, the abbreviation if the parenthesis is one, and whether it takes "the".</summary>
        private (string Core, string? Abbr, bool Article) Names(Actor a)
        {
            if (_names.TryGetValue(a.Id, out var n)) return n;
            var name = a.Name;
            string? abbr = null;
            var open = name.IndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && name.EndsWith(')'))
            {
                var inner = name[(open + 2)..^1];
                if (inner.Length is >= 2 and <= 8 && inner.All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == '-')) abbr = inner;
                name = name[..open];
            }
            // "Unit 80" alone reads as a count; such names keep their parenthesis.
            if (name.Any(char.IsDigit)) (name, abbr) = (a.Name, null);
            string[] heads =
            [
                "Service", "Army", "Police", "Forces", "Force", "Division", "Command", "Ministry", "Directorate", "Agency", "Council",
                "Organization", "Movement", "Coalition", "Alliance", "Party", "Units", "Cell", "Government", "Office", "Committee",
                "Commission", "Court", "Brigades", "Brigade", "Advisory", "Presidency", "Parliament", "Guards", "Union", "Group",
            ];
            var article = a.Type != ActorType.Person && heads.Any(h => ContainsWord(name, h)) && !name.StartsWith("Kata'ib", StringComparison.Ordinal);
            n = (name, abbr, article);
            _names[a.Id] = n;
            return n;
        }

        private string PlacePhrase(Place p)
        {
            var r = _r;
            var gov = p.Governorate!;
            switch (p.Kind)
            {
                case PlaceKind.Neighbourhood when r.NextDouble() < 0.4:
                    var city = p.ParentId is { } pid && g._gazetteer.ById(pid) is { Kind: PlaceKind.City } parent ? parent.Name : g._cities[gov].Name;
                    return city == p.Name ? p.Name : $"the {p.Name} area of {city}";
                case PlaceKind.Town or PlaceKind.Village when r.NextDouble() < 0.45:
                    return r.Next(2) == 0 ? $"{p.Name}, {gov} Province" : $"{p.Name} in {gov} Governorate";
                default:
                    return p.Name;
            }
        }

        private string Fill(string template, string governorate, string place) =>
            _sentence.Clear().Append(template).Replace("{G}", governorate).Replace("{PN}", place).ToString();

        private T Pick<T>(T[] items) => items[_r.Next(items.Length)];

        /// <summary>A sentence of the pool this document has not used yet, if a few tries find one.</summary>
        private string Fresh(string[] pool)
        {
            var s = Pick(pool);
            for (var i = 0; i < 6 && !_used.Add(s); i++) s = Pick(pool);
            return s;
        }

        /// <summary>Background prose for news and sitreps: a fixed sentence, a composed view, or a quote.</summary>
        private string Prose(string governorate, string place)
        {
            for (var i = 0; i < 8; i++)
            {
                var c = _r.NextDouble();
                var s = c < 0.4 ? Fill(Pick(Background), governorate, place)
                    : c < 0.88 ? Fill($"{Pick(Holders)} {Pick(Claims)}{Pick(Tails)}.", governorate, place)
                    : Fill(Pick(Quotes), governorate, place);
                if (_used.Add(s)) return s;
            }
            return Fill($"{Pick(Holders)} {Pick(Claims)}{Pick(Tails)}.", governorate, place);
        }

        /// <summary>Analysis in a sitrep's voice: a fixed assessment or a composed forecast.</summary>
        private string Analysis(string governorate, string place)
        {
            for (var i = 0; i < 8; i++)
            {
                var s = _r.NextDouble() < 0.45 ? Fill(Pick(Assessments), governorate, place)
                    : Fill($"{Pick(ForecastSubjects)} will likely {Pick(ForecastPredicates)} {Pick(ForecastWhens)}.", governorate, place);
                if (_used.Add(s)) return s;
            }
            return Prose(governorate, place);
        }

        private static KindWords WordsOf(Kind k, int count) => k switch
        {
            Kind.Rocket => DocumentTemplates.Rocket,
            Kind.Ied => DocumentTemplates.Ied,
            Kind.Clash => DocumentTemplates.Clash,
            Kind.Arrest => DocumentTemplates.Arrest,
            Kind.Raid => DocumentTemplates.Raid,
            Kind.Seizure => DocumentTemplates.Seizure,
            Kind.Protest => DocumentTemplates.Protest,
            Kind.Statement => DocumentTemplates.Statement,
            Kind.Order => DocumentTemplates.Order,
            _ => DocumentTemplates.Release,
        };

        private static string LowerFirstWord(string s)
        {
            var space = s.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && CommonStarts.Contains(s[..space]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
        }

        private static string LongDate(DateOnly d, bool year) =>
            year ? $"{Months[d.Month - 1]} {d.Day}, {d.Year}" : $"{Months[d.Month - 1]} {d.Day}";

        /// <summary>"June 24-30, 2020", "June 29-July 5, 2020", "December 30, 2020-January 5, 2021".</summary>
        private static string Period(DateOnly from, DateOnly to) =>
            from.Year != to.Year ? $"{LongDate(from, true)}-{LongDate(to, true)}"
            : from.Month != to.Month ? $"{Months[from.Month - 1]} {from.Day}-{Months[to.Month - 1]} {to.Day}, {to.Year}"
            : $"{Months[from.Month - 1]} {from.Day}-{to.Day}, {to.Year}";

        private static string Slug(string s)
        {
            var chars = new char[s.Length];
            for (var i = 0; i < s.Length; i++) chars[i] = char.IsLetterOrDigit(s[i]) ? char.ToLowerInvariant(s[i]) : '-';
            return new string(chars);
        }

        /// <summary>
        /// What a PDF text layer does to prose: ligatures (ff, fi, fl, ffi, ffl) lost to U+FFFD in some words, lines hard
        /// wrapped at 60-70 columns with some long words hyphenated across the break.
        /// </summary>
        private string Damage(StringBuilder text, Random r)
        {
            var lost = 0.4 + 0.6 * r.NextDouble();
            var width = r.Next(60, 71);
            var src = text.ToString();
            var sb = _damage.Clear();

            // Ligatures first, into _damage; then wrap from it back into _doc.
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                if (c == 'f' && i + 1 < src.Length && (i == 0 || char.IsLetter(src[i - 1]) || src[i - 1] == ' '))
                {
                    var len = i + 2 < src.Length && src[i + 1] == 'f' && src[i + 2] is 'i' or 'l' ? 3
                        : src[i + 1] is 'f' or 'i' or 'l' ? 2 : 0;
                    if (len > 0 && r.NextDouble() < lost)
                    {
                        sb.Append('\uFFFD');
                        i += len - 1;
                        continue;
                    }
                }
                sb.Append(c);
            }

            var outb = _doc.Clear();
            var lineStart = 0;
            for (var i = 0; i <= sb.Length; i++)
            {
                if (i < sb.Length && sb[i] != '\n') continue;
                WrapLine(sb, lineStart, i, width, r, outb);
                if (i < sb.Length) outb.Append('\n');
                lineStart = i + 1;
            }
            return outb.ToString();
        }

        private static void WrapLine(StringBuilder src, int from, int to, int width, Random r, StringBuilder outb)
        {
            var col = 0;
            var i = from;
            while (i < to)
            {
                var end = i;
                while (end < to && src[end] != ' ') end++;
                var len = end - i;
                if (col > 0 && col + 1 + len > width)
                {
                    // A long plain word may be split across the break with a hyphen, as PDF line layout does.
                    var room = width - col - 2;
                    if (len >= 8 && room >= 3 && r.NextDouble() < 0.4 && IsPlainWord(src, i, end))
                    {
                        var cut = Math.Min(room, len - 3);
                        if (cut >= 3)
                        {
                            outb.Append(' ');
                            for (var k = i; k < i + cut; k++) outb.Append(src[k]);
                            outb.Append("-\n");
                            i += cut;
                            len -= cut;
                            col = 0;
                        }
                        else { outb.Append('\n'); col = 0; }
                    }
                    else { outb.Append('\n'); col = 0; }
                }
                else if (col > 0) { outb.Append(' '); col++; }
                for (var k = i; k < i + len; k++) outb.Append(src[k]);
                col += len;
                i += len;
                while (i < to && src[i] == ' ') i++;
            }
        }

        private static bool IsPlainWord(StringBuilder s, int from, int to)
        {
            for (var i = from; i < to; i++) if (!char.IsAsciiLetterLower(s[i])) return false;
            return true;
        }
    }
}
