using System.Globalization;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;

namespace Sitrep.Core.Linking;

/// <summary>
/// Where the sources of one event disagree: dates, places, counts (of what), who did it, and what it was. Not every
/// difference is a contradiction: "14 detained" and "over a dozen" agree, "at least 14" and "14" agree, a weekly
/// summary's week contains the day a daily report gives, and a place agrees with a place near it. A count reported on
/// different days may be an update and is marked so.
/// </summary>
public static class ContradictionFinder
{
    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<LinkMention> mentions, ActorRegistry registry)
    {
        var result = new List<Contradiction>();
        Disputes(mentions, result);
        if (mentions.Count < 2) return result;
        Dates(mentions, result);
        Places(mentions, result);
        Counts(mentions, result);
        Actors(mentions, registry, result);
        Custodians(mentions, registry, result);
        Plans(mentions, result);
        Types(mentions, result);
        return result;
    }

    /// <summary>
    /// A source that reports an event and, in the same account, a denial of it (or a claim against its report):
    /// "the Pentagon was not aware of any attack", "a spokesperson refuted that claim".
    /// </summary>
    private static void Disputes(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        foreach (var m in mentions)
        {
            var stances = m.Mention.Sources.Where(kv => kv.Key.StartsWith("stance:", StringComparison.Ordinal))
                .OrderBy(kv => kv.Value.Start).ToList();
            var denied = stances.Any(kv => kv.Key.StartsWith("stance:denied", StringComparison.Ordinal));
            if (!denied) continue;
            var values = new List<ContradictionValue> { new("reported", m.Key, m.DocumentId, m.DocName, m.Mention.RawSpan, m.Published) };
            foreach (var (key, span) in stances)
                values.Add(new ContradictionValue(key.Split(':')[1], m.Key, m.DocumentId, m.DocName, span, m.Published));
            result.Add(new Contradiction("occurrence", values, false, "one source reports the event and a denial of it"));
        }
    }

    private static void Dates(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        var dated = mentions.Where(m => m.Mention.Date is not null).ToList();
        var distinct = dated.GroupBy(m => m.Mention.Date!.Value).ToList();
        if (distinct.Count < 2) return;
        // A vague range (a week, a month) that contains a more precise one agrees with it.
        var precise = distinct.Where(g => Length(g.Key) <= 3).ToList();
        var conflicting = precise.Count >= 2
            || distinct.Any(a => distinct.Any(b => !a.Key.Equals(b.Key) && !Contains(a.Key, b.Key) && !Contains(b.Key, a.Key)));
        if (!conflicting) return;
        var groups = precise.Count >= 2 ? precise : distinct;
        var overlapping = groups.All(a => groups.All(b => a.Key.Start <= b.Key.End && b.Key.Start <= a.Key.End));
        result.Add(new Contradiction("date", groups.SelectMany(g => g.Select(m => Value(DateExpressions.Format(g.Key), m, "date"))).ToList(),
            false, overlapping ? "the ranges overlap: one source may be less precise" : null));
    }

    private static int Length(DateRange r) => r.End.DayNumber - r.Start.DayNumber + 1;

    private static bool Contains(DateRange outer, DateRange inner) =>
        Length(outer) > 3 && outer.Start <= inner.Start && inner.End <= outer.End;

    private static void Places(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        // A region ("southern Iraq") contains the governorates it spans: it agrees with a place inside it.
        var placed = mentions.Where(m => m.Mention.Location is { Name: not null, Latitude: not null, Longitude: not null, Admin1: not null }).ToList();
        var distinct = placed.GroupBy(m => m.Mention.Location.Name!, StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count < 2) return;
        // One act a source split per province (an episode) names its provinces, it does not disagree with itself.
        var far = placed.Any(a => placed.Any(b => !EventLinker.AreSplitSiblings(a, b) && Km(a.Mention.Location, b.Mention.Location) > 3));
        if (!far) return;
        result.Add(new Contradiction("place", distinct.SelectMany(g => g.Select(m => Value(Describe(g.First().Mention.Location), m, "place"))).ToList(), false,
            distinct.All(g => g.First().Mention.Location.Admin1 == distinct[0].First().Mention.Location.Admin1)
                ? "same governorate: the sources differ on the exact place" : null));
    }

    private static string Describe(EventLocation l) => l.Admin1 is null || l.Admin1 == l.Name ? l.Name! : $"{l.Name}, {l.Admin1}";

    private static double Km(EventLocation a, EventLocation b) =>
        Gazetteer.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);

    private static void Counts(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        foreach (var key in mentions.SelectMany(m => m.Mention.Counts.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var stated = mentions.Where(m => m.Mention.Counts.ContainsKey(key)).ToList();
            // "several" and "two" may carry the same number: the stated figure is the number with its word.
            var distinct = stated.GroupBy(m => CountText(m.Mention, key), StringComparer.Ordinal).ToList();
            if (distinct.Count < 2) continue;
            // Every pair of sources, so the order they come in cannot hide a plain disagreement.
            var disagree = stated.Any(a => stated.Any(b => a.Mention.Counts[key] <= b.Mention.Counts[key]
                && CountText(a.Mention, key) != CountText(b.Mention, key) && !Agree(a.Mention, b.Mention, key)));
            if (!disagree) continue;
            // Tallies that grow over time (released, killed...) reported on different days may be updates.
            var reported = stated.Where(m => m.Published is not null).Select(m => m.Published).Distinct().Count();
            var update = reported > 1 && key is "released" or "killed" or "injured" or "detained";
            result.Add(new Contradiction("count:" + key,
                distinct.OrderBy(g => g.First().Mention.Counts[key]).ThenBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g.Select(m => Value(CountText(m.Mention, key), m, "count:" + key))).ToList(),
                PossibleUpdate: update,
                Note: update ? "reported on different days: may be an update" : null));
        }
    }

    /// <summary>
    /// Two figures agree when the ranges they allow meet: "over a dozen" and 14, "at least 14" and 14, "up to 20" and 15.
    /// An approximate figure ("about 50") allows half to twice itself; a floor ("over 100") is not met by a figure three
    /// times as large (that is another account of the size); a vague word allows what it means ("several" is three to
    /// nine, so "several rockets" and "two rockets" disagree; "dozens" is under a hundred).
    /// </summary>
    private static bool Agree(EventMention low, EventMention high, string key)
    {
        var (a, b) = Allowed(low.Counts[key], low.CountQualifiers.GetValueOrDefault(key));
        var (c, d) = Allowed(high.Counts[key], high.CountQualifiers.GetValueOrDefault(key));
        return a <= d && c <= b;
    }

    /// <summary>The range of true figures a stated figure allows.</summary>
    private static (double Low, double High) Allowed(double n, string? qualifier) => qualifier switch
    {
        "at most" or "up to" or "fewer than" or "less than" or "under" => (0, n),
        "at least" or "over" or "more than" or "upwards of" => (n, n * 3),
        "nearly" or "almost" or "approximately" or "about" or "around" or "roughly" or "some" => (n / 2, n * 2),
        "a couple" => (2, 3),
        "a few" => (2, 6),
        "several" => (3, 9),
        "dozens" or "tens" => (20, 99),
        "scores" => (40, 199),
        "hundreds" => (200, 999),
        "thousands" => (2000, 99_999),
        "many" or "numerous" => (3, double.MaxValue),
        _ => (n, n),
    };

    private static string CountText(EventMention m, string key)
    {
        var n = m.Counts[key].ToString("0.##", CultureInfo.InvariantCulture);
        if (!m.CountQualifiers.TryGetValue(key, out var q)) return n;
        // "11 of 14": a share reads with its whole after it.
        return q.StartsWith("of ", StringComparison.Ordinal) ? $"{n} {q}" : $"{q} {n}";
    }

    private static void Actors(IReadOnlyList<LinkMention> mentions, ActorRegistry registry, List<Contradiction> result)
    {
        var named = mentions.Where(m => m.Mention.Actor1?.ActorId is not null).ToList();
        var distinct = named.GroupBy(m => m.Mention.Actor1!.ActorId!).ToList();
        if (distinct.Count < 2) return;
        // The Prime Minister ordering and the security forces acting are one state's act, not two claims of who did it.
        bool Related(string a, string b) => registry.ById(a) is { } x && registry.ById(b) is { } y
            && (registry.IsWithin(x, b) || registry.IsWithin(y, a) || registry.CommonStateAncestor(x, y));
        var unrelated = distinct.Any(a => distinct.Any(b => a.Key != b.Key && !Related(a.Key, b.Key)));
        if (!unrelated) return;
        result.Add(new Contradiction("actor1", distinct.SelectMany(g => g.Select(m => Value(m.Mention.Actor1!.Name, m, "actor1"))).ToList(), false));
    }

    /// <summary>
    /// Who detainees were handed to: "the PMF" and "the PMF Security Directorate" agree (one within the other); "the
    /// PMF Security Directorate" and "a PMF unit controlled by KH" do not (two different units).
    /// </summary>
    private static void Custodians(IReadOnlyList<LinkMention> mentions, ActorRegistry registry, List<Contradiction> result)
    {
        var named = mentions.Where(m => m.Mention.Sources.ContainsKey("custodian") && m.Mention.Actor2?.ActorId is not null).ToList();
        var distinct = named.GroupBy(m => m.Mention.Actor2!.ActorId!, StringComparer.Ordinal).ToList();
        if (distinct.Count < 2) return;
        bool Nested(string a, string b) => registry.ById(a) is { } x && registry.ById(b) is { } y && (registry.IsWithin(x, b) || registry.IsWithin(y, a));
        if (!distinct.Any(a => distinct.Any(b => a.Key != b.Key && !Nested(a.Key, b.Key)))) return;
        result.Add(new Contradiction("custodian", distinct.SelectMany(g => g.Select(m => Value(m.Mention.Actor2!.Name, m, "custodian"))).ToList(), false));
    }

    /// <summary>
    /// Whom the people an operation stopped were planning to attack, by side: the Iraqi government in one source, the
    /// US embassy in another.
    /// </summary>
    private static void Plans(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        var stated = mentions.SelectMany(m => m.Mention.Sources.Where(kv => kv.Key.StartsWith("plan:", StringComparison.Ordinal))
            .Select(kv => (Side: kv.Key["plan:".Length..], Mention: m, Key: kv.Key))).ToList();
        if (stated.Select(s => s.Side).Distinct(StringComparer.Ordinal).Count() < 2) return;
        result.Add(new Contradiction("planned target", stated.OrderBy(s => s.Side, StringComparer.Ordinal)
            .Select(s => Value(s.Side == "us" ? "United States" : "Iraqi government", s.Mention, s.Key)).ToList(), false,
            "sources name different targets of the alleged plan"));
    }

    private static void Types(IReadOnlyList<LinkMention> mentions, List<Contradiction> result)
    {
        // What happened at all: an attack in one source, a test or an interception in another.
        var distinct = mentions.GroupBy(m => m.Mention.EventType).ToList();
        if (distinct.Count < 2) return;
        // Two ways of coding violence (an attack, an air strike) are detail, not disagreement; violence against no
        // violence at all (an attack against a test or a deployment) is.
        var violent = distinct.Any(g => g.Key is not AcledType.Strategic and not AcledType.Protests);
        var calm = distinct.Any(g => g.Key is AcledType.Strategic or AcledType.Protests);
        if (!violent || !calm) return;
        result.Add(new Contradiction("type", distinct.SelectMany(g => g.Select(m => Value($"{g.Key}: {m.Mention.SubEventType}", m, "type"))).ToList(), false));
    }

    private static ContradictionValue Value(string text, LinkMention m, string attribute) =>
        new(text, m.Key, m.DocumentId, m.DocName, EventFusion.SpanOf(m.Mention, attribute), m.Published);
}
