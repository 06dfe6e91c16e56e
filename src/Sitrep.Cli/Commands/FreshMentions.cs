using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The mentions an ingest run stored, kept as linking needs them (not their documents' texts), so the linking run
/// after the batch takes them from memory instead of reading back every row it just wrote. Only the store knows their
/// ids: <see cref="ResolveAsync"/> asks it which mentions are unlinked and gives the held ones those ids.
/// </summary>
internal sealed class FreshMentions
{
    private readonly Dictionary<(string DocumentId, int Ordinal), LinkedMention> _held = [];

    public int Count => _held.Count;

    /// <summary>Holds the mentions of a document the store has just added (call it for added documents only).</summary>
    public void Add(Document document, IReadOnlyList<EventMention> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var m = events[i];
            // The id is a placeholder until the store names it (ResolveAsync).
            var stored = new StoredEventMention(0, document.Id, document.FileName, i, document.Map.ToRaw(m.Trigger), m);
            _held[(document.Id, i)] = new LinkedMention(stored, document.Source, document.Published, document.Period, null);
        }
    }

    /// <summary>
    /// The store's unlinked mentions, in its order, as <see cref="IEventStore.ListUnlinkedMentionsAsync"/> gives them;
    /// null when the store has one this run did not hold (left by an earlier run that stopped before linking), so the
    /// caller reads them all from the store instead.
    /// </summary>
    public async Task<IReadOnlyList<LinkedMention>?> ResolveAsync(IEventStore store, CancellationToken ct)
    {
        var keys = await store.ListUnlinkedMentionKeysAsync(ct);
        var result = new List<LinkedMention>(keys.Count);
        foreach (var key in keys)
        {
            if (!_held.TryGetValue((key.DocumentId, key.Ordinal), out var held)) return null;
            result.Add(held with { Stored = held.Stored with { Id = key.Id } });
        }
        return result;
    }
}
