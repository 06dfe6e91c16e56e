using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>A stretch of text read as one unit: an item body, an index section, or the rest of a document.</summary>
internal sealed record ExtractionRegion(TextSpan Range, int? Item, EventDate? Fallback, bool Fold, bool HeadlineHedged, TextSpan? Headline = null)
{
    /// <summary>The last day an event of this region can have: the end of the period or the publication date.</summary>
    public DateOnly? Ceiling { get; init; }
}

/// <summary>One act found in a clause, before folding and splitting.</summary>
internal sealed class ActCandidate
{
    public required TextSpan Sentence;
    /// <summary>The evidence span: the sentence, or the act's own clause when the sentence tells of several acts.</summary>
    public TextSpan? Clause;
    public required int? Item;
    public required List<Trigger> Triggers;
    public required Trigger Main;
    public required EventFamily Family;
    public ActorMention? Actor1;
    public ActorMention? Actor2;
    public required IReadOnlyList<ActorMention> Associated;
    public EventDate? Date;
    public required EventLocation Location;
    public required EventCounts Counts;
    public required Attribution Attribution;
    public EventActor? FallbackActor1;
    /// <summary>Where each attribute is stated (normalised spans): "date", "place", "actor1", "actor2", "count:KEY".</summary>
    public Dictionary<string, TextSpan> Sources = new(StringComparer.Ordinal);
    /// <summary>Detainees handed from one custodian to another (<c>Sources["custodian"]</c> names the new one).</summary>
    public bool CustodyTransfer;
    /// <summary>A claim or denial about another act ("refuted that claim", "claimed online that ..."), not an act.</summary>
    public bool Disputed;
}
