using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;

namespace Sitrep.Core.Reporting;

/// <summary>
/// How much an event matters for the key takeaway: how violent its type is, its toll, how many independent sources
/// report it, and whether a state or an armed group of note is involved. A ranking, not a measure: only the order counts.
/// </summary>
internal static class Significance
{
    public static double Of(ReportEvent e, ActorRegistry registry, FusedEvent fused)
    {
        var score = e.EventType switch
        {
            "Battles" or "Explosions/Remote violence" or "Violence against civilians" => 3.0,
            "Riots" => 2.0,
            "Protests" => 1.5,
            _ => 1.0,
        };
        // Within "Strategic developments", acts that change who holds whom or what weigh more than words.
        if (e.EventType == "Strategic developments" && e.Kind is "raid" or "arrest" or "seizure" or "transfer" or "release" or "disrupted")
            score += 1.0;
        score += 1.5 * Math.Log2(1 + (e.Fatalities ?? 0));
        score += 0.5 * Math.Log2(1 + e.Counts.GetValueOrDefault("injured"));
        score += 0.3 * Math.Log2(1 + e.Counts.GetValueOrDefault("detained"));
        score += 0.7 * Math.Max(0, e.IndependentSources - 1);
        score += 0.2 * Math.Min(3, e.Contradictions.Count);
        if (e.Hedged) score -= 0.3;
        var categories = fused.Mentions.SelectMany(m => new[] { m.Mention.Actor1?.ActorId, m.Mention.Actor2?.ActorId })
            .OfType<string>().Select(registry.ById).OfType<Actor>().Select(a => a.LegendCategory).ToHashSet(StringComparer.Ordinal);
        if (categories.Overlaps(["ISIS", "Iranian Proxy Militias", "Anti-ISIS Coalition", "United States", "Iran", "Turkey"])) score += 0.5;
        if (categories.Overlaps(["Prime Minister and Cabinet", "Iraqi Security Forces"])) score += 0.3;
        return Math.Round(score, 3);
    }
}
