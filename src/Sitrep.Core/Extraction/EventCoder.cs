using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Extraction;

/// <summary>
/// The coding rules analysts apply once the triggers of one event are known (the house rules of
/// shared/eval/seeds-gold-NOTES.md, ACLED's codebook): the most specific method named decides the sub-event type;
/// a raid with detentions is Arrests; weapons found, captured or intercepted before they hit are Disrupted weapons
/// use; an attack on armed forces without a method is an armed clash, on civilians an attack on civilians.
/// </summary>
public static class EventCoder
{
    /// <summary>The family that codes an event, from its main trigger and the others in its clause.</summary>
    public static EventFamily Family(IReadOnlyList<Trigger> triggers, Trigger main)
    {
        var group = main.Group;
        switch (group)
        {
            case FamilyGroup.Violence:
            case FamilyGroup.Protest:
                return MostSpecific(triggers, t => t.Group == group || (group == FamilyGroup.Violence && t.Family == EventFamily.WeaponsDisrupted));
            case FamilyGroup.Security:
                if (triggers.Any(t => t.Family == EventFamily.WeaponsDisrupted)) return EventFamily.WeaponsDisrupted;
                if (triggers.Any(t => t.Family == EventFamily.Arrest)) return EventFamily.Arrest;
                if (triggers.Any(t => t.Family == EventFamily.WeaponsSeized)) return EventFamily.WeaponsSeized;
                return EventFamily.Raid;
            case FamilyGroup.Political when main.Family == EventFamily.Other && !main.IsNoun:
                // "accelerated its campaign of assassinations": the generic verb frames the event the noun names.
                var named = triggers.Where(t => t.IsNoun && t.Group is FamilyGroup.Violence or FamilyGroup.Protest or FamilyGroup.Security).ToList();
                return named.Count > 0 ? MostSpecific(named, _ => true) : main.Family;
            default:
                return main.Family;
        }
    }

    /// <summary>ACLED's type for a coded family, given who was targeted.</summary>
    public static AcledType Acled(EventFamily family, Actor? actor2)
    {
        // Appointments to and removals from a body reshape that body: "new appointments to the coordination council".
        if (family is EventFamily.Appointment or EventFamily.Dismissal && actor2 is not null && actor2.Type != ActorType.Person)
            return EventFamilies.Default(EventFamily.GroupChange);
        if (family is EventFamily.Attack or EventFamily.Killing && actor2 is not null)
        {
            if (actor2.Type == ActorType.ForeignForce) return EventFamilies.Default(EventFamily.Shelling);
            if (actor2.Type is ActorType.StateForce or ActorType.Militia or ActorType.ArmedGroup)
                return new AcledType(AcledType.Battles, "Armed clash");
        }
        if (family == EventFamily.Attack && actor2?.Type == ActorType.Protesters)
            return EventFamilies.Default(EventFamily.ProtestForce);
        return EventFamilies.Default(family);
    }

    private static EventFamily MostSpecific(IEnumerable<Trigger> triggers, Func<Trigger, bool> keep)
    {
        EventFamily? best = null;
        foreach (var t in triggers)
            if (keep(t) && (best is null || EventFamilies.Specificity(t.Family) > EventFamilies.Specificity(best.Value))) best = t.Family;
        return best ?? triggers.First().Family;
    }
}
