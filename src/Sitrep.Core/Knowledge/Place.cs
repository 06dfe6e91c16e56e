namespace Sitrep.Core.Knowledge;

/// <summary>What a gazetteer entry is; decides how specific a geocode is (a neighbourhood beats its city).</summary>
public enum PlaceKind
{
    Country,
    Region,
    Governorate,
    District,
    City,
    Town,
    Village,
    Neighbourhood,
    Landmark,
    Base,
    Airport,
    BorderCrossing,
    OilField,
    Dam,
}

/// <summary>
/// A gazetteer entry. <see cref="Governorate"/> uses the canonical names of the evaluation (Baghdad, Anbar, Basra,
/// Maysan, Dhi Qar, Qadisiyah, Diyala, Salah ad-Din, Kirkuk, Ninewa, Erbil, Duhok, Sulaymaniyah, Babil, Karbala, Najaf,
/// Muthanna, Wasit, Halabja); null outside Iraq. <see cref="Country"/> is the English country name ("Iraq", "Syria").
/// </summary>
public sealed record Place
{
    /// <summary>Stable id: "gn:98182" for GeoNames-derived entries, "sitrep:dora" for hand-made ones.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required PlaceKind Kind { get; init; }
    public required string Country { get; init; }
    public string? Governorate { get; init; }
    public string? District { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public long? Population { get; init; }
    /// <summary>Every spelling the entry is known by, the name included.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Id of the place this one lies in (a neighbourhood's city, a base's nearest town), if known.</summary>
    public string? ParentId { get; init; }
}
