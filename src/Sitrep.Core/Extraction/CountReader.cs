using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>What an event counts: each figure with what it counts and its qualifier, and ACLED's fatalities.</summary>
public sealed record EventCounts(IReadOnlyDictionary<string, double> Counts, IReadOnlyDictionary<string, string> Qualifiers, int? Fatalities)
{
    /// <summary>Where each count is stated (normalised spans), by count key.</summary>
    public IReadOnlyDictionary<string, TextSpan> Spans { get; init; } = new Dictionary<string, TextSpan>();
}

/// <summary>
/// Reads the quantities of an event's clause by what they count (killed, injured, detained, released, participants,
/// rockets, vehicles). Fatalities follow ACLED: the most conservative figure; 0 for a non-violent event; unknown
/// (null) when violence is reported without a number.
/// </summary>
public static class CountReader
{
    /// <summary>The words a vague amount keeps as its qualifier ("dozens"); other qualifiers are "approximately".</summary>
    internal static readonly string[] VagueWords = ["a few", "a couple", "several", "dozens", "hundreds", "thousands", "scores", "tens", "many", "numerous"];

    private static string VagueWord(string text)
    {
        var t = text.TrimStart().ToLowerInvariant();
        foreach (var w in VagueWords)
            if (t.StartsWith(w, StringComparison.Ordinal)) return w;
        return "approximately";
    }

    public static EventCounts Read(string text, TextSpan clause, IReadOnlyList<QuantityMention> quantities, bool violent)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var q in quantities)
        {
            if (!clause.Contains(q.Span)) continue;
            var key = QuantityRoles.Classify(text, q) switch
            {
                QuantityRole.Killed => "killed",
                QuantityRole.Injured => "injured",
                QuantityRole.Detained => "detained",
                QuantityRole.Released => "released",
                QuantityRole.Participants => "participants",
                QuantityRole.Rockets => "rockets",
                QuantityRole.Vehicles => "vehicles",
                QuantityRole.Fighters => "fighters",
                _ => null,
            };
            if (key is null) continue;
            // The most conservative figure when a clause gives two ("at least 5, possibly 7").
            if (counts.TryGetValue(key, out var seen) && seen <= q.Value) continue;
            counts[key] = q.Value;
            spans[key] = q.Span;
            if (q.Qualifier is { } qual) qualifiers[key] = qual;
            // A vague amount keeps its word ("dozens", "several"), as analysts note it beside the conservative figure.
            else if (q.Vague) qualifiers[key] = VagueWord(q.Text);
            else qualifiers.Remove(key);
        }
        int? fatalities = counts.TryGetValue("killed", out var k) ? (int)k : violent ? null : 0;
        return new EventCounts(counts, qualifiers, fatalities) { Spans = spans };
    }
}
