namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Page and crowding settings for <see cref="MapLayout"/>. The defaults fit a portrait A4/letter page: 800×900 units,
/// markers of radius 11 (numbers stay readable printed), an inset once two markers fall within 40 km of Baghdad.
/// </summary>
public sealed record MapLayoutOptions
{
    public double Width { get; init; } = 800;
    public double Height { get; init; } = 900;
    public string? Title { get; init; }
    public double MarkerRadius { get; init; } = 11;
    /// <summary>Most city labels to draw on the main map (Baghdad always counts among them).</summary>
    public int MaxCities { get; init; } = 14;
    /// <summary>Markers within this distance of Baghdad's centre count towards the inset.</summary>
    public double InsetRadiusKm { get; init; } = 40;
    /// <summary>How many of them it takes before the inset is drawn.</summary>
    public int InsetMinMarkers { get; init; } = 2;
    /// <summary>Half the side of the square the inset shows, a little beyond the radius so edge markers have room.</summary>
    public double InsetHalfSideKm { get; init; } = 45;
    public double InsetSize { get; init; } = 250;
}
