using System.Text;
using System.Text.Json;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Knowledge;

/// <summary>
/// The gazetteer against the shared evaluation data (read in place, never copied): every place surface form of the seed
/// gold must resolve near its gold coordinates and in its gold governorate; the GTD city names give a coverage figure.
/// </summary>
public sealed class GazetteerCoverageTests(ITestOutputHelper output)
{
    private static readonly Gazetteer G = Gazetteer.Default;

    // Generic nouns that only context turns into a place ("the airport" in a Baghdad story); a gazetteer must not.
    private static readonly HashSet<string> ContextOnly = new(StringComparer.OrdinalIgnoreCase) { "airport" };

    private static readonly string[] Directions =
        ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"];

    /// <summary>A text matcher finds "Baghdad" inside "southwest Bagdad"; the test does the same reduction.</summary>
    private static string? Reduce(string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Directions.Contains(words[0], StringComparer.OrdinalIgnoreCase)) return string.Join(' ', words.Skip(1));
        return null;
    }

    [SeedFact]
    public void Every_gold_place_alias_resolves_near_its_gold_coordinates()
    {
        if (SeedFiles.GoldPath is null) { output.WriteLine("seeds-gold.json not found; skipped"); return; }
        using var doc = JsonDocument.Parse(File.ReadAllText(SeedFiles.GoldPath));
        var table = new StringBuilder();
        table.AppendLine($"{"gold place",-36} {"alias",-36} {"resolved to",-40} {"km",6}  result");
        int total = 0, ok = 0;
        var failures = new List<string>();
        foreach (var place in doc.RootElement.GetProperty("places").EnumerateArray())
        {
            var goldName = place.GetProperty("name").GetString()!;
            var admin1 = place.TryGetProperty("admin1", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            double? lat = place.TryGetProperty("latitude", out var la) && la.ValueKind == JsonValueKind.Number ? la.GetDouble() : null;
            double? lon = place.TryGetProperty("longitude", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDouble() : null;
            foreach (var aliasEl in place.GetProperty("aliases").EnumerateArray())
            {
                var alias = aliasEl.GetString()!;
                if (ContextOnly.Contains(alias)) { table.AppendLine($"{goldName,-36} {alias,-36} {"(generic noun: context only)",-40} {"",6}  skip"); continue; }
                total++;
                var hits = G.Lookup(alias);
                var via = "";
                if (hits.Count == 0 && Reduce(alias) is { } reduced) { hits = G.Lookup(reduced); via = " (reduced)"; }
                var top = hits.FirstOrDefault();
                double? km = top is not null && lat is not null ? Gazetteer.DistanceKm(lat.Value, lon!.Value, top.Latitude, top.Longitude) : null;
                var good = top is not null && (km is null || km <= 25) && top.Governorate == admin1;
                if (good) ok++; else failures.Add($"{alias} -> {top?.Name ?? "nothing"}");
                table.AppendLine($"{goldName,-36} {alias,-36} {(top is null ? "-" : $"{top.Name} [{top.Kind}, {top.Governorate ?? top.Country}]"),-40} {(km is null ? "" : km.Value.ToString("F1")),6}  {(good ? "ok" : "FAIL")}{via}");
            }
        }
        output.WriteLine(table.ToString());
        output.WriteLine($"gold place aliases: {ok}/{total} resolve within 25 km and in the gold governorate");
        Assert.True(failures.Count == 0, "unresolved: " + string.Join("; ", failures));
    }

    [GtdFact]
    public void Gtd_city_coverage()
    {
        var data = GtdRows.Read().Where(r => r.City.Length > 0 && !r.City.Equals("Unknown", StringComparison.OrdinalIgnoreCase)).ToList();
        var cities = data.GroupBy(r => r.City).ToList();
        int found = 0, near = 0, rowsNear = 0, rowsFound = 0;
        var missing = new List<string>();
        var far = new List<string>();
        foreach (var city in cities)
        {
            var top = G.Lookup(city.Key).FirstOrDefault();
            if (top is null) { missing.Add($"{city.Key} ({city.First().State}, {city.Count()})"); continue; }
            found++;
            var anyNear = false;
            foreach (var r in city)
            {
                rowsFound++;
                if (r.Latitude is not { } lat || r.Longitude is not { } lon) continue;
                if (Gazetteer.DistanceKm(lat, lon, top.Latitude, top.Longitude) <= 25) { rowsNear++; anyNear = true; }
            }
            if (anyNear) near++; else far.Add($"{city.Key} -> {top.Name} ({top.Governorate ?? top.Country})");
        }
        output.WriteLine($"GTD: {cities.Count} distinct cities: {found} found by Lookup, {near} within 25 km of a row's coordinates");
        output.WriteLine($"GTD: {data.Count} rows with a city: {rowsFound} found, {rowsNear} within 25 km");
        output.WriteLine("not found: " + string.Join("; ", missing));
        output.WriteLine("found but farther than 25 km: " + string.Join("; ", far));
    }
}
