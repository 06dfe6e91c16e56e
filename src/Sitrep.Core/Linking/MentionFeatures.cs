using Sitrep.Core.Model;

namespace Sitrep.Core.Linking;

/// <summary>
/// What <see cref="MentionCompatibility"/> reads of a mention besides the mention itself, worked out once per linking
/// run instead of once per comparison: its content words as sorted word numbers, and its actors as the registry's
/// entries (their place in the compatibility's actor table). Made by <see cref="MentionCompatibility.Features"/>;
/// immutable.
/// </summary>
internal sealed class MentionFeatures
{
    public MentionFeatures(LinkMention link, int[] words, int actor1, int actor2)
    {
        Link = link;
        Mention = link.Mention;
        DocumentId = link.DocumentId;
        Words = words;
        Actor1 = actor1;
        Actor2 = actor2;
    }

    public LinkMention Link { get; }

    /// <summary><see cref="LinkMention.Mention"/>, and <see cref="DocumentId"/> below, kept here as the comparisons read them.</summary>
    public EventMention Mention { get; }

    public string DocumentId { get; }

    /// <summary>Sorted numbers of the evidence's content words.</summary>
    public int[] Words { get; }

    /// <summary>Actor1's and Actor2's registry entry as an index into the compatibility's actor table; -1 when there is
    /// no actor, it has no id, or the registry does not know the id.</summary>
    public int Actor1 { get; }

    public int Actor2 { get; }
}
