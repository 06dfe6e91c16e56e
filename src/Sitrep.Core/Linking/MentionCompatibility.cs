using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Linking;

/// <summary>
/// How likely two mentions tell of the same real-world event, from 0 to 1, or -1 when they cannot be: two acts of one
/// sentence or one situation-report item were told apart by their source. Weighs dates, type, actors (through the
/// registry: KH and Hizbullah Brigades are one actor; KH is within the PMF), place and the wording of the evidence.
/// </summary>
public sealed class MentionCompatibility(ActorRegistry registry)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "were", "their", "they", "have", "which", "after", "said", "also", "into", "over",
        "against", "would", "about", "there", "been", "while", "when", "including", "during", "according", "other", "more",
    };

    private readonly ActorRelations _actors = new(registry);

    public double Score(LinkMention a, LinkMention b) => Score(Features(a), Features(b));

    /// <summary>What the comparisons read of a mention besides the mention: made once per mention and linking run.</summary>
    internal MentionFeatures Features(LinkMention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MentionFeatures(m, WordsOf(m.Mention), _actors.IndexOf(m.Mention.Actor1?.ActorId), _actors.IndexOf(m.Mention.Actor2?.ActorId));
    }

    /// <summary><see cref="Score(LinkMention, LinkMention)"/> on features made by this instance.</summary>
    internal double Score(MentionFeatures a, MentionFeatures b)
    {
        var x = a.Mention;
        var y = b.Mention;
        // One source tells its events apart itself: two acts of one sentence or one situation-report item are two
        // events. A document may still repeat an event elsewhere (a caption, a summary bullet, a later item), so other
        // pairs from one document only pay a price.
        var sameDocument = a.DocumentId == b.DocumentId;
        if (sameDocument && ((x.RawSpan.Start < y.RawSpan.End && y.RawSpan.Start < x.RawSpan.End) || (x.Item is not null && x.Item == y.Item)))
            return -1;
        var date = DateFit(x.Date, y.Date);
        if (date <= 0) return 0;
        var type = TypeFit(x, y);
        if (type <= 0) return 0;
        // The cheap rejections come before the actor lookups and the word overlap (all are pure, so the order does not
        // change the score).
        var place = PlaceFit(x.Location, y.Location);
        if (place <= 0) return 0;
        // Violence and acts on the ground at two precisely named places more than 10 km apart are two events.
        if (x.Location.GeoPrecision == 1 && y.Location.GeoPrecision == 1 && (IsPhysical(x) || x.EventType is not AcledType.Strategic)
            && Km(x.Location, y.Location) is > 10) return 0;
        // Political acts are many and alike (statements, orders, meetings by the same few leaders): the same kind of
        // act and shared wording are needed, not just the same actor and week.
        if (x.SubEventType == "Other" && y.SubEventType == "Other" && IsPhysical(x) != IsPhysical(y)) return 0;
        var actors = ActorFit(a, b);
        var words = Jaccard(a.Words, b.Words);
        if (x.EventType == AcledType.Strategic && x.SubEventType == "Other" && y.SubEventType == "Other" && !IsPhysical(x) && !IsPhysical(y))
        {
            // A leader's announced decision and the order that carries it out are one act told twice, when the two
            // reports share its wording ("to retake the border crossings").
            var decision = (IsSpeech(x) && y.Kind == "order" || IsSpeech(y) && x.Kind == "order") && words >= 0.12;
            if (x.Kind != y.Kind && !(IsSpeech(x) && IsSpeech(y)) && !decision) return 0;
            var sameActor1 = Same(x.Actor1, a.Actor1, y.Actor1, b.Actor1);
            if (sameActor1 is not > 0) return 0;
            // The same actor's act of the same kind on the same day at the same place needs no shared wording.
            var sameOccasion = IsSpeech(x) && IsSpeech(y) && date >= 1 && x.TimePrecision == DatePrecision.Day
                && y.TimePrecision == DatePrecision.Day && sameActor1 >= 0.8;
            if (words < 0.12 && !sameOccasion) return 0;
        }
        if (actors < 0.5 && words < 0.1) return 0;
        var score = 0.25 * date + 0.2 * type + 0.25 * actors + 0.12 * place + 0.18 * words + 0.08 * CountFit(x, y);
        // Two different named perpetrators are two events unless everything else insists.
        if (actors == 0) score *= 0.6;
        if (sameDocument) score *= x.Item is not null && y.Item is not null ? 0.7 : 0.9;
        // Reports of one event mostly agree on its figures: exact figures far apart (3 killed against 12) weigh against
        // a link, though when it is made the difference is recorded as a contradiction.
        if (FarApartFigures(x, y)) score *= 0.85;
        return score;
    }

    /// <summary>
    /// 1 when the two give the same figure for something, or the same whole for a share ("11 of the 14" and "13 of the
    /// 14"): a figure of three or more rarely recurs by chance within one week and place. Different figures are not held
    /// against a link: they are what contradictions record.
    /// </summary>
    private static double CountFit(EventMention a, EventMention b)
    {
        // Most mentions give no figure: skip the enumerator (boxed, through the interface) for them.
        if (a.Counts.Count == 0 || b.Counts.Count == 0) return 0;
        foreach (var (key, n) in a.Counts)
        {
            if (n < 3 || !b.Counts.TryGetValue(key, out var m)) continue;
            var qa = a.CountQualifiers.GetValueOrDefault(key);
            var qb = b.CountQualifiers.GetValueOrDefault(key);
            if (n == m && qa == qb) return 1;
            if (qa is not null && qa.StartsWith("of ", StringComparison.Ordinal) && qa == qb) return 1;
        }
        return 0;
    }

    private static bool FarApartFigures(EventMention a, EventMention b)
    {
        if (a.Counts.Count == 0 || b.Counts.Count == 0) return false;
        foreach (var (key, n) in a.Counts)
            if (b.Counts.TryGetValue(key, out var m) && !a.CountQualifiers.ContainsKey(key) && !b.CountQualifiers.ContainsKey(key)
                && Math.Max(n, m) > 2 * Math.Max(1, Math.Min(n, m)))
                return true;
        return false;
    }

    private static double DateFit(DateRange? a, DateRange? b)
    {
        if (a is not { } x || b is not { } y) return 0.5;
        // Overlap of two precise dates is strong evidence; overlap with a vague range (a week, "a few days earlier") less.
        if (x.Start <= y.End && y.Start <= x.End)
            return x.End.DayNumber - x.Start.DayNumber <= 2 && y.End.DayNumber - y.Start.DayNumber <= 2 ? 1 : 0.7;
        var gap = Math.Min(Math.Abs(x.Start.DayNumber - y.End.DayNumber), Math.Abs(y.Start.DayNumber - x.End.DayNumber));
        return gap switch { <= 1 => 0.7, <= 3 => 0.4, <= 7 => 0.1, _ => 0 };
    }

    private static double TypeFit(EventMention a, EventMention b)
    {
        // "Other" is not a kind: a raid and a deployment are both "Other" strategic developments, and differ.
        if (a.SubEventType == b.SubEventType && a.EventType == b.EventType)
        {
            // Handing detainees to another custodian is not freeing them, though ACLED codes both as agreements.
            if (a.Kind != b.Kind && (a.Kind == "transfer" || b.Kind == "transfer")) return 0;
            if (a.SubEventType != "Other" || a.Kind == b.Kind) return 1;
            if (IsSpeech(a) && IsSpeech(b)) return 0.9;
            if (IsSpeech(a) && b.Kind == "order" || IsSpeech(b) && a.Kind == "order") return 0.6;
            if (!IsSecurity(a) || !IsSecurity(b)) return 0.3;
        }
        var violentA = a.EventType is not AcledType.Strategic and not AcledType.Protests;
        var violentB = b.EventType is not AcledType.Strategic and not AcledType.Protests;
        // A raid reported as arrests by one source and as weapons seized by another; an attack one source calls intercepted.
        if (IsSecurity(a) && IsSecurity(b)) return 0.6;
        // Strategic developments differ in kind (an arrest is not an agreement, nor a deployment).
        if (a.EventType == AcledType.Strategic && b.EventType == AcledType.Strategic) return 0;
        if (a.EventType == b.EventType) return violentA ? 0.7 : 0.55;
        if (violentA != violentB && (IsDisrupted(a) || IsDisrupted(b))) return 0.5;
        if (violentA != violentB) return 0;
        return 0.3;
    }

    /// <summary>Acts on the ground (a convoy, a deployment, an operation): placed and dated like violence, not like words.</summary>
    private static bool IsPhysical(EventMention m) => m.Kind is "show of force" or "deployment" or "operation" or "raid";

    private static bool IsSpeech(EventMention m) => m.Kind is "statement" or "threat";

    private static bool IsSecurity(EventMention m) => m.SubEventType is "Arrests" or "Disrupted weapons use" || m.Kind is "raid" or "arrest" or "seizure";

    private static bool IsDisrupted(EventMention m) => m.SubEventType == "Disrupted weapons use";

    private double ActorFit(MentionFeatures fa, MentionFeatures fb)
    {
        EventActor? a1 = fa.Mention.Actor1, a2 = fa.Mention.Actor2, b1 = fb.Mention.Actor1, b2 = fb.Mention.Actor2;
        var first = Same(a1, fa.Actor1, b1, fb.Actor1);
        if (first is null) return 0.45;
        if (first > 0)
        {
            // Agreeing on the other party too (the same custodian, the same target) confirms the pair; a target of
            // another camp altogether weakens it.
            var second = Same(a2, fa.Actor2, b2, fb.Actor2);
            if (second > 0 || Kin(a2, fa.Actor2, b2, fb.Actor2)) return Math.Min(1, first.Value + 0.2);
            return first.Value * (second is 0 ? 0.85 : 1);
        }
        // "CTS raided KH" and "KH was raided by ...": the roles may swap between sources.
        if (Same(a1, fa.Actor1, b2, fb.Actor2) > 0 || Same(a2, fa.Actor2, b1, fb.Actor1) > 0) return 0.5;
        return 0;
    }

    /// <summary>1 the same actor, 0.8 one within the other (KH within the PMF), 0 different, null when unknown.
    /// <paramref name="ia"/> and <paramref name="ib"/>: the actors' entries in <see cref="_actors"/> (-1 none).</summary>
    private double? Same(EventActor? a, int ia, EventActor? b, int ib)
    {
        if (a is null || b is null) return null;
        if (a.ActorId is not null && a.ActorId == b.ActorId) return 1;
        if (a.ActorId is null || b.ActorId is null) return string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) ? 1 : null;
        if (ia < 0 || ib < 0) return 0;
        return _actors.Relation(ia, ib);
    }

    /// <summary>Two different actors under one umbrella (two PMF units): not the same party, not another camp.</summary>
    private bool Kin(EventActor? a, int ia, EventActor? b, int ib) =>
        a?.ActorId is not null && b?.ActorId is not null && ia >= 0 && ib >= 0 && _actors.SameRoot(ia, ib);

    private static double? Km(EventLocation a, EventLocation b) =>
        a.Latitude is { } la && a.Longitude is { } loa && b.Latitude is { } lb && b.Longitude is { } lob
            ? Gazetteer.DistanceKm(la, loa, lb, lob) : null;

    private static double PlaceFit(EventLocation a, EventLocation b)
    {
        // A governorate-level code (an institution's act placed at the capital) says little about the place.
        if (a.GeoPrecision == 3 || b.GeoPrecision == 3) return a.Admin1 is not null && b.Admin1 is not null && a.Admin1 != b.Admin1 ? 0 : 0.5;
        if (a.Latitude is { } la && a.Longitude is { } loa && b.Latitude is { } lb && b.Longitude is { } lob)
        {
            var km = Gazetteer.DistanceKm(la, loa, lb, lob);
            if (km <= 5) return 1;
            if (km <= 25) return 0.75;
            if (a.Admin1 is not null && a.Admin1 == b.Admin1) return 0.55;
            // Governorate-level codes are capital coordinates: far apart only says the governorates differ.
            return a.Admin1 is null || b.Admin1 is null ? 0.3 : 0;
        }
        if (a.Admin1 is not null && b.Admin1 is not null) return a.Admin1 == b.Admin1 ? 0.6 : 0;
        return 0.5;
    }

    /// <summary>
    /// Share of content words the two evidence texts have in common (Jaccard over lower-case words of four letters or
    /// more): the event's own vocabulary ("raid", "detained", "convoy"), not the names every report of the week repeats.
    /// </summary>
    // Each mention's words are read once per linking run (with its features), not once per comparison, and kept as
    // sorted word numbers: the overlap is then a merge of two short arrays rather than a string hash per word.
    private readonly Dictionary<string, int> _wordNumbers = new(StringComparer.Ordinal);

    private int[] WordsOf(EventMention m)
    {
        var words = ContentWords(m.Evidence);
        var w = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            if (!_wordNumbers.TryGetValue(word, out var n)) _wordNumbers[word] = n = _wordNumbers.Count;
            w[i++] = n;
        }
        Array.Sort(w);
        return w;
    }

    private static double Jaccard(int[] x, int[] y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        int common = 0, i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { common++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return (double)common / (x.Length + y.Length - common);
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                if (!char.IsLower(text[i])) { while (i < text.Length && char.IsLetter(text[i])) i++; continue; }
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    var w = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(w)) words.Add(w.Length > 5 && w.EndsWith('s') ? w[..^1] : w);
                }
                start = -1;
            }
        }
        return words;
    }
}
