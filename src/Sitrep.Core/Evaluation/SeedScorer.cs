namespace Sitrep.Core.Evaluation;

/// <summary>
/// score.py's <c>score_seeds</c>: predictions matched one-to-one to gold events of the same document by span overlap
/// with the gold evidence, then attributes checked on matched pairs and linking scored pairwise over matched mentions.
/// </summary>
public static class SeedScorer
{
    /// <param name="texts">The text of every document the gold names, as <see cref="GoldText.Read"/> gives it.</param>
    public static SeedScore Score(SeedGold gold, IReadOnlyDictionary<string, string> texts, IEnumerable<EventRecord> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(texts);
        var canon = ActorCanon(gold.Actors);
        var spans = new Dictionary<string, (int Start, int End)?>(StringComparer.Ordinal);
        foreach (var g in gold.Events)
        {
            if (!texts.TryGetValue(g.Doc, out var text)) throw new ArgumentException($"no text given for {g.Doc}", nameof(texts));
            spans[g.Id] = GoldText.Find(text, g.Evidence); // keyed by id like score.py: a repeated id keeps the last span
        }
        var docs = gold.Documents;
        var byDoc = EventRecord.ByDoc(predictions);
        var predicted = docs.Sum(d => byDoc.TryGetValue(d, out var ps) ? ps.Count : 0);
        var tally = new AttributeTally();
        var match = new Dictionary<string, EventRecord>(StringComparer.Ordinal);
        var matched = 0;
        foreach (var doc in docs)
        {
            var gs = gold.Events.Where(g => g.Doc == doc && spans[g.Id] is not null).ToList();
            var ps = byDoc.TryGetValue(doc, out var list) ? list : [];
            foreach (var (gi, pi) in Pairs(gs, ps, spans))
            {
                var (g, p) = (gs[gi], ps[pi]);
                match[g.Id] = p;
                matched++;
                Check(tally, g, p, canon);
            }
        }
        return new SeedScore(gold.Events.Count, predicted, matched, tally.Scores(), Linking(gold, match));
    }

    /// <summary>
    /// The one-to-one matching: candidates (same, overlap, gi, pi) with same = start date equal + event type equal,
    /// taken greedily from the largest tuple down, as Python's <c>pairs.sort(reverse=True)</c> orders them.
    /// </summary>
    private static List<(int Gi, int Pi)> Pairs(List<GoldEvent> gs, List<EventRecord> ps, Dictionary<string, (int Start, int End)?> spans)
    {
        var pairs = new List<(int Same, long Overlap, int Gi, int Pi)>();
        for (var gi = 0; gi < gs.Count; gi++)
        {
            var (a, b) = spans[gs[gi].Id]!.Value;
            for (var pi = 0; pi < ps.Count; pi++)
            {
                var p = ps[pi];
                long s = p.SpanStart ?? -1, e = p.SpanEnd ?? -1;
                var overlap = Math.Min(b, e) - Math.Max(a, s);
                if (overlap <= 0) continue;
                var same = (p.DateStart == gs[gi].DateStart ? 1 : 0) + (p.EventType == gs[gi].EventType ? 1 : 0);
                pairs.Add((same, overlap, gi, pi));
            }
        }
        pairs.Sort((x, y) => y.CompareTo(x));
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach (var (_, _, gi, pi) in pairs)
        {
            if (usedG.Contains(gi) || usedP.Contains(pi)) continue;
            usedG.Add(gi);
            usedP.Add(pi);
            result.Add((gi, pi));
        }
        return result;
    }

    /// <summary>The attribute checks of one matched pair, in score.py's key order.</summary>
    private static void Check(AttributeTally tally, GoldEvent g, EventRecord p, Func<string?, string?> canon)
    {
        tally.Add("date", p.DateStart == g.DateStart && p.DateEnd == g.DateEnd);
        tally.Add("event_type", p.EventType == g.EventType);
        tally.Add("sub_event_type", p.SubEventType == g.SubEventType);
        tally.Add("actor1", canon(p.Actor1) == canon(g.Actor1));
        tally.Add("admin1", ScoreNames.Admin1(p.Admin1) == ScoreNames.Admin1(g.Admin1));
        if (g.Latitude is { } glat)
            // A prediction with a latitude but no longitude counts as wrong (score.py would stop with a TypeError).
            tally.Add("location<=25km", p.Latitude is { } plat && p.Longitude is { } plon && g.Longitude is { } glon
                                        && Haversine.Km(glat, glon, plat, plon) <= 25);
        if (g.Fatalities is not null) tally.Add("fatalities", p.Fatalities == g.Fatalities);
    }

    /// <summary>Aliases (normalised) to the gold actor's name; a later actor claiming the same alias wins, as in score.py.</summary>
    private static Func<string?, string?> ActorCanon(IReadOnlyList<GoldActor> actors)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in actors)
            foreach (var n in a.Aliases.Prepend(a.Name))
                aliases[ScoreNames.Norm(n)!] = a.Name;
        return s =>
        {
            if (string.IsNullOrEmpty(s)) return null;
            var n = ScoreNames.Norm(s)!;
            return aliases.GetValueOrDefault(n, n);
        };
    }

    private static LinkingScore Linking(SeedGold gold, Dictionary<string, EventRecord> match)
    {
        var cluster = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var g in gold.Events) cluster[g.Id] = g.Cluster;
        var ids = match.Keys.ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var x = 0; x < ids.Count; x++)
            for (var y = x + 1; y < ids.Count; y++)
            {
                var (a, b) = (ids[x], ids[y]);
                var gsame = cluster[a] is not null && cluster[a] == cluster[b];
                var (pa, pb) = (match[a].EventId, match[b].EventId);
                var psame = pa is not null && pa == pb;
                if (gsame && psame) tp++;
                if (psame && !gsame) fp++;
                if (gsame && !psame) fn++;
            }
        return new LinkingScore(tp, fp, fn);
    }
}
