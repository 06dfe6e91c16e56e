using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>A predicted contradiction as the scorer reads it: the (document, span) of each of its values.</summary>
public sealed record PredictedContradiction(IReadOnlyList<(string Doc, int Start, int End)> Values);

/// <summary>Figures of ../shared/eval/contradictions.py: gold contradictions found, predicted, and predicted that match none.</summary>
public sealed record ContradictionScore(int Gold, int Found, int Predicted, int Unmatched)
{
    public double FoundRatio => PyFormat.Ratio(Found, Gold);

    public string ToText() =>
        $"contradictions: gold {Gold}, found {Found}, predicted {Predicted}, unmatched predicted {Unmatched}\n" +
        $"contradictions_found={PyFormat.Fixed(FoundRatio, 2)} contradictions_unmatched={Unmatched}\n";
}

/// <summary>
/// Port of contradictions.py: a gold contradiction is found when one predicted contradiction has values whose spans
/// overlap the evidence of at least two different gold values of it (same document).
/// </summary>
public static class ContradictionScorer
{
    public static ContradictionScore Score(SeedGold gold, IReadOnlyDictionary<string, string> texts, IReadOnlyList<PredictedContradiction> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var docOf = gold.Events.ToDictionary(e => e.Id, e => e.Doc, StringComparer.Ordinal);
        var found = 0;
        var used = new HashSet<int>();
        foreach (var gc in gold.Contradictions)
        {
            var values = new List<(string Doc, int Start, int End)>();
            if (gc.TryGetProperty("values", out var vs) && vs.ValueKind == JsonValueKind.Array)
                foreach (var v in vs.EnumerateArray())
                {
                    var ev = v.GetProperty("event").GetString()!;
                    var evidence = v.GetProperty("evidence").GetString()!;
                    if (!docOf.TryGetValue(ev, out var doc) || !texts.TryGetValue(doc, out var text)) continue;
                    if (GoldText.Find(text, evidence) is { } at) values.Add((doc, at.Start, at.End));
                }
            var hit = false;
            for (var k = 0; k < predicted.Count; k++)
            {
                var matched = new HashSet<int>();
                for (var gi = 0; gi < values.Count; gi++)
                {
                    var (d, a, b) = values[gi];
                    if (predicted[k].Values.Any(p => p.Doc == d && Math.Min(b, p.End) - Math.Max(a, p.Start) > 0)) matched.Add(gi);
                }
                if (matched.Count >= 2)
                {
                    hit = true;
                    used.Add(k);
                }
            }
            if (hit) found++;
        }
        return new ContradictionScore(gold.Contradictions.Count, found, predicted.Count, predicted.Count - used.Count);
    }
}
