using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Sitrep.Core.Knowledge.Geo;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>A governorate outline for drawing maps: outer rings of (longitude, latitude) points.</summary>
public sealed record GovernorateShape(string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);

/// <summary>
/// The Iraq gazetteer: GeoNames-derived places (places-geonames.tsv), hand-curated places (places-curated.tsv), extra
/// aliases for existing ids (places-aliases.tsv) and governorate polygons (governorates.geojson), all embedded in
/// Sitrep.Core and rebuilt by tools/gazetteer. Immutable after loading, so safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourcePrefix = "Sitrep.Core.Resources.Knowledge.";

    // Leading article tokens dropped to make a second key (al-Qaim = Qaim, Ad Diwaniyah = Diwaniyah).
    private static readonly HashSet<string> Articles = ["al", "el", "the", "ad", "ar", "as", "ash", "at", "az", "an"];

    // Governorate seats (GeoNames ids), fixed by administrative fact rather than inferred from the data.
    private static readonly Dictionary<string, string> CapitalIds = new(StringComparer.Ordinal)
    {
        ["Baghdad"] = "gn:98182", ["Ninewa"] = "gn:99072", ["Anbar"] = "gn:98717", ["Salah ad-Din"] = "gn:90150",
        ["Qadisiyah"] = "gn:99762", ["Dhi Qar"] = "gn:98854", ["Maysan"] = "gn:99608", ["Muthanna"] = "gn:98530",
        ["Wasit"] = "gn:99131", ["Babil"] = "gn:99347", ["Diyala"] = "gn:97990", ["Duhok"] = "gn:96994",
        ["Erbil"] = "gn:95446", ["Sulaymaniyah"] = "gn:98463", ["Halabja"] = "gn:96205", ["Kirkuk"] = "gn:94787",
        ["Karbala"] = "gn:94824", ["Najaf"] = "gn:98860", ["Basra"] = "gn:99532",
    };

    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Place[] _places;
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, Place[]> _byKey;
    private readonly Dictionary<string, Place> _governorates;
    private readonly HashSet<string> _capitalIds;
    private readonly PolygonIndex _polygons;

    /// <summary>The gazetteer built from the embedded data files (loaded once, on first use).</summary>
    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyList<Place> Places => _places;

    public IReadOnlyList<GovernorateShape> Shapes { get; }

    private Gazetteer(List<Place> places, List<GovernorateShape> shapes)
    {
        Shapes = shapes;
        _polygons = new PolygonIndex(shapes.Select(s => (s.Name, s.Rings)));

        // Iraqi entries without a governorate get it from the polygons; regions and the country may span several.
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Governorate is null && p.Country == "Iraq" && p.Kind is not (PlaceKind.Region or PlaceKind.Country))
                places[i] = p with { Governorate = _polygons.Find(p.Latitude, p.Longitude) };
        }
        _places = [.. places];
        _byId = new Dictionary<string, Place>(_places.Length, StringComparer.Ordinal);
        foreach (var p in _places) _byId[p.Id] = p;
        _capitalIds = [.. CapitalIds.Values];

        var lists = new Dictionary<string, List<Place>>(_places.Length * 8, StringComparer.Ordinal);
        foreach (var p in _places)
        foreach (var alias in p.Aliases)
        {
            var key = NameFolding.Fold(alias);
            Add(lists, key, p);
            if (StripArticle(key) is { } bare) Add(lists, bare, p);
        }
        _byKey = new Dictionary<string, Place[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists)
        {
            var arr = list.ToArray();
            Array.Sort(arr, CompareProminence);
            _byKey[key] = arr;
        }

        _governorates = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var p in _places)
        {
            if (p.Kind != PlaceKind.Governorate) continue;
            foreach (var alias in p.Aliases) _governorates.TryAdd(NameFolding.Fold(alias), p);
            _governorates[NameFolding.Fold(p.Name)] = p;
        }
    }

    private static void Add(Dictionary<string, List<Place>> lists, string key, Place p)
    {
        if (key.Length == 0) return;
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = new List<Place>(1);
        if (list.Count == 0 || !ReferenceEquals(list[^1], p)) list.Add(p);
    }

    /// <summary>The folded key without its leading article token, or null when it has none (or nothing after it).</summary>
    private static string? StripArticle(string key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && space < key.Length - 1 && Articles.Contains(key[..space]) ? key[(space + 1)..] : null;
    }

    private int Rank(Place p) => p.Kind switch
    {
        _ when _capitalIds.Contains(p.Id) => 0, // a seat ranks first even when GeoNames files it as a town (Halabja)
        PlaceKind.Governorate or PlaceKind.Country => 1,
        PlaceKind.City => 2,
        PlaceKind.Town => 3,
        PlaceKind.District => 4,
        _ => 5,
    };

    // Iraqi entries first (this is an Iraq gazetteer: "Arar" in reporting is the crossing, not the Saudi city),
    // then kind, then population.
    private int CompareProminence(Place a, Place b)
    {
        var c = (a.Country == "Iraq" ? 0 : 1).CompareTo(b.Country == "Iraq" ? 0 : 1);
        if (c != 0) return c;
        c = Rank(a).CompareTo(Rank(b));
        if (c != 0) return c;
        c = (b.Population ?? 0).CompareTo(a.Population ?? 0);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    public Place? ById(string id) => id is not null && _byId.TryGetValue(id, out var p) ? p : null;

    /// <summary>
    /// Every place with an alias that folds to the same key as <paramref name="name"/>, also trying the name without
    /// a leading article; most prominent first. Empty when nothing matches.
    /// </summary>
    public IReadOnlyList<Place> Lookup(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var key = NameFolding.Fold(name);
        _byKey.TryGetValue(key, out var direct);
        var bare = StripArticle(key);
        Place[]? stripped = null;
        if (bare is not null) _byKey.TryGetValue(bare, out stripped);
        if (stripped is null || stripped.Length == 0) return direct ?? [];
        if (direct is null || direct.Length == 0) return stripped;
        var merged = direct.Union(stripped).ToArray();
        Array.Sort(merged, CompareProminence);
        return merged;
    }

    /// <summary>Every (alias, place) pair, including the article-less forms Lookup also answers to.</summary>
    public IEnumerable<(string Alias, Place Place)> Aliases()
    {
        foreach (var p in _places)
        foreach (var alias in p.Aliases)
        {
            yield return (alias, p);
            if (WithoutArticle(alias) is { } bare) yield return (bare, p);
        }
    }

    /// <summary>The alias text after its leading article word ("al-Qaim" → "Qaim"), or null.</summary>
    private static string? WithoutArticle(string alias)
    {
        var i = 0;
        while (i < alias.Length && NameFolding.FoldChar(alias[i]) != NameFolding.Separator) i++;
        if (i == 0 || i >= alias.Length || !Articles.Contains(NameFolding.Fold(alias.AsSpan(0, i)))) return null;
        while (i < alias.Length && NameFolding.FoldChar(alias[i]) == NameFolding.Separator) i++;
        return i < alias.Length ? alias[i..] : null;
    }

    /// <summary>Canonical governorate containing the point, or null outside Iraq.</summary>
    public string? GovernorateAt(double latitude, double longitude) => _polygons.Find(latitude, longitude);

    /// <summary>The governorate entry for a canonical name (or any of its aliases: "Nineveh", "Salahuddin").</summary>
    public Place? Governorate(string canonicalName) =>
        canonicalName is not null && _governorates.TryGetValue(NameFolding.Fold(canonicalName), out var p) ? p : null;

    /// <summary>The seat of a governorate (Ninewa → Mosul); accepts the same names as <see cref="Governorate"/>.</summary>
    public Place? CapitalOf(string governorate)
    {
        var name = Governorate(governorate)?.Name ?? governorate;
        return name is not null && CapitalIds.TryGetValue(name, out var id) ? ById(id) : null;
    }

    /// <summary>Great-circle distance in kilometres (haversine, mean Earth radius).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088, D = Math.PI / 180;
        var dLat = (lat2 - lat1) * D;
        var dLon = (lon2 - lon1) * D;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(lat1 * D) * Math.Cos(lat2 * D) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    // ---------------------------------------------------------------- loading

    private static Gazetteer LoadEmbedded()
    {
        var asm = typeof(Gazetteer).Assembly;
        using var geonames = new StreamReader(Open(asm, "places-geonames.tsv", required: true)!);
        using var curated = new StreamReader(Open(asm, "places-curated.tsv", required: true)!);
        using var aliasStream = Open(asm, "places-aliases.tsv", required: false);
        using var aliases = aliasStream is null ? null : new StreamReader(aliasStream);
        using var shapes = Open(asm, "governorates.geojson", required: true)!;
        return Load(geonames, curated, aliases, shapes);
    }

    private static Stream? Open(Assembly asm, string file, bool required) =>
        asm.GetManifestResourceStream(ResourcePrefix + file)
        ?? (required ? throw new InvalidOperationException($"embedded resource {ResourcePrefix}{file} is missing") : null);

    /// <summary>
    /// Builds a gazetteer from the data files. A curated row whose id is already a GeoNames row replaces that row
    /// (its aliases are added to the GeoNames ones; empty population, district and parent keep the GeoNames value).
    /// The aliases file (id, aliases[, name]) adds spellings to an existing id and may rename it.
    /// </summary>
    public static Gazetteer Load(TextReader geonames, TextReader curated, TextReader? aliases, Stream governoratesGeoJson)
    {
        ArgumentNullException.ThrowIfNull(geonames);
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(governoratesGeoJson);
        var places = new List<Place>(1024);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in ReadPlaces(geonames, "places-geonames.tsv"))
        {
            if (!index.TryAdd(p.Id, places.Count)) throw new FormatException($"places-geonames.tsv: duplicate id {p.Id}");
            places.Add(p);
        }
        var curatedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in ReadPlaces(curated, "places-curated.tsv"))
        {
            if (!curatedIds.Add(p.Id)) throw new FormatException($"places-curated.tsv: duplicate id {p.Id}");
            if (index.TryGetValue(p.Id, out var at))
            {
                var old = places[at];
                places[at] = p with
                {
                    Aliases = MergeAliases(p.Aliases, old.Aliases),
                    Governorate = p.Governorate ?? old.Governorate,
                    District = p.District ?? old.District,
                    Population = p.Population ?? old.Population,
                    ParentId = p.ParentId ?? old.ParentId,
                };
            }
            else
            {
                index[p.Id] = places.Count;
                places.Add(p);
            }
        }
        if (aliases is not null) ApplyAliases(aliases, places, index);
        return new Gazetteer(places, ReadShapes(governoratesGeoJson));
    }

    private static IReadOnlyList<string> MergeAliases(IEnumerable<string> first, IEnumerable<string> second)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var a in first.Concat(second))
            if (seen.Add(NameFolding.Fold(a))) result.Add(a);
        return result.ToArray();
    }

    private static IEnumerable<(int LineNo, string[] Fields, Dictionary<string, int> Columns)> ReadRows(TextReader reader, string file)
    {
        Dictionary<string, int>? columns = null;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < fields.Length; i++) columns[fields[i].Trim()] = i;
                continue;
            }
            yield return (lineNo, fields, columns);
        }
        if (columns is null) throw new FormatException($"{file}: no header row");
    }

    private static IEnumerable<Place> ReadPlaces(TextReader reader, string file)
    {
        foreach (var (lineNo, f, col) in ReadRows(reader, file))
        {
            string? Get(string name) =>
                col.TryGetValue(name, out var i) && i < f.Length && f[i].Trim() is { Length: > 0 } v ? v : null;
            string Need(string name) => Get(name) ?? throw new FormatException($"{file}:{lineNo}: {name} is empty");
            double Num(string name) => double.TryParse(Need(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d : throw new FormatException($"{file}:{lineNo}: {name} is not a number");

            var name = Need("name");
            if (!Enum.TryParse<PlaceKind>(Need("kind"), ignoreCase: true, out var kind))
                throw new FormatException($"{file}:{lineNo}: unknown kind {Get("kind")}");
            var pop = Get("population");
            yield return new Place
            {
                Id = Need("id"),
                Name = name,
                Kind = kind,
                Country = Need("country"),
                Governorate = Get("governorate"),
                District = Get("district"),
                Latitude = Num("lat"),
                Longitude = Num("lon"),
                Population = pop is null ? null : long.Parse(pop, CultureInfo.InvariantCulture),
                ParentId = Get("parent_id"),
                Aliases = MergeAliases([name], SplitAliases(Get("aliases"))),
            };
        }
    }

    private static IEnumerable<string> SplitAliases(string? s) =>
        s is null ? [] : s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void ApplyAliases(TextReader reader, List<Place> places, Dictionary<string, int> index)
    {
        foreach (var (lineNo, f, col) in ReadRows(reader, "places-aliases.tsv"))
        {
            var id = col.TryGetValue("id", out var ii) && ii < f.Length ? f[ii].Trim() : "";
            if (!index.TryGetValue(id, out var at))
                throw new FormatException($"places-aliases.tsv:{lineNo}: unknown id '{id}'");
            var extra = col.TryGetValue("aliases", out var ai) && ai < f.Length ? SplitAliases(f[ai]) : [];
            var rename = col.TryGetValue("name", out var ni) && ni < f.Length && f[ni].Trim() is { Length: > 0 } n ? n : null;
            var p = places[at];
            places[at] = p with
            {
                Name = rename ?? p.Name,
                Aliases = MergeAliases(rename is null ? p.Aliases : [rename, .. p.Aliases], extra),
            };
        }
    }

    private static List<GovernorateShape> ReadShapes(Stream geojson)
    {
        using var doc = JsonDocument.Parse(geojson);
        var shapes = new List<GovernorateShape>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString()
                       ?? throw new FormatException("governorates.geojson: feature without a name");
            var geometry = feature.GetProperty("geometry");
            var coords = geometry.GetProperty("coordinates");
            var rings = new List<IReadOnlyList<(double Lon, double Lat)>>();
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    foreach (var ring in coords.EnumerateArray()) rings.Add(ReadRing(ring));
                    break;
                case "MultiPolygon":
                    foreach (var polygon in coords.EnumerateArray())
                    foreach (var ring in polygon.EnumerateArray()) rings.Add(ReadRing(ring));
                    break;
                default:
                    throw new FormatException($"governorates.geojson: {name} has an unsupported geometry");
            }
            shapes.Add(new GovernorateShape(name, rings));
        }
        return shapes;
    }

    private static (double Lon, double Lat)[] ReadRing(JsonElement ring)
    {
        var points = new (double Lon, double Lat)[ring.GetArrayLength()];
        var i = 0;
        foreach (var pt in ring.EnumerateArray()) points[i++] = (pt[0].GetDouble(), pt[1].GetDouble());
        return points;
    }
}
