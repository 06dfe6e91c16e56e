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
    /// the links in one transaction. <see cref="Result.Events"/> is how many distinct events the new links went into.
    /// </summary>
    public static async Task<Result> RunAsync(IEventStore store, CancellationToken ct)
    {
        var all = await store.ListMentionsForLinkingAsync(ct);
        var unlinked = all.Where(m => m.Link is null).ToList();
        if (unlinked.Count == 0) return new Result(0, 0);
        var linker = new EventLinker(ActorRegistry.Default);
        foreach (var m in all)
            if (m.Link is { } link) linker.Seed(ToLinkMention(m), link.EventId);
        var links = linker.AddRange(unlinked.Select(ToLinkMention));
        var writes = links.Select(l => new EventLinkWrite(long.Parse(l.MentionKey, CultureInfo.InvariantCulture), l.EventId,
            Math.Clamp(l.Confidence, 0, 1))).ToList();
        await store.SaveLinksAsync(writes, "linker", ct);
        return new Result(writes.Count, writes.Select(w => w.EventId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The store id is the key; the file name is the document's name (as in the event record).</summary>
    public static LinkMention ToLinkMention(LinkedMention m) =>
        new(m.Id.ToString(CultureInfo.InvariantCulture), m.Stored.DocumentId, m.Stored.FileName, m.Publisher, m.Reported, m.Stored.Mention);
}
