using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>An actor as an event names it: the registry's canonical name and id, or the text's own words when unresolved.</summary>
public sealed record EventActor(string Name, string? ActorId);

/// <summary>
/// Where an event happened, as ACLED codes it. <see cref="Name"/> and the coordinates are null for events with no place
/// (an online statement); <see cref="GeoPrecision"/>: 1 the place itself, 2 near it or part of a region, 3 only the
/// governorate or a larger region (its capital's coordinates).
/// </summary>
public sealed record EventLocation(string? Name, string? PlaceId, string? Country, string? Admin1, string? Admin2,
    double? Latitude, double? Longitude, int? GeoPrecision)
{
    public static EventLocation None(string? country = "Iraq") => new(null, null, country, null, null, null, null, null);
}

/// <summary>
/// One document's account of one event (DESIGN.md): where in the text it is stated, when, what (ACLED type and
/// sub-event type), who against whom, where, how many, and how sure the source is. <see cref="Span"/> is in the
/// normalised text, <see cref="RawSpan"/> the same range in the original text.
/// </summary>
public sealed record EventMention
{
    public required string DocumentId { get; init; }
    /// <summary>The situation-report item number, or null outside numbered items.</summary>
    public int? Item { get; init; }
    public required TextSpan Span { get; init; }
    public required TextSpan RawSpan { get; init; }
    /// <summary>The sentence(s) stating the event, normalised.</summary>
    public required string Evidence { get; init; }
    /// <summary>Where the trigger word(s) are ("raided", "rocket attack"), inside <see cref="Span"/>.</summary>
    public TextSpan Trigger { get; init; }
    public DateRange? Date { get; init; }
    public DatePrecision? TimePrecision { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    /// <summary>A finer label than ACLED's ("raid", "statement", "release", "appointment"...).</summary>
    public required string Kind { get; init; }
    public EventActor? Actor1 { get; init; }
    public EventActor? Actor2 { get; init; }
    public IReadOnlyList<EventActor> AssocActors { get; init; } = [];
    public EventLocation Location { get; init; } = EventLocation.None();
    /// <summary>ACLED's fatalities: the most conservative figure; null when violence is reported without a number.</summary>
    public int? Fatalities { get; init; }
    /// <summary>Counts by what they count (snake_case: detained, released, killed, injured, participants, rockets, vehicles).</summary>
    public IReadOnlyDictionary<string, double> Counts { get; init; } = new Dictionary<string, double>();
    /// <summary>"at least", "over", "approximately"... for the counts that carry one.</summary>
    public IReadOnlyDictionary<string, string> CountQualifiers { get; init; } = new Dictionary<string, string>();
    /// <summary>The occurrence or its perpetrator is marked likely, reportedly, allegedly, claimed.</summary>
    public bool Hedged { get; init; }
    /// <summary>The hedging words found ("reportedly"), for the analyst.</summary>
    public IReadOnlyList<string> Hedges { get; init; } = [];
    /// <summary>Who says so, where the text attributes the event ("the Associated Press", "a KH spokesperson").</summary>
    public string? ClaimedBy { get; init; }
    /// <summary>Dated well before the document's reporting period: context, not this period's news.</summary>
    public bool Background { get; init; }
    /// <summary>0-1: how sure the extractor is that this is an event as coded.</summary>
    public double Confidence { get; init; }
    /// <summary>
    /// Where each attribute was stated, in the original text: "date", "place", "actor1", "actor2", and "count:KEY" for
    /// each count ("count:detained"). An attribute missing here rests on <see cref="RawSpan"/> as a whole.
    /// </summary>
    public IReadOnlyDictionary<string, TextSpan> Sources { get; init; } = new Dictionary<string, TextSpan>();
    /// <summary>The real-world event this mention was linked to, once linking has run.</summary>
    public string? EventId { get; init; }
}
