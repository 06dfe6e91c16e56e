namespace Sitrep.Core.Knowledge;

/// <summary>What kind of actor an entry is.</summary>
public enum ActorType
{
    StateForce,
    Militia,
    PartyOrBloc,
    GovernmentBody,
    Person,
    ForeignState,
    ForeignForce,
    ArmedGroup,
    Protesters,
    Civilians,
    Media,
    InternationalOrganisation,
    Other,
}

/// <summary>
/// An actor registry entry. <see cref="AcledInter"/> is ACLED's actor-type code (1 state forces, 2 rebel groups,
/// 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces).
/// <see cref="LegendCategory"/> is the map-legend group a situation report would use (Iraqi Security Forces,
/// Iranian Proxy Militias, ISIS, Anti-ISIS Coalition, Kurdistan Regional Government, Demonstration,
/// Prime Minister and Cabinet, Council of Representatives, Iran, Religious Figures, Turkey, ...).
/// </summary>
public sealed record Actor
{
    /// <summary>Stable id, e.g. "kataib-hezbollah".</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ActorType Type { get; init; }
    /// <summary>Every name, spelling and abbreviation, the name included.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Id of the actor this one is part of (KH → PMF; ERD → Ministry of Interior; a person → their organisation).</summary>
    public string? ParentId { get; init; }
    public string? Affiliation { get; init; }
    public int? AcledInter { get; init; }
    public string? LegendCategory { get; init; }
    /// <summary>Country the actor belongs to ("Iraq", "Iran", "United States"...).</summary>
    public string? Country { get; init; }
    /// <summary>
    /// A collective reporters use for unnamed members of a category ("Iran-backed militias"): it may be any one of
    /// them, so it does not disagree with a named member of its legend category.
    /// </summary>
    public bool IsCollective { get; init; }
    /// <summary>For people: their role ("Prime Minister of Iraq"), shown to analysts.</summary>
    public string? Role { get; init; }
}
