using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The documents an ingest run stored, each with its event mentions as extracted and what linking needs of the
/// document, so the linking run after it takes them from here instead of reading them back from the store (at 100k
/// documents that read was a third of linking's processor time). Holds no document text. Filled by the one writer,
/// in the order it stored the documents; not thread-safe.
/// </summary>
internal sealed class JustStored
{
    private sealed record Entry(string FileName, string? Publisher, DateOnly? Published, DateRange? Period,
        IReadOnlyList<EventMention> Mentions, TextSpan[] RawTriggers);

    private readonly Dictionary<string, Entry> _byDocument = new(StringComparer.Ordinal);

    /// <summary>Documents held.</summary>
    public int Count => _byDocument.Count;

    /// <summary>Records a document the store added, with the mentions stored with it (in their stored order).</summary>
    public void Add(Document document, IReadOnlyList<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var rawTriggers = new TextSpan[mentions.Count];
        // As the store writes it (raw_trigger_*): the trigger mapped to the original text.
        for (var i = 0; i < mentions.Count; i++) rawTriggers[i] = document.Map.ToRaw(mentions[i].Trigger);
        _byDocument[document.Id] = new Entry(document.FileName, document.Source, document.Published, document.Period, mentions, rawTriggers);
    }

    /// <summary>
    /// The mention <paramref name="key"/> names, as <see cref="IEventStore.ListUnlinkedMentionsAsync"/> would give it,
    /// or null when this run did not store it (a mention an earlier run left unlinked).
    /// </summary>
    public LinkedMention? Find(UnlinkedMentionKey key)
    {
        if (!_byDocument.TryGetValue(key.DocumentId, out var e) || key.Ordinal < 0 || key.Ordinal >= e.Mentions.Count) return null;
        var stored = new StoredEventMention(key.Id, key.DocumentId, e.FileName, key.Ordinal, e.RawTriggers[key.Ordinal], e.Mentions[key.Ordinal]);
        return new LinkedMention(stored, e.Publisher, e.Published, e.Period, Link: null);
    }
}
