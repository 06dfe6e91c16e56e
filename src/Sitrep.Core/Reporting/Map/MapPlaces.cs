using Sitrep.Core.Knowledge;
using Sitrep.Core.Text;

namespace Sitrep.Core.Reporting.Map;

/// <summary>Chooses which gazetteer places the map labels and how their names read on it.</summary>
internal static class MapPlaces
{
    private static readonly string[] Articles = ["Al ", "Al-", "As ", "As-", "Ad ", "Ad-", "An ", "Ar ", "Az ", "Ash ", "At ", "Adh "];

    // Reference points a reader of Baghdad reporting knows, most useful first; labelled in the inset where room allows.
    private static readonly (string Id, string Label)[] BaghdadLandmarks =
    [
        ("sitrep:green-zone", "Green Zone"), ("sitrep:sadr-city", "Sadr City"), ("sitrep:kadhimiya", "Kadhimiya"),
        ("sitrep:dora", "Dora"), ("sitrep:biap", "Baghdad Airport"), ("sitrep:taji", "Taji"), ("gn:100077", "Abu Ghraib"),
        ("gn:99100", "Mahmudiya"), ("sitrep:salman-pak", "Salman Pak"), ("gn:98403", "Tarmiyah"),
    ];

    /// <summary>The Baghdad landmarks the gazetteer holds, with their map labels, most useful first.</summary>
    public static IEnumerable<(Place Place, string Label)> BaghdadReferencePoints(Gazetteer gazetteer)
    {
        foreach (var (id, label) in BaghdadLandmarks)
            if (gazetteer.ById(id) is { } place) yield return (place, label);
    }

    /// <summary>Baghdad's city entry (the seat of Baghdad governorate).</summary>
    public static Place? Baghdad(Gazetteer gazetteer) => gazetteer.CapitalOf("Baghdad");

    /// <summary>
    /// Iraq's largest cities by population, skipping any within <paramref name="minSpacingKm"/> of a larger one
    /// already chosen (Abu Ghurayb beside Baghdad adds nothing at this scale). Baghdad always comes first.
    /// </summary>
    public static List<Place> MajorCities(Gazetteer gazetteer, int count, double minSpacingKm)
    {
        var chosen = new List<Place>();
        if (Baghdad(gazetteer) is { } baghdad) chosen.Add(baghdad);
        var ranked = gazetteer.Places
            .Where(p => p.Kind == PlaceKind.City && p.Country == "Iraq" && p.Population is > 0)
            .OrderByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal);
        foreach (var p in ranked)
        {
            if (chosen.Count >= count) break;
            if (chosen.Any(c => c.Id == p.Id || Gazetteer.DistanceKm(c.Latitude, c.Longitude, p.Latitude, p.Longitude) < minSpacingKm))
                continue;
            chosen.Add(p);
        }
        return chosen;
    }

    /// <summary>
    /// The name an English-language map uses: the governorate's name when the city shares it (Basrah → Basra,
    /// Dihok → Duhok), otherwise the GeoNames name without its Arabic article or stray apostrophes (Al Kut → Kut).
    /// </summary>
    public static string DisplayName(Place place)
    {
        if (place.Governorate is { } gov && place.Aliases.Any(a => NameFolding.Fold(a) == NameFolding.Fold(gov)))
            return gov;
        var name = place.Name;
        foreach (var article in Articles)
            if (name.StartsWith(article, StringComparison.OrdinalIgnoreCase) && name.Length > article.Length + 2)
            {
                name = name[article.Length..];
                break;
            }
        return name.Trim('\'', '’', '`', ' ');
    }
}
