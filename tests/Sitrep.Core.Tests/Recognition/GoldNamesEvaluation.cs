using System.Text.Json;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Recognition;

/// <summary>
/// Every actor and place name the gold annotation lists, found where it occurs in the normalised seed texts, must be
/// recognised and resolved to the right entry (generic phrases may stay unresolved, never resolve wrongly).
/// Expected names come from ../shared/eval/seeds-gold.json at test time.
/// </summary>
public sealed class GoldNamesEvaluation(ITestOutputHelper output)
{
    private static readonly Lazy<List<(string File, Document Doc, DocumentAnnotations Notes)>> Seeds = new(() =>
        SeedFiles.All().Select(path =>
        {
            var raw = new RawDocument { FileName = Path.GetFileName(path), Format = "text", Text = File.ReadAllText(path) };
            var doc = DocumentPipeline.Default.Build(raw, "seed");
            return (raw.FileName, doc, Annotator.Default.Annotate(doc, DocumentPipeline.Default.Segment(doc)));
        }).ToList());

    private static JsonElement Gold(string section)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SeedFiles.GoldPath!));
        return gold.RootElement.GetProperty(section).Clone();
    }

    [SeedFact]
    public void Gold_actor_names_resolve_to_the_right_registry_entry()
    {
        var registry = ActorRegistry.Default;
        int right = 0, generic = 0, subsumed = 0;
        var problems = new List<string>();
        foreach (var actor in Gold("actors").EnumerateArray())
        {
            var goldName = actor.GetProperty("name").GetString()!;
            // Gold names that are roles or descriptions ("Supreme Leader of Iran", "German activist") map through the
            // registry's role tenures (mid-2020, when the seeds were written) and generic phrases.
            var expected = registry.Lookup(goldName).FirstOrDefault() ?? registry.ResolveRole(goldName, new DateOnly(2020, 7, 1))
                           ?? registry.GenericCandidates(goldName).FirstOrDefault();
            if (expected is null) { problems.Add($"no registry entry for gold actor '{goldName}'"); continue; }
            foreach (var alias in actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Distinct())
            {
                var isGeneric = registry.GenericAliases.Contains(Sitrep.Core.Text.NameFolding.Fold(alias));
                foreach (var (file, doc, notes) in Seeds.Value)
                    foreach (var at in Occurrences(doc.Text, alias))
                    {
                        var occurrence = new Sitrep.Core.Text.TextSpan(at, at + alias.Length);
                        var overlapping = notes.Actors.Where(m => m.Span.Overlaps(occurrence)).ToList();
                        // Right when a mention on this occurrence resolves to the gold entry (a mention may cover only the
                        // name inside "Iraqi Prime Minister Mustafa al-Kadhimi", or the alias inside a longer name).
                        if (overlapping.Any(m => m.Actor?.Id == expected.Id)) { right++; continue; }
                        if (overlapping.Any(m => m.Span.Contains(occurrence) && m.Span.Length > occurrence.Length)) { subsumed++; continue; }
                        if (isGeneric && overlapping.All(m => m.Actor is null)) { generic++; continue; }
                        var exact = overlapping.FirstOrDefault();
                        problems.Add($"{file}@{at} '{alias}' (gold: {goldName}) -> {exact?.Actor?.Name ?? "nothing"}");
                    }
            }
        }
        output.WriteLine($"actor names in the seeds: {right} resolved right, {generic} generic left unresolved, " +
                         $"{subsumed} inside a longer name, {problems.Count} wrong or missing");
        foreach (var p in problems) output.WriteLine("  " + p);
        Assert.Empty(problems);
    }

    [SeedFact]
    public void Gold_place_names_resolve_within_25_km_and_in_the_right_governorate()
    {
        int right = 0, subsumed = 0, unplaced = 0;
        var problems = new List<string>();
        foreach (var place in Gold("places").EnumerateArray())
        {
            var goldName = place.GetProperty("name").GetString()!;
            var admin1 = place.TryGetProperty("admin1", out var a1) ? a1.GetString() : null;
            double? lat = place.TryGetProperty("latitude", out var la) && la.ValueKind == JsonValueKind.Number ? la.GetDouble() : null;
            double? lon = place.TryGetProperty("longitude", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDouble() : null;
            foreach (var alias in place.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Distinct())
                foreach (var (file, doc, notes) in Seeds.Value)
                    foreach (var at in Occurrences(doc.Text, alias))
                    {
                        var occurrence = new Sitrep.Core.Text.TextSpan(at, at + alias.Length);
                        var overlapping = notes.Places.Where(m => m.Span.Overlaps(occurrence)).ToList();
                        var inActor = notes.Actors.Any(m => m.Span.Contains(occurrence) && m.Span.Length > alias.Length);
                        var exact = overlapping.FirstOrDefault(m => m.Place is not null);
                        if (exact is null && (inActor || overlapping.Any(m => m.Span.Contains(occurrence) && m.Span.Length > occurrence.Length))) { subsumed++; continue; }
                        if (exact?.Place is not { } got) { problems.Add($"{file}@{at} '{alias}' (gold: {goldName}) not recognised"); continue; }
                        if (lat is null || lon is null) { unplaced++; continue; }
                        var km = Gazetteer.DistanceKm(got.Latitude, got.Longitude, lat.Value, lon.Value);
                        if (km <= 25 && (admin1 is null || got.Governorate == admin1)) { right++; continue; }
                        problems.Add($"{file}@{at} '{alias}' (gold: {goldName}, {admin1}) -> {got.Name}, {got.Governorate}, {km:0} km off");
                    }
        }
        output.WriteLine($"place names in the seeds: {right} within 25 km and right governorate, {unplaced} without gold coordinates, " +
                         $"{subsumed} inside a longer name, {problems.Count} wrong or missing");
        foreach (var p in problems) output.WriteLine("  " + p);
        Assert.Empty(problems);
    }

    /// <summary>Whole-word, case-sensitive occurrences of a name in the text.</summary>
    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var end = i + name.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) yield return i;
        }
    }
}
