using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Linking;

/// <summary>
/// Clusters event mentions into real-world events, incrementally: each new mention is compared only with the events
/// in its time block (the weeks its dates touch, and their neighbours) whose place is compatible, so the cost grows
/// near-linearly with the corpus. It joins the most compatible event above <see cref="Threshold"/>, or founds a new
/// one. Links already made (seeded from the store, including an analyst's merges and splits) are never undone here.
/// Not thread-safe: one linker per linking run.
/// </summary>
public sealed class EventLinker(ActorRegistry registry)
{
    /// <summary>Score needed to join an event; set for precision (a wrong merge hides an event, a missed one repeats it).</summary>
    public const double Threshold = 0.62;

    /// <summary>Most events of one block compared with a mention (the most recent ones).</summary>
    private const int MaxPerBlock = 400;

    /// <summary>Days either side of a mention's dates within which an event can be the same.</summary>
    private const int WindowDays = 7;

    private sealed class Cluster(string id)
    {
        public string Id { get; } = id;
        public List<MentionFeatures> Members { get; } = [];
    }

    private readonly Dictionary<string, Cluster> _clusters = new(StringComparer.Ordinal);
    /// <summary>Blocks: (week, governorate or "" for events with none). A mention with a governorate sees its own and the
    /// unplaced block; one without sees every block of its weeks.</summary>
    private readonly Dictionary<(int Week, string Area), List<Cluster>> _blocks = [];
    private readonly Dictionary<int, List<string>> _areasByWeek = [];
    private readonly MentionCompatibility _compatibility = new(registry);

    public int EventCount => _clusters.Count;

