namespace Sitrep.Core.Extraction;

/// <summary>What a trigger word says happened, finer than ACLED's sub-event types (see event-triggers.tsv).</summary>
public enum EventFamily
{
    AirStrike, Shelling, Explosive, SuicideBomb, Grenade, ArmedClash, Attack, Killing, Assassination, Abduction,
    TerritoryRegained, TerritoryTaken,
    Raid, Arrest, WeaponsSeized, WeaponsDisrupted,
    Release, Agreement, GroupChange, BaseEstablished, Looting,
    Protest, ProtestIntervention, ProtestForce, Riot,
    ShowOfForce, Deployment, Operation, Statement, Threat, Order, Legislation, Appointment, Dismissal, Meeting, Visit, Other,
}

/// <summary>
/// Families that describe the same kind of act: triggers of one group in a clause are one event ("seized rockets and
/// detained 14" is one security operation), a trigger of another group starts a new one.
/// </summary>
public enum FamilyGroup { Violence, Security, Territory, Release, Agreement, Organisation, Protest, Political }

/// <summary>An ACLED event type and sub-event type.</summary>
public readonly record struct AcledType(string EventType, string SubEventType)
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string Violence = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string Strategic = "Strategic developments";
}

/// <summary>The fixed facts about each family: its group, whether it is violent, and its default ACLED coding.</summary>
public static class EventFamilies
{
    public static FamilyGroup GroupOf(EventFamily f) => f switch
    {
        EventFamily.AirStrike or EventFamily.Shelling or EventFamily.Explosive or EventFamily.SuicideBomb or EventFamily.Grenade
            or EventFamily.ArmedClash or EventFamily.Attack or EventFamily.Killing or EventFamily.Assassination
            or EventFamily.Abduction => FamilyGroup.Violence,
        EventFamily.TerritoryRegained or EventFamily.TerritoryTaken => FamilyGroup.Territory,
        EventFamily.Raid or EventFamily.Arrest or EventFamily.WeaponsSeized or EventFamily.WeaponsDisrupted => FamilyGroup.Security,
        EventFamily.Release => FamilyGroup.Release,
        EventFamily.Agreement => FamilyGroup.Agreement,
        EventFamily.GroupChange or EventFamily.BaseEstablished => FamilyGroup.Organisation,
        EventFamily.Protest or EventFamily.ProtestIntervention or EventFamily.ProtestForce or EventFamily.Riot => FamilyGroup.Protest,
        _ => FamilyGroup.Political,
    };

    public static bool IsViolent(EventFamily f) => GroupOf(f) == FamilyGroup.Violence
        || f is EventFamily.ProtestForce or EventFamily.Riot or EventFamily.Looting or EventFamily.TerritoryRegained;

    /// <summary>
    /// How specific a family is about the method, for choosing among several in one event: a "suicide bomber" in an
    /// "attack" makes it a suicide bombing; a raid with an arrest is an arrest.
    /// </summary>
    public static int Specificity(EventFamily f) => f switch
    {
        EventFamily.SuicideBomb => 100,
        EventFamily.AirStrike => 95,
        EventFamily.Grenade => 92,
        EventFamily.Explosive => 90,
        EventFamily.Shelling => 88,
        EventFamily.WeaponsDisrupted => 87,
        EventFamily.Abduction => 85,
        EventFamily.Assassination => 84,
        EventFamily.ProtestForce => 83,
        EventFamily.ProtestIntervention => 82,
        EventFamily.Riot => 81,
        EventFamily.ArmedClash => 80,
        EventFamily.Arrest => 78,
        EventFamily.WeaponsSeized => 76,
        EventFamily.Killing => 70,
        EventFamily.Attack => 60,
        EventFamily.Raid => 55,
        EventFamily.Protest => 50,
        EventFamily.TerritoryRegained => 48,
        EventFamily.TerritoryTaken => 47,
        EventFamily.Release => 46,
        EventFamily.Agreement => 45,
        EventFamily.GroupChange => 44,
        EventFamily.BaseEstablished => 43,
        EventFamily.Looting => 42,
        EventFamily.ShowOfForce => 30,
        EventFamily.Threat => 29,
        EventFamily.Legislation => 28,
        EventFamily.Appointment => 27,
        EventFamily.Dismissal => 26,
        EventFamily.Operation => 25,
        EventFamily.Deployment => 24,
        EventFamily.Order => 23,
        EventFamily.Meeting => 22,
        EventFamily.Visit => 21,
        EventFamily.Statement => 20,
        _ => 10,
    };

    /// <summary>The ACLED coding of a family on its own; <see cref="EventCoder"/> refines it with the rest of the event.</summary>
    public static AcledType Default(EventFamily f) => f switch
    {
        EventFamily.AirStrike => new(AcledType.Explosions, "Air/drone strike"),
        EventFamily.Shelling => new(AcledType.Explosions, "Shelling/artillery/missile attack"),
        EventFamily.Explosive => new(AcledType.Explosions, "Remote explosive/landmine/IED"),
        EventFamily.SuicideBomb => new(AcledType.Explosions, "Suicide bomb"),
        EventFamily.Grenade => new(AcledType.Explosions, "Grenade"),
        EventFamily.ArmedClash => new(AcledType.Battles, "Armed clash"),
        EventFamily.Attack or EventFamily.Killing or EventFamily.Assassination => new(AcledType.Violence, "Attack"),
        EventFamily.Abduction => new(AcledType.Violence, "Abduction/forced disappearance"),
        EventFamily.TerritoryRegained => new(AcledType.Battles, "Government regains territory"),
        EventFamily.TerritoryTaken => new(AcledType.Strategic, "Non-violent transfer of territory"),
        EventFamily.Raid => new(AcledType.Strategic, "Other"),
        EventFamily.Arrest => new(AcledType.Strategic, "Arrests"),
        EventFamily.WeaponsSeized or EventFamily.WeaponsDisrupted => new(AcledType.Strategic, "Disrupted weapons use"),
        EventFamily.Release or EventFamily.Agreement => new(AcledType.Strategic, "Agreement"),
        EventFamily.GroupChange => new(AcledType.Strategic, "Change to group/activity"),
        EventFamily.BaseEstablished => new(AcledType.Strategic, "Headquarters or base established"),
        EventFamily.Looting => new(AcledType.Strategic, "Looting/property destruction"),
        EventFamily.Protest => new(AcledType.Protests, "Peaceful protest"),
        EventFamily.ProtestIntervention => new(AcledType.Protests, "Protest with intervention"),
        EventFamily.ProtestForce => new(AcledType.Protests, "Excessive force against protesters"),
        EventFamily.Riot => new(AcledType.Riots, "Violent demonstration"),
        _ => new(AcledType.Strategic, "Other"),
    };
}
