using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Linking;

/// <summary>One document's event mentions, as a batch to link: what <c>extract --link</c> and <c>eval</c> hand over.</summary>
public sealed record DocumentMentions(Document Document, string Name, IReadOnlyList<EventMention> Events);

/// <summary>Links the mentions of a batch of documents in memory (no store): every mention gets its event's id.</summary>
public static class CorpusLinker
{
    public static IReadOnlyList<LinkMention> Link(IReadOnlyList<DocumentMentions> documents, ActorRegistry registry, out IReadOnlyList<FusedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var all = new List<LinkMention>();
        foreach (var d in documents)
            for (var i = 0; i < d.Events.Count; i++)
                all.Add(new LinkMention($"{d.Name}#{i}", d.Document.Id, d.Name, d.Document.Source, d.Document.Published ?? d.Document.Period?.End, d.Events[i]));
        var linker = new EventLinker(registry);
        var links = linker.AddRange(all).ToDictionary(l => l.MentionKey, StringComparer.Ordinal);
        var linked = all.Select(m => m with { Mention = m.Mention with { EventId = links[m.Key].EventId, Confidence = m.Mention.Confidence } }).ToList();
        events = linked.GroupBy(m => m.Mention.EventId!, StringComparer.Ordinal)
            .Select(g => EventFusion.Fuse(g.Key, g.ToList(), registry)).ToList();
        return linked;
    }
}
