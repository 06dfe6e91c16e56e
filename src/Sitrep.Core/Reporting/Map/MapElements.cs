namespace Sitrep.Core.Reporting.Map;

/// <summary>A governorate outline in map units: closed rings (the first point is not repeated at the end).</summary>
public sealed record MapShape(string Name, IReadOnlyList<IReadOnlyList<MapPoint>> Rings);

/// <summary>
/// A marker where it is drawn: <see cref="Anchor"/> is the event's true place, <see cref="Center"/> where the circle
/// went after making room for its neighbours. Writers draw a leader line when <see cref="IsDisplaced"/>.
/// </summary>
public sealed record PlacedMarker(MapMarker Marker, LegendStyle Style, MapPoint Anchor, MapPoint Center, double Radius)
{
    /// <summary>Moved far enough from its true place that a reader needs the leader line to find it.</summary>
    public bool IsDisplaced => Anchor.DistanceTo(Center) > Radius * 0.6;
}

/// <summary>A city dot with its placed label.</summary>
public sealed record MapCity(string Name, MapPoint Dot, MapLabel Label, bool IsCapital);

/// <summary>
/// A scale bar: a horizontal bar from <see cref="Start"/>, <see cref="Length"/> units long, standing for
/// <see cref="Km"/> kilometres at the projection's reference latitude, split into <see cref="Segments"/> alternating parts.
/// </summary>
public sealed record MapScaleBar(MapPoint Start, double Length, double Km, int Segments, IReadOnlyList<MapLabel> Labels, MapRect Bounds);

/// <summary>One legend row: the category's swatch circle and its name.</summary>
public sealed record MapLegendEntry(LegendStyle Style, MapPoint Swatch, double SwatchRadius, MapLabel Label);

/// <summary>The legend box: a heading and one row per category present, in <see cref="LegendPalette"/> order.</summary>
public sealed record MapLegend(MapRect Box, MapLabel Heading, IReadOnlyList<MapLegendEntry> Entries);

/// <summary>
/// An enlarged view of a crowded area (Baghdad). <see cref="Source"/> is the area's outline on the main map,
/// <see cref="Panel"/> the whole inset box, <see cref="Content"/> the map part of it (writers clip to it). Shapes,
/// cities and markers are already in main-map units, placed inside <see cref="Content"/>.
/// </summary>
public sealed record MapInset(
    MapRect Source,
    MapRect Panel,
    MapRect Content,
    MapLabel Heading,
    MapProjection Projection,
    IReadOnlyList<MapShape> Governorates,
    IReadOnlyList<MapCity> Cities,
    IReadOnlyList<PlacedMarker> Markers,
    MapScaleBar Scale);
