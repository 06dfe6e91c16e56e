using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Linking;

/// <summary>
/// What the sources of one event say together: each attribute's values with the mentions behind them (best supported
/// first), the number of independent sources (reports by one publisher count once), the earliest report, and the
/// contradictions between them (<see cref="ContradictionFinder"/>).
/// </summary>
public static class EventFusion
{
    public static FusedEvent Fuse(string eventId, IReadOnlyList<LinkMention> mentions, ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(registry);
        var dates = Supported(mentions, m => m.Mention.Date, m => m.Mention.TimePrecision is { } p ? (int)p : 9);
        var types = Supported(mentions, m => (AcledTypeName?)new AcledTypeName(m.Mention.EventType, m.Mention.SubEventType), _ => 0);
        var actor1 = SupportedText(mentions, m => m.Mention.Actor1?.Name);
        var actor2 = SupportedText(mentions, m => m.Mention.Actor2?.Name);
        var places = mentions.Where(m => m.Mention.Location.Name is not null)
            .GroupBy(m => m.Mention.Location.Name!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SupportedValue<EventLocation>(g.OrderBy(m => m.Mention.Location.GeoPrecision ?? 9).First().Mention.Location,
                g.Select(m => m.Key).ToList()))
            .OrderByDescending(v => v.MentionKeys.Count).ThenBy(v => v.Value.GeoPrecision ?? 9).ThenBy(v => v.Value.Name, StringComparer.Ordinal)
            .ToList();
        var counts = new SortedDictionary<string, IReadOnlyList<SupportedValue<double>>>(StringComparer.Ordinal);
        foreach (var key in mentions.SelectMany(m => m.Mention.Counts.Keys).Distinct())
            counts[key] = mentions.Where(m => m.Mention.Counts.ContainsKey(key))
                .GroupBy(m => m.Mention.Counts[key])
                .Select(g => new SupportedValue<double>(g.Key, g.Select(m => m.Key).ToList()))
                // ACLED keeps the most conservative figure: the lowest first among equally supported values.
                .OrderByDescending(v => v.MentionKeys.Count).ThenBy(v => v.Value).ToList();
        var independent = mentions.Select(m => m.Publisher ?? m.DocumentId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var earliest = mentions.Where(m => m.Published is not null).Select(m => m.Published!.Value).DefaultIfEmpty().Min();
        return new FusedEvent
        {
            Id = eventId,
            Mentions = mentions,
            Dates = dates,
            Types = types,
            Actor1 = actor1,
            Actor2 = actor2,
            Places = places,
            Counts = counts,
            IndependentSources = independent,
            EarliestReport = mentions.Any(m => m.Published is not null) ? earliest : null,
            Contradictions = ContradictionFinder.Find(mentions, registry),
        };
    }

    private static List<SupportedValue<T>> Supported<T>(IReadOnlyList<LinkMention> mentions, Func<LinkMention, T?> value, Func<LinkMention, int> rank)
        where T : struct =>
        mentions.Where(m => value(m) is not null).GroupBy(m => value(m)!.Value)
            .Select(g => (Value: new SupportedValue<T>(g.Key, g.Select(m => m.Key).ToList()), Rank: g.Min(rank)))
            .OrderByDescending(v => v.Value.MentionKeys.Count).ThenBy(v => v.Rank).ThenBy(v => v.Value.Value.ToString(), StringComparer.Ordinal)
            .Select(v => v.Value).ToList();

    private static List<SupportedValue<string>> SupportedText(IReadOnlyList<LinkMention> mentions, Func<LinkMention, string?> value) =>
        mentions.Where(m => value(m) is not null).GroupBy(m => value(m)!, StringComparer.Ordinal)
            .Select(g => new SupportedValue<string>(g.Key, g.Select(m => m.Key).ToList()))
            .OrderByDescending(v => v.MentionKeys.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();

    /// <summary>The span that states <paramref name="attribute"/> in a mention (original text), or its whole evidence.</summary>
    public static TextSpan SpanOf(EventMention m, string attribute)
    {
        if (!m.Sources.TryGetValue(attribute, out var s)) return m.RawSpan;
        // A date an item's header gives ("Jun 26: ...") is stated once for all the item's acts: the value's span runs
        // from the header to the act it dates, so it shows both where the date is stated and which act it is given to.
        if (attribute == "date" && m.Item is not null && s.End <= m.RawSpan.Start && m.RawSpan.Start - s.End <= 2000)
            return new TextSpan(s.Start, m.RawSpan.End);
        return s;
    }
}
