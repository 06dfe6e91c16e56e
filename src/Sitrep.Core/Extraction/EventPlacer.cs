using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Places;
using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>
/// Where an event happened: the most specific place named in its clause (then its sentence); for a national
/// institution's act with no place stated (a law, an order, an appointment) the capital at governorate precision,
/// as ACLED codes it; nothing for statements made online or on television.
/// </summary>
public static class EventPlacer
{
    private static readonly string[] Channels =
        ["telegram", "twitter", "televised", "speech", "interview", "told", "video", "online", "social media", "facebook", "tweet", "broadcast"];

    public static EventLocation Place(string text, TextSpan clause, TextSpan sentence, EventFamily family, Actor? actor1,
        IReadOnlyList<PlaceMention> places, Gazetteer gazetteer, int triggerEnd = -1) =>
        Place(text, clause, sentence, family, actor1, places, gazetteer, triggerEnd, out _);

    /// <summary>As above; <paramref name="span"/> is the place name the location rests on, when the text names one.</summary>
    public static EventLocation Place(string text, TextSpan clause, TextSpan sentence, EventFamily family, Actor? actor1,
        IReadOnlyList<PlaceMention> places, Gazetteer gazetteer, int triggerEnd, out TextSpan? span)
    {
        span = null;
        // What a statement is about is not where it was made: "claimed the attack at the airport".
        if ((family is EventFamily.Statement or EventFamily.Threat || Cancelled(text, triggerEnd)) && triggerEnd > 0)
            places = places.Where(p => p.Span.End <= triggerEnd).ToList();
        // "Iraq" says nothing about where in Iraq; "Iran's instigation" names a party, not a place.
        var usable = places.Where(p => p.Place is not null && sentence.Contains(p.Span)
            && !(p.Place.Kind == PlaceKind.Country && (p.Place.Country == "Iraq" || Words.IsPossessiveAt(text, p.Span.End)))).ToList();
        // "sweeps across Nineveh, Erbil and Duhok": an act across several governorates has no one place.
        var governorates = usable.Where(p => clause.Contains(p.Span) && p.Place!.Governorate is not null)
            .Select(p => p.Place!.Governorate).Distinct().Count();
        if (governorates >= 3) return EventLocation.None();
        var loc = PlaceSelector.MostSpecific(text, usable, clause, gazetteer) ?? PlaceSelector.MostSpecific(text, usable, sentence, gazetteer);
        if (loc is not null)
        {
            span = loc.Span;
            return FromLocation(loc);
        }
        if (IsInstitutional(family, actor1) && !ViaChannel(text, sentence) && gazetteer.CapitalOf("Baghdad") is { } capital)
            return new EventLocation(capital.Name, capital.Id, "Iraq", "Baghdad", null, capital.Latitude, capital.Longitude, 3);
        return EventLocation.None();
    }

    public static EventLocation FromLocation(Location loc)
    {
        var p = loc.Place;
        // A region ("the south", "northern Iraq") spans governorates: its point lies in one, but it is not in it.
        var inIraq = p.Country == "Iraq" && p.Kind is not (PlaceKind.Region or PlaceKind.Country);
        return new EventLocation(p.Name, p.Id, p.Country, inIraq ? loc.Governorate : null, p.District,
            p.Latitude, p.Longitude, loc.GeoPrecision);
    }

    /// <summary>"cancelled his visit to Riyadh": the trip did not happen, so its destination is not the event's place.</summary>
    private static bool Cancelled(string text, int triggerEnd)
    {
        if (triggerEnd <= 0) return false;
        var before = ClauseReader.WordsBefore(text, triggerEnd, 1);
        return before.Count == 1 && before[0] is "cancel" or "cancelled" or "canceled" or "postponed" or "postpone";
    }

    private static bool ViaChannel(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var c in Channels)
            if (s.Contains(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Acts of the Iraqi state that happen where the state sits: laws, orders, appointments, releases, meetings.</summary>
    private static bool IsInstitutional(EventFamily family, Actor? actor)
    {
        if (actor is null || actor.Country != "Iraq") return false;
        if (actor.Type is not (ActorType.GovernmentBody or ActorType.Person or ActorType.StateForce)) return false;
        if (actor.Type == ActorType.Person && actor.LegendCategory is not ("Prime Minister and Cabinet" or "Council of Representatives" or "Iraqi Security Forces"))
            return false;
        return family is EventFamily.Order or EventFamily.Legislation or EventFamily.Appointment or EventFamily.Dismissal
            or EventFamily.Release or EventFamily.Agreement or EventFamily.Other or EventFamily.Meeting or EventFamily.GroupChange
            or EventFamily.Operation or EventFamily.Statement or EventFamily.Visit;
    }
}
