using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// The situation-report map as pure geometry in page units (x right, y down): governorates, labels, city dots,
/// non-overlapping numbered markers, an optional Baghdad inset, the key (legend and scale bar). Writers
/// (<see cref="SvgMap"/>, the PNG renderer) only draw what is here, so every output format looks the same.
/// </summary>
public sealed class MapLayout
{
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>The map's area on the page (below the title, if any).</summary>
    public required MapRect Frame { get; init; }
    public MapLabel? Title { get; init; }
    public required MapProjection Projection { get; init; }
    public required IReadOnlyList<MapShape> Governorates { get; init; }
    public required IReadOnlyList<MapLabel> GovernorateLabels { get; init; }
    /// <summary>Names of the neighbouring countries, where they fit.</summary>
    public required IReadOnlyList<MapLabel> CountryLabels { get; init; }
    public required IReadOnlyList<MapCity> Cities { get; init; }
    /// <summary>Markers drawn on the main map; those in the inset's area are in <see cref="Inset"/> only.</summary>
    public required IReadOnlyList<PlacedMarker> Markers { get; init; }
    public MapInset? Inset { get; init; }
    /// <summary>The box holding the legend (when there are markers) and the scale bar.</summary>
    public required MapRect KeyBox { get; init; }
    public MapLegend? Legend { get; init; }
    public required MapScaleBar Scale { get; init; }

    /// <summary>Every marker, main map and inset alike.</summary>
    public IEnumerable<PlacedMarker> AllMarkers => Markers.Concat(Inset?.Markers ?? []);

    /// <summary>Lays out the map of Iraq for these markers (the embedded gazetteer unless another is given).</summary>
    public static MapLayout Compute(IReadOnlyList<MapMarker> markers, Gazetteer? gazetteer = null, MapLayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(markers);
        return new MapLayoutBuilder(gazetteer ?? Gazetteer.Default, options ?? new MapLayoutOptions()).Build(markers);
    }
}
