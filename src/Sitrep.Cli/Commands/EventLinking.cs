using System.Globalization;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>Runs the linker over the store: the stored links seed it, the unlinked mentions are linked and saved.</summary>
internal static class EventLinking
{
    internal sealed record Result(int Linked, int Events)
    {
        public override string ToString() => $"{Linked} event mention(s) linked into {Events} event(s)";
    }

    /// <summary>
    /// Links every mention that has no link yet (from this run or an earlier one that stopped before linking) and saves
    /// the links in one transaction. The linker's own earlier links within two weeks of the new mentions are revisited
    /// with them, in the linker's fixed order, so the events do not depend on the order documents arrived in; an
    /// analyst's links and links further away stay as they are. A revisited event keeps its id when most of its
    /// mentions stay together. <see cref="Result.Events"/> is how many distinct events the written links went into.
    /// </summary>
    public static async Task<Result> RunAsync(IEventStore store, CancellationToken ct)
    {
        var fresh = await store.ListUnlinkedMentionsAsync(ct);
        if (fresh.Count == 0) return new Result(0, 0);
        var window = Window.Around(fresh.Select(m => m.Stored.Mention.Date), days: 14);
        // What the new and revisited mentions can be compared with: the linked mentions of their weeks and the weeks
        // around them (the linker looks a week either side), read window by window rather than the whole store.
        var all = new List<LinkedMention>(fresh);
        foreach (var (from, to) in Window.Around(fresh.Select(m => m.Stored.Mention.Date), days: 28).Spans)
            all.AddRange(await store.ListLinkedMentionsAsync(DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(to), ct));
        // A long range can overlap two windows.
        all = all.DistinctBy(m => m.Id).ToList();
        var revisit = all.Where(m => m.Link is { Origin: LinkOrigin.Auto } && window.Touches(m.Stored.Mention.Date)).ToList();
        var revisited = revisit.Select(m => m.Id).ToHashSet();
        var linker = new EventLinker(ActorRegistry.Default);
        foreach (var m in all)
            if (m.Link is { } link && !revisited.Contains(m.Id)) linker.Seed(ToLinkMention(m), link.EventId);
        var links = linker.AddRange(fresh.Concat(revisit).Select(ToLinkMention));
        var before = revisit.ToDictionary(m => m.Id.ToString(CultureInfo.InvariantCulture), m => m.Link!.EventId, StringComparer.Ordinal);
        var seeded = all.Where(m => m.Link is not null && !revisited.Contains(m.Id)).Select(m => m.Link!.EventId).ToHashSet(StringComparer.Ordinal);
        var ids = KeepIds(links, before, seeded);
        var writes = new List<EventLinkWrite>();
        foreach (var l in links)
        {
            var eventId = ids.GetValueOrDefault(l.EventId, l.EventId);
            if (before.TryGetValue(l.MentionKey, out var was) && was == eventId) continue;
            writes.Add(new EventLinkWrite(long.Parse(l.MentionKey, CultureInfo.InvariantCulture), eventId, Math.Clamp(l.Confidence, 0, 1)));
        }
        await store.SaveLinksAsync(writes, "linker", ct);
        return new Result(writes.Count, writes.Select(w => w.EventId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// New event id → the stored id it continues: the id most of its revisited mentions had, if no larger group of
    /// that event's mentions went elsewhere. Ids of events that stayed as they were do not change.
    /// </summary>
    private static Dictionary<string, string> KeepIds(IReadOnlyList<MentionLink> links, IReadOnlyDictionary<string, string> before,
        IReadOnlySet<string> seeded)
    {
        var votes = links.Where(l => before.ContainsKey(l.MentionKey))
            .GroupBy(l => (New: l.EventId, Old: before[l.MentionKey]))
            .Select(g => (g.Key.New, g.Key.Old, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.New, StringComparer.Ordinal).ThenBy(v => v.Old, StringComparer.Ordinal);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var newIds = links.Select(l => l.EventId).ToHashSet(StringComparer.Ordinal);
        foreach (var (n, o, _) in votes)
        {
            if (map.ContainsKey(n) || taken.Contains(o)) continue;
            // An id the linker gave another new event, or one a kept (seeded) event still holds, is that event's.
            if (o != n && (newIds.Contains(o) || seeded.Contains(o))) continue;
            map[n] = o;
            taken.Add(o);
        }
        return map;
    }

    /// <summary>Days within <c>days</c> of any of a set of date ranges, as merged intervals.</summary>
    private sealed class Window
    {
        private readonly List<(int From, int To)> _spans;

        private Window(List<(int From, int To)> spans) => _spans = spans;

        /// <summary>The merged, disjoint spans, as day numbers, in order.</summary>
        public IReadOnlyList<(int From, int To)> Spans => _spans;

        public static Window Around(IEnumerable<Core.Model.DateRange?> dates, int days)
        {
            var spans = dates.OfType<Core.Model.DateRange>().Select(d => (From: d.Start.DayNumber - days, To: d.End.DayNumber + days))
                .OrderBy(s => s.From).ToList();
            var merged = new List<(int From, int To)>();
            foreach (var s in spans)
                if (merged.Count > 0 && s.From <= merged[^1].To) merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, s.To));
                else merged.Add(s);
            return new Window(merged);
        }

        public bool Touches(Core.Model.DateRange? date)
        {
            if (date is not { } d) return false;
            // The last span starting on or before the range's end: the only one that can overlap it (spans are disjoint).
            int lo = 0, hi = _spans.Count - 1, at = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_spans[mid].From <= d.End.DayNumber) { at = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return at >= 0 && _spans[at].To >= d.Start.DayNumber;
        }
    }

    /// <summary>The store id is the key; the file name is the document's name (as in the event record).</summary>
    public static LinkMention ToLinkMention(LinkedMention m) =>
        new(m.Id.ToString(CultureInfo.InvariantCulture), m.Stored.DocumentId, m.Stored.FileName, m.Publisher, m.Reported, m.Stored.Mention);
}
