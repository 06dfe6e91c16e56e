using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Places;

/// <summary>Where something happened, as ACLED codes it: the place, its governorate, and geo_precision.</summary>
public sealed record Location(Place Place, string? Governorate, int GeoPrecision, TextSpan Span);

/// <summary>
/// Picks the place an event happened at from the place mentions of its evidence: the most specific place named,
/// kept consistent with the wider places the text names around it ("Sadr City, Baghdad city, Baghdad governorate").
/// </summary>
public static class PlaceSelector
{
    /// <summary>A specific place this close to a governorate the text names is taken as the text's place even if
    /// the gazetteer's boundary puts it next door (reporting often names the neighbouring governorate near a border).</summary>
    private const double BorderToleranceKm = 30;

    public static Location? MostSpecific(string text, IReadOnlyList<PlaceMention> mentions, TextSpan range, Gazetteer gazetteer)
    {
        var inRange = mentions.Where(m => m.Place is not null && range.Contains(m.Span)).ToList();
        if (inRange.Count == 0) return null;

        // Inside Iraq first: a foreign capital named in passing ("a visit to Tehran") rarely locates an Iraqi incident.
        var iraqi = inRange.Where(m => m.Place!.Country == "Iraq" && m.Place.Kind != PlaceKind.Country).ToList();
        var pool = iraqi.Count > 0 ? iraqi : inRange;

        PlaceMention? best = null;
        var bestScore = double.MinValue;
        string? statedGovernorate = null;
        foreach (var mention in pool)
        {
            var m = mention;
            var p = m.Place!;
            // The wider places named besides this one (governorates, districts, towns) say which governorate the text means.
            var context = pool.Where(o => !ReferenceEquals(o, mention) && Geocoder.Specificity(o.Place!.Kind) <= Geocoder.Specificity(PlaceKind.City))
                .Select(o => o.Place!.Governorate).OfType<string>().ToHashSet(StringComparer.Ordinal);
            string? stated = null;
            if (context.Count > 0 && p.Governorate is not null && !context.Contains(p.Governorate))
            {
                // A homonym inside the named governorate is the one meant; failing that, a place just over the border
                // stays (the text's governorate is then the better guess); anything farther is a wrong reading.
                var inside = gazetteer.Lookup(m.Text).FirstOrDefault(c => c.Governorate is not null && context.Contains(c.Governorate));
                if (inside is not null) { m = m with { Place = inside }; p = inside; }
                else
                {
                    stated = context.FirstOrDefault(g => DistanceToGovernorateKm(gazetteer, p, g) <= BorderToleranceKm);
                    if (stated is null) continue;
                }
            }
            var score = Score(text, m, p);
            if (best is null || score > bestScore) { best = m; bestScore = score; statedGovernorate = stated; }
        }
        best ??= pool[0];
        var place = best.Place!;
        // Boundaries here are coarse: for a place at the border, the governorate the source states is the better guess.
        var governorate = statedGovernorate ?? place.Governorate
            ?? (place.Country == "Iraq" ? gazetteer.GovernorateAt(place.Latitude, place.Longitude) : null);
        return new Location(place, governorate, best.GeoPrecision, best.Span);
    }

    /// <summary>
    /// Specificity first; then the preposition: "in/at/near X" is where it happened, "to/from/toward X" is where someone
    /// was going or coming from ("pilgrims walking to Karbala were hit in Mahmudiyah").
    /// </summary>
    private static double Score(string text, PlaceMention m, Place p)
    {
        var score = Geocoder.Specificity(p.Kind) * 10.0;
        // "Hawija district, Kirkuk, Iraq": the name that closes the chain before the country is the wider region
        // (here the governorate named after its capital), not a place more specific than the district before it.
        var after = text.AsSpan(m.Span.End);
        if (after.StartsWith(", Iraq", StringComparison.Ordinal) && p.Kind is PlaceKind.City or PlaceKind.Town)
            score = Geocoder.Specificity(PlaceKind.Governorate) * 10.0 + 5;
        var before = Words.Before(text, m.Span.Start, " ");
        var word = text.AsSpan(before.Start, before.Length);
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
            || word.Equals("toward", StringComparison.OrdinalIgnoreCase) || word.Equals("towards", StringComparison.OrdinalIgnoreCase))
            score -= 15;
        return score;
    }

    /// <summary>Distance from a place to a governorate's outline (0 inside), over its edges on a local flat projection.</summary>
    private static double DistanceToGovernorateKm(Gazetteer gazetteer, Place place, string governorate)
    {
        if (gazetteer.GovernorateAt(place.Latitude, place.Longitude) == governorate) return 0;
        // Equirectangular projection around the place: good to a few percent at these distances and latitudes.
        var kmPerDegLat = 111.32;
        var kmPerDegLon = 111.32 * Math.Cos(place.Latitude * Math.PI / 180);
        var best = double.MaxValue;
        foreach (var shape in gazetteer.Shapes)
        {
            if (shape.Name != governorate) continue;
            foreach (var ring in shape.Rings)
                for (var i = 0; i + 1 < ring.Count; i++)
                {
                    var (ax, ay) = ((ring[i].Lon - place.Longitude) * kmPerDegLon, (ring[i].Lat - place.Latitude) * kmPerDegLat);
                    var (bx, by) = ((ring[i + 1].Lon - place.Longitude) * kmPerDegLon, (ring[i + 1].Lat - place.Latitude) * kmPerDegLat);
                    best = Math.Min(best, DistanceToSegment(ax, ay, bx, by));
                }
        }
        return best;
    }

    /// <summary>Distance from the origin to the segment a-b.</summary>
    private static double DistanceToSegment(double ax, double ay, double bx, double by)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var len2 = dx * dx + dy * dy;
        var t = len2 == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / len2, 0, 1);
        var x = ax + t * dx;
        var y = ay + t * dy;
        return Math.Sqrt(x * x + y * y);
    }
}
