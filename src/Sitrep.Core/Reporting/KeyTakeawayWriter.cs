using System.Globalization;

namespace Sitrep.Core.Reporting;

/// <summary>
/// Three to five sentences on the period: what was recorded, the most significant events (each a sentence phrased from
/// its own fields, with how many sources report it), and the change from the previous period or where sources
/// disagree. Every sentence names the events it rests on; none states what the events do not hold.
/// </summary>
public static class KeyTakeawayWriter
{
    private const int MaxEventSentences = 3;

    public static IReadOnlyList<TakeawaySentence> Write(ReportRequest request, IReadOnlyList<ReportEvent> events, ReportTrends trends,
        IReadOnlyList<ReportContradiction> contradictions)
    {
        var sentences = new List<TakeawaySentence>();
        var area = request.Regions.Count == 0 ? "Iraq" : string.Join(", ", request.Regions);
        var period = ReportBuilder.PeriodText(request.From, request.To);
        if (events.Count == 0)
        {
            sentences.Add(new($"No events were recorded in {area} for {period}.", []));
            return sentences;
        }

        var violent = events.Where(IsViolent).ToList();
        var fatalities = events.Sum(e => e.Fatalities ?? 0);
        var overview = $"Sitrep recorded {ReportText.Plural(events.Count, "event")} in {area} for {period}";
        overview += violent.Count == 0 ? ", none of them violent" : $", {violent.Count} of them violent";
        overview += fatalities > 0 ? $", with {ReportText.Plural(fatalities, "reported fatality", "reported fatalities")}." : ".";
        sentences.Add(new(overview, (violent.Count > 0 ? violent : events).Select(e => e.Number).ToList()));

        // The most significant events, one per kind of act and actor so a series of protests does not crowd out the rest.
        var seen = new HashSet<(string, string?)>();
        foreach (var e in events.OrderByDescending(e => e.Significance).ThenBy(e => e.Number))
        {
            if (sentences.Count > MaxEventSentences) break;
            if (!seen.Add((e.Kind, e.Actor1))) continue;
            sentences.Add(new(EventSentence(e), [e.Number]));
        }

        if (sentences.Count < 5 && TrendSentence(trends, events) is { } trend) sentences.Add(trend);
        if (sentences.Count < 5 && contradictions.Count > 0)
        {
            var disputed = contradictions.Select(c => c.EventNumber).Distinct().Order().ToList();
            sentences.Add(new($"Sources disagree on {ReportText.Plural(contradictions.Count, "point")} about {ReportText.Plural(disputed.Count, "event")} " +
                              $"({string.Join(", ", disputed.Select(n => "#" + n.ToString(CultureInfo.InvariantCulture)))}); see where sources disagree.",
                disputed));
        }
        return sentences;
    }

    /// <summary>"On Jun 25, Counter-Terrorism Service raided Kata'ib Hezbollah in Baghdad, detaining 14 (3 sources)."
    /// A hedged event keeps its source's word ("... was reported (hedged: “likely”)").</summary>
    internal static string EventSentence(ReportEvent e)
    {
        var clause = Headlines.PastClause(e);
        var notes = new List<string>();
        if (e.IndependentSources > 1) notes.Add($"{e.IndependentSources.ToString(CultureInfo.InvariantCulture)} sources");
        // The sources' own hedge word, quoted: the takeaway must not sound surer than they are.
        if (e.Hedged && e.Hedges.Count > 0) notes.Add($"hedged: \u201c{e.Hedges[0]}\u201d");
        var sources = notes.Count > 0 ? " (" + string.Join("; ", notes) + ")" : "";
        var sentence = e.Date is { } d ? "On " + Headlines.Day(d) + ", " + clause : Headlines.Capital(clause);
        return sentence + sources + ".";
    }

    /// <summary>The change in the number of events against the previous period, and the type that moved most.</summary>
    private static TakeawaySentence? TrendSentence(ReportTrends trends, IReadOnlyList<ReportEvent> events)
    {
        var (cur, prev) = (trends.Current, trends.Previous);
        if (prev.Events == 0) return null;
        var prevText = ReportBuilder.PeriodText(prev.From, prev.To);
        var direction = cur.Events > prev.Events ? "rose" : cur.Events < prev.Events ? "fell" : "held steady";
        var text = cur.Events == prev.Events
            ? $"The number of events held steady at {cur.Events.ToString(CultureInfo.InvariantCulture)} against {prevText}"
            : $"Events {direction} from {prev.Events.ToString(CultureInfo.InvariantCulture)} in {prevText} to {cur.Events.ToString(CultureInfo.InvariantCulture)}";
        var moves = cur.ByType.Keys.Union(prev.ByType.Keys)
            .Select(t => (Type: t, Delta: cur.ByType.GetValueOrDefault(t) - prev.ByType.GetValueOrDefault(t)))
            .Where(m => m.Delta != 0).OrderByDescending(m => Math.Abs(m.Delta)).ThenBy(m => m.Type, StringComparer.Ordinal).ToList();
        List<int> rests = events.Select(e => e.Number).ToList();
        if (moves.Count > 0)
        {
            var (type, delta) = moves[0];
            text += $"; the largest change was in {type.ToLowerInvariant()} ({(delta > 0 ? "+" : "−")}{Math.Abs(delta).ToString(CultureInfo.InvariantCulture)})";
            rests = events.Where(e => e.EventType == type).Select(e => e.Number).ToList();
        }
        return new(text + ".", rests);
    }

    private static bool IsViolent(ReportEvent e) =>
        e.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians" or "Riots";
}