    /// <summary>Registers a link made earlier (from the store), so new mentions can join that event.</summary>
    public void Seed(LinkMention mention, string eventId)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (!_clusters.TryGetValue(eventId, out var cluster))
        {
            cluster = new Cluster(eventId);
            _clusters.Add(eventId, cluster);
        }
        AddTo(cluster, _compatibility.Features(mention));
    }

    /// <summary>Links mentions in a stable order (by date, then document and position), so a run is deterministic.</summary>
    public IReadOnlyList<MentionLink> AddRange(IEnumerable<LinkMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = mentions.OrderBy(m => m.Mention.Date?.Start ?? DateOnly.MaxValue)
            .ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Mention.RawSpan.Start).ToList();
        // Every mention's features first: made once, they are then only read while mentions are scored.
        var features = new MentionFeatures[ordered.Count];
        for (var i = 0; i < ordered.Count; i++) features[i] = _compatibility.Features(ordered[i]);
        var links = new List<MentionLink>(ordered.Count);
        foreach (var m in features) links.Add(Add(m));
        return Reconsider(links);
    }

    /// <summary>
    /// Second look at the mentions that stayed alone: one that came before the reports it matches (an undated article
    /// read as of an earlier day) could not join them when it was added. Each such single mention joins the best
    /// event now in its block, if any scores above <see cref="Threshold"/>.
    /// </summary>
    private List<MentionLink> Reconsider(List<MentionLink> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (!_clusters.TryGetValue(links[i].EventId, out var alone) || alone.Members.Count != 1) continue;
            var m = alone.Members[0];
            Cluster? best = null;
            var bestScore = Threshold;
            foreach (var cluster in Candidates(m))
            {
                // The first pass already weighed this mention against its own document's events: leave those apart.
                // (except an episode that takes the split siblings of one act, below).
                if (ReferenceEquals(cluster, alone)) continue;
                if (SharesDocumentApart(cluster, m)) continue;
                var score = Score(m, cluster);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(cluster.Id, best.Id) < 0))
                    (best, bestScore) = (cluster, score);
            }
            if (best is null) continue;
            Remove(alone, m);
            AddTo(best, m);
            links[i] = new MentionLink(m.Link.Key, best.Id, Math.Round(bestScore, 3));
        }
        return links;
    }

    /// <summary>
    /// The event has a member from the mention's own document, and is not an episode whose only such members are the
    /// mention's split siblings, summarised by another source. (Loops, not LINQ: this runs for every candidate.)
    /// </summary>
    private static bool SharesDocumentApart(Cluster cluster, MentionFeatures m)
    {
        var members = cluster.Members;
        var shares = false;
        var allSiblings = true;
        for (var i = 0; i < members.Count; i++)
        {
            var o = members[i];
            if (o.DocumentId != m.DocumentId) continue;
            shares = true;
            if (!AreSplitSiblings(o.Link, m.Link)) { allSiblings = false; break; }
        }
        return shares && !(allSiblings && HasSummaryOf(cluster, m));
    }

    private void Remove(Cluster cluster, MentionFeatures m)
    {
        _clusters.Remove(cluster.Id);
        if (m.Mention.Date is not { } d) return;
        var area = m.Mention.Location.Admin1 ?? "";
        for (var w = Week(d.Start); w <= Math.Min(Week(d.End), Week(d.Start) + 10); w++)
            if (_blocks.TryGetValue((w, area), out var list)) list.Remove(cluster);
    }

    /// <summary>Links one mention: to the most compatible event in its block, or to a new event.</summary>
    public MentionLink Add(LinkMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Add(_compatibility.Features(mention));
    }

    private MentionLink Add(MentionFeatures mention)
    {
        Cluster? best = null;
        var bestScore = Threshold;
        foreach (var cluster in Candidates(mention))
        {
            var score = Score(mention, cluster);
            if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(cluster.Id, best.Id) < 0))
            {
                best = cluster;
                bestScore = score;
            }
        }
        if (best is null)
        {
            var id = NewId(mention.Link);
            // A revisited mention that founded an event earlier gets its old id again; when that event lives on in
            // other mentions (seeded) and this one no longer fits it, this is another event with a derived id.
            for (var n = 2; _clusters.ContainsKey(id); n++) id = DerivedId(id, n);
            best = new Cluster(id);
            _clusters.Add(id, best);
            AddTo(best, mention);
            return new MentionLink(mention.Link.Key, id, 1.0);
        }
        AddTo(best, mention);
        return new MentionLink(mention.Link.Key, best.Id, Math.Round(bestScore, 3));
    }

    /// <summary>Members compared with a new mention: the founder and the latest few, so a big event costs no more.</summary>
    private const int Compared = 8;

    /// <summary>
    /// How well a mention fits an event: its best fit with the founder or a recent member, none if it conflicts with
    /// one outright. Comparing with a bounded set keeps linking linear and stops an event from drifting week by week
    /// along a chain of similar reports.
    /// </summary>
    private double Score(MentionFeatures mention, Cluster cluster)
    {
        var best = 0.0;
        var members = cluster.Members;
        // An event happens once: a mention far from when its founding report puts it is another event, however
        // alike the reports in between (this stops an event drifting week by week along similar reports).
        if (mention.Mention.Date is { } md && members[0].Mention.Date is { } fd
            && (md.Start.DayNumber - fd.End.DayNumber > WindowDays || fd.Start.DayNumber - md.End.DayNumber > WindowDays))
            return 0;
        for (var i = 0; i < members.Count; i++)
        {
            var other = members[i];
            if (i > 0 && i < members.Count - (Compared - 1))
            {
                // Beyond the compared few, only the cheap test: another act of a member's own sentence or item.
                if (other.DocumentId == mention.DocumentId && SameSentenceOrItem(other.Mention, mention.Mention)
                    && !(AreSplitSiblings(mention.Link, other.Link) && HasSummaryOf(cluster, mention))) return 0;
                continue;
            }
            var s = _compatibility.Score(mention, other);
            if (s < 0)
            {
                // One act its source split by place (protests in four provinces) joins the episode another source
                // summarises as one ("protests across the south"): the siblings meet only through that summary.
                if (AreSplitSiblings(mention.Link, other.Link) && HasSummaryOf(cluster, mention)) continue;
                return 0; // a hard conflict with any member (same sentence, same item) rules the event out
            }
            best = Math.Max(best, s);
        }
        return best;
    }

    /// <summary>
    /// Two mentions one source made of one act by splitting it per place (ACLED codes protests per province): same
    /// trigger, kind and dates, different governorates.
    /// </summary>
    internal static bool AreSplitSiblings(LinkMention a, LinkMention b) =>
        a.DocumentId == b.DocumentId && a.Mention.Trigger == b.Mention.Trigger && a.Mention.Kind == b.Mention.Kind
        && a.Mention.Date == b.Mention.Date && a.Mention.Location.Admin1 is { } x && b.Mention.Location.Admin1 is { } y && x != y;

    /// <summary>
    /// A member from another source that tells of the whole episode: placed no finer than a region (no governorate)
    /// and dated over the mention's dates. Only such a summary lets split siblings share an event.
    /// </summary>
    private static bool HasSummaryOf(Cluster cluster, MentionFeatures m)
    {
        if (m.Mention.Date is not { } d) return false;
        foreach (var o in cluster.Members)
            if (o.DocumentId != m.DocumentId && o.Mention.Location.Admin1 is null && o.Mention.Kind == m.Mention.Kind
                && o.Mention.Date is { } od && od.Start <= d.Start && d.End <= od.End)
                return true;
        return false;
    }

    private static bool SameSentenceOrItem(EventMention a, EventMention b) =>
        (a.RawSpan.Start < b.RawSpan.End && b.RawSpan.Start < a.RawSpan.End) || (a.Item is not null && a.Item == b.Item);

    // Candidates' buffers, reused from one mention to the next (each list of candidates is used up before the next is asked for).
    private readonly HashSet<Cluster> _seen = [];
    private readonly List<Cluster> _candidates = [];

    /// <summary>The events a mention is compared with, in a fixed order. The list is reused: read it before the next call.</summary>
    private List<Cluster> Candidates(MentionFeatures m)
    {
        var result = _candidates;
        result.Clear();
        // An undated mention cannot be placed in time, so it is not matched against the whole corpus: it stands alone
        // until an analyst merges it.
        if (m.Mention.Date is not { } d) return result;
        var seen = _seen;
        seen.Clear();
        var from = Week(d.Start.AddDays(-WindowDays));
        var to = Week(d.End.AddDays(WindowDays));
        // A very long range (a month, a year) touches many weeks; its events are vague, so cap the scan.
        if (to - from > 10) to = from + 10;
        var area = m.Mention.Location.Admin1;
        void Take(int w, string a)
        {
            if (!_blocks.TryGetValue((w, a), out var list)) return;
            // The newest events of a crowded block first, and no more than a bounded number: the cost per mention stays flat.
            for (var i = list.Count - 1; i >= 0 && i >= list.Count - MaxPerBlock; i--)
                if (seen.Add(list[i])) result.Add(list[i]);
        }
        for (var w = from; w <= to; w++)
        {
            if (area is not null)
            {
                Take(w, area);
                Take(w, "");
            }
            else if (_areasByWeek.TryGetValue(w, out var areas))
                foreach (var a in areas) Take(w, a);
        }
        return result;
    }

    private void AddTo(Cluster cluster, MentionFeatures m)
    {
        cluster.Members.Add(m);
        if (m.Mention.Date is not { } d) return;
        var from = Week(d.Start);
        var to = Math.Min(Week(d.End), from + 10);
        var area = m.Mention.Location.Admin1 ?? "";
        for (var w = from; w <= to; w++)
        {
            if (!_blocks.TryGetValue((w, area), out var list))
            {
                _blocks[(w, area)] = list = [];
                if (!_areasByWeek.TryGetValue(w, out var areas)) _areasByWeek[w] = areas = [];
                areas.Add(area);
            }
            // A cluster joins a block once; its latest member decides its place in the block's recency order.
            var at = list.LastIndexOf(cluster);
            if (at >= 0 && at >= list.Count - 4) continue;
            if (at >= 0) list.RemoveAt(at);
            list.Add(cluster);
        }
    }

    private static int Week(DateOnly d) => d.DayNumber / 7;

    private static string DerivedId(string id, int n) =>
        "ev-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{id}#{n}")))[..12];

    /// <summary>An event id that depends only on the mention that founded it, so runs over the same input agree.</summary>
    private static string NewId(LinkMention m)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{m.DocumentId}|{m.Mention.RawSpan.Start}|{m.Mention.RawSpan.End}|{m.Mention.Kind}|{m.Key}");
        return "ev-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
    }
}
