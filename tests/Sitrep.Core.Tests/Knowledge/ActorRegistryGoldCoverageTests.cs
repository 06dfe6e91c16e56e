using System.Text;
using System.Text.Json;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Tests.Seeds;
using Sitrep.Core.Text;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Knowledge;

/// <summary>Every actor of the seed gold file, and every alias it lists, is known to the registry (read at test time, nothing copied).</summary>
public sealed class ActorRegistryGoldCoverageTests(ITestOutputHelper output)
{
    // The gold annotators placed the roles by the seeds' period (mid-2020).
    private static readonly DateOnly GoldDate = new(2020, 7, 1);

    [SeedFact]
    public void Every_gold_actor_and_alias_resolves()
    {
        if (SeedFiles.GoldPath is not { } path)
        {
            output.WriteLine("seeds-gold.json not found next to ../shared/seeds; coverage not measured");
            return;
        }
        var registry = ActorRegistry.Default;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var table = new StringBuilder();
        int actors = 0, actorsOk = 0, aliases = 0, aliasesOk = 0;
        var failures = new List<string>();
        foreach (var gold in doc.RootElement.GetProperty("actors").EnumerateArray())
        {
            actors++;
            var name = gold.GetProperty("name").GetString()!;
            var goldAliases = gold.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray();
            // The entry for the gold name: by name, by role, else through the first alias that names something.
            var entry = registry.Lookup(name).FirstOrDefault() ?? registry.ResolveRole(name, GoldDate)
                ?? goldAliases.Select(a => registry.Lookup(a).FirstOrDefault() ?? registry.ResolveRole(a, GoldDate)).FirstOrDefault(a => a is not null);
            var allGeneric = goldAliases.Append(name).All(a => registry.GenericAliases.Contains(NameFolding.Fold(a)));
            var misses = new List<string>();
            var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var alias in goldAliases)
            {
                aliases++;
                var how = entry is null ? (registry.GenericAliases.Contains(NameFolding.Fold(alias)) ? "generic" : null) : HowResolved(registry, alias, entry);
                if (how is null) { misses.Add(alias); continue; }
                aliasesOk++;
                kinds[how] = kinds.GetValueOrDefault(how) + 1;
            }
            var found = entry is not null || allGeneric;
            if (found && misses.Count == 0) actorsOk++;
            else failures.Add($"{name}: {(found ? "" : "no entry; ")}{string.Join(" | ", misses)}");
            table.AppendLine($"{(found && misses.Count == 0 ? "ok  " : "MISS")} {name,-48} -> {entry?.Id ?? (allGeneric ? "(generic)" : "-"),-38} "
                + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")) + (misses.Count > 0 ? "; missing: " + string.Join(" | ", misses) : ""));
        }
        output.WriteLine(table.ToString());
        output.WriteLine($"gold actors covered {actorsOk}/{actors}; aliases resolved {aliasesOk}/{aliases}");
        Assert.True(failures.Count == 0, "not covered:\n" + string.Join('\n', failures));
    }

    /// <summary>How the alias reaches the entry: by lookup (the entry itself, or a part of it), by role on the gold date, or as a generic phrase.</summary>
    private static string? HowResolved(ActorRegistry registry, string alias, Actor entry)
    {
        var hits = registry.Lookup(alias);
        if (hits.Count > 0 && hits[0] == entry) return "lookup";
        if (hits.Count > 0 && registry.IsWithin(hits[0], entry.Id)) return "lookup-part"; // the registry is finer: Iraqi Army within ISF
        if (hits.Contains(entry)) return "lookup-ambiguous";
        if (registry.ResolveRole(alias, GoldDate) == entry) return "role";
        if (registry.GenericAliases.Contains(NameFolding.Fold(alias))) return "generic";
        return null;
    }
}
