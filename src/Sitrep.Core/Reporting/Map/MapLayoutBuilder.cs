using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Computes a <see cref="MapLayout"/> in priority order: markers claim their places first, then the panels (inset,
/// key) take the emptiest corners, then city labels, neighbouring countries and governorate names fill the room left,
/// each dropped when it cannot be placed without covering something drawn before it.
/// </summary>
internal sealed class MapLayoutBuilder(Gazetteer gazetteer, MapLayoutOptions options)
{
    private const double TitleHeight = 34, Margin = 10, DegreesMargin = 0.25, HeadingHeight = 22;
    private const double CityDot = 3, CapitalDot = 4.5, LandmarkDot = 2.5;
    private const double CityFont = 11, CapitalFont = 12.5, LandmarkFont = 10, GovernorateFont = 9.5, CountryFont = 13;
    private const double KeyFont = 11, KeyHeadingFont = 12, KeyRow = 19, KeyPadding = 10, SwatchRadius = 7;
    private const double MinCitySpacingKm = 45;

    // Neighbours' names at points well inside each country; moved a little or dropped if that lands on Iraq.
    private static readonly (string Name, double Lat, double Lon)[] Neighbours =
    [
        ("TURKEY", 37.5, 41.2), ("SYRIA", 35.4, 39.9), ("JORDAN", 32.0, 38.85), ("SAUDI ARABIA", 30.2, 41.6),
        ("KUWAIT", 29.3, 47.6), ("IRAN", 34.0, 47.5),
    ];

    public MapLayout Build(IReadOnlyList<MapMarker> markers)
    {
        var title = options.Title is { Length: > 0 } t
            ? MapLabel.At(t, new MapPoint(Margin + 4, 23), 16, TextAnchor.Start, bold: true)
            : null;
        var top = title is null ? 0 : TitleHeight;
        var frame = new MapRect(0, top, options.Width, options.Height - top);
        var projection = FitIraq(frame);
        var shapes = gazetteer.Shapes.Select(s => Project(s, projection)).ToList();
        var radius = options.MarkerRadius + (markers.Any(m => m.Number >= 100) ? 2 : 0);

        var inset = PlanInset(markers, projection, frame, radius);
        var onMain = markers.Where(m => inset is null || !inset.Holds(m))
            .Select(m => (m, projection.Project(m.Latitude, m.Longitude)));
        IReadOnlyList<MapRect> panels = inset is null ? [] : [inset.Panel, inset.Source];
        var placed = MarkerPlacer.Place(onMain, radius, frame.Inflate(-4), panels);

        var space = new Occupancy(frame.Inflate(-4));
        foreach (var m in placed) space.Add(m.Center, m.Radius + 1);
        foreach (var p in panels) space.Add(p);

        var (keyBox, legend, scale) = PlaceKey(markers, placed, projection, frame, inset?.Panel);
        space.Add(keyBox);
        var cities = PlaceCities(projection, space, placed, inset?.Source, [.. panels, keyBox]);
        var countries = PlaceCountryLabels(projection, space);
        var governorateLabels = PlaceGovernorateLabels(shapes, space);

        return new MapLayout
        {
            Width = options.Width,
            Height = options.Height,
            Frame = frame,
            Title = title,
            Projection = projection,
            Governorates = shapes,
            GovernorateLabels = governorateLabels,
            CountryLabels = countries,
            Cities = cities,
            Markers = placed,
            Inset = inset is null ? null : BuildInset(inset, markers, radius),
            KeyBox = keyBox,
            Legend = legend,
            Scale = scale,
        };
    }

    // ------------------------------------------------------------------ projection and shapes

    private MapProjection FitIraq(MapRect frame)
    {
        double minLat = 90, minLon = 180, maxLat = -90, maxLon = -180;
        foreach (var shape in gazetteer.Shapes)
        foreach (var ring in shape.Rings)
        foreach (var (lon, lat) in ring)
        {
            minLat = Math.Min(minLat, lat); maxLat = Math.Max(maxLat, lat);
            minLon = Math.Min(minLon, lon); maxLon = Math.Max(maxLon, lon);
        }
        if (minLat > maxLat) (minLat, minLon, maxLat, maxLon) = (29, 38.8, 37.4, 48.6); // no shapes: Iraq's box
        return MapProjection.Fit(minLat - DegreesMargin, minLon - DegreesMargin, maxLat + DegreesMargin, maxLon + DegreesMargin,
            frame.Inflate(-Margin));
    }

    // Points closer than a third of a unit to the previous one add nothing visible at print size.
    private static MapShape Project(GovernorateShape shape, MapProjection projection)
    {
        var rings = new List<IReadOnlyList<MapPoint>>(shape.Rings.Count);
        foreach (var ring in shape.Rings)
        {
            var points = new List<MapPoint>(ring.Count);
            foreach (var (lon, lat) in ring)
            {
                var p = projection.Project(lat, lon);
                if (points.Count == 0 || points[^1].DistanceTo(p) >= 0.33) points.Add(p);
            }
            if (points.Count > 1 && points[0].DistanceTo(points[^1]) < 0.33) points.RemoveAt(points.Count - 1);
            if (points.Count >= 3) rings.Add(points);
        }
        return new MapShape(shape.Name, rings);
    }

    // ------------------------------------------------------------------ inset

    private sealed record InsetPlan(
        MapRect Source, MapRect Panel, MapRect Content, MapProjection Projection, Place Center,
        double MinLat, double MaxLat, double MinLon, double MaxLon)
    {
        public bool Holds(MapMarker m) => m.Latitude >= MinLat && m.Latitude <= MaxLat && m.Longitude >= MinLon && m.Longitude <= MaxLon;
    }

    private InsetPlan? PlanInset(IReadOnlyList<MapMarker> markers, MapProjection projection, MapRect frame, double radius)
    {
        if (MapPlaces.Baghdad(gazetteer) is not { } baghdad) return null;
        var crowd = markers.Count(m =>
            Gazetteer.DistanceKm(m.Latitude, m.Longitude, baghdad.Latitude, baghdad.Longitude) <= options.InsetRadiusKm);
        if (crowd < options.InsetMinMarkers) return null;

        var halfLat = options.InsetHalfSideKm / MapProjection.KmPerDegree;
        var halfLon = halfLat / Math.Cos(baghdad.Latitude * Math.PI / 180);
        var (minLat, maxLat) = (baghdad.Latitude - halfLat, baghdad.Latitude + halfLat);
        var (minLon, maxLon) = (baghdad.Longitude - halfLon, baghdad.Longitude + halfLon);
        var nw = projection.Project(maxLat, minLon);
        var se = projection.Project(minLat, maxLon);
        var source = new MapRect(nw.X, nw.Y, se.X - nw.X, se.Y - nw.Y);

        var size = options.InsetSize;
        var outside = new HashSet<MapMarker>(markers.Where(m =>
            m.Latitude < minLat || m.Latitude > maxLat || m.Longitude < minLon || m.Longitude > maxLon));
        var anchors = outside.Select(m => projection.Project(m.Latitude, m.Longitude)).ToList();
        var panel = ChooseCorner(size, size + HeadingHeight, frame, Corner.BottomLeft, rect =>
            (rect.Inflate(8).Intersects(source) ? 1e6 : 0)
            + 1000 * anchors.Count(a => rect.Intersects(a, radius + 4))
            + 100 * IraqShare(rect, projection));
        var content = new MapRect(panel.X, panel.Y + HeadingHeight, size, size);
        var insetProjection = MapProjection.Around(baghdad.Latitude, baghdad.Longitude, options.InsetHalfSideKm, content);
        return new InsetPlan(source, panel, content, insetProjection, baghdad, minLat, maxLat, minLon, maxLon);
    }

    private MapInset BuildInset(InsetPlan plan, IReadOnlyList<MapMarker> markers, double radius)
    {
        var proj = plan.Projection;
        var content = plan.Content;
        var shapes = gazetteer.Shapes.Select(s => Project(s, proj))
            .Where(s => s.Rings.Any(r => Bounds(r).Intersects(content))).ToList();

        var km = ScaleBars.RoundKm(proj.UnitsPerKm, content.Width * 0.35);
        var (scaleWidth, _) = ScaleBars.Size(km * proj.UnitsPerKm, km);
        var scale = ScaleBars.Build(
            new MapPoint(content.Right - 10 - scaleWidth + MapLabel.EstimateWidth("0", ScaleBars.LabelSize) / 2, content.Bottom - 10),
            proj.UnitsPerKm, km);
        var scaleBox = scale.Bounds.Inflate(3);

        var members = markers.Where(plan.Holds).Select(m => (m, proj.Project(m.Latitude, m.Longitude)));
        var placed = MarkerPlacer.Place(members, radius, content.Inflate(-2), [scaleBox]);

        var space = new Occupancy(content.Inflate(-3));
        foreach (var m in placed) space.Add(m.Center, m.Radius + 1);
        space.Add(scaleBox);
        var points = MapPlaces.BaghdadReferencePoints(gazetteer)
            .Select(r => (r.Label, Dot: proj.Project(r.Place.Latitude, r.Place.Longitude)))
            .Where(r => content.Inflate(-6).Contains(r.Dot))
            .ToList();
        foreach (var (_, dot) in points) space.Add(dot, LandmarkDot + 1);
        var cities = new List<MapCity>();
        foreach (var (label, dot) in points)
            if (space.PlaceFirst(AroundDot(label, dot, LandmarkDot, LandmarkFont, bold: false, placed)) is { } placedLabel)
                cities.Add(new MapCity(label, dot, placedLabel, IsCapital: false));

        var heading = MapLabel.At("Baghdad area", new MapPoint(plan.Panel.X + 8, plan.Panel.Y + 15.5), 12, TextAnchor.Start, bold: true);
        return new MapInset(plan.Source, plan.Panel, content, heading, proj, shapes, cities, placed, scale);
    }

    // ------------------------------------------------------------------ key: legend and scale bar

    private (MapRect Box, MapLegend? Legend, MapScaleBar Scale) PlaceKey(
        IReadOnlyList<MapMarker> markers, List<PlacedMarker> placed, MapProjection projection, MapRect frame, MapRect? insetPanel)
    {
        var styles = markers.Select(m => LegendPalette.For(m.Legend)).Distinct()
            .OrderBy(s => LegendPalette.OrderOf(s.Category)).ToList();
        var km = ScaleBars.RoundKm(projection.UnitsPerKm, 160);
        var barLength = km * projection.UnitsPerKm;
        var (scaleWidth, scaleHeight) = ScaleBars.Size(barLength, km);
        var headingHeight = styles.Count == 0 ? 0 : KeyHeadingFont + 8;
        var rowsWidth = styles.Count == 0 ? 0
            : 2 * SwatchRadius + 8 + styles.Max(s => MapLabel.EstimateWidth(s.Category, KeyFont));
        var width = Math.Max(rowsWidth, scaleWidth) + 2 * KeyPadding;
        var height = KeyPadding + headingHeight + styles.Count * KeyRow + (styles.Count == 0 ? 0 : 6) + scaleHeight + KeyPadding;

        var box = ChooseCorner(width, height, frame, Corner.TopRight, rect =>
            (insetPanel is { } p && rect.Inflate(6).Intersects(p) ? 1e6 : 0)
            + 1000 * placed.Count(m => rect.Intersects(m.Center, m.Radius + 3))
            + 100 * IraqShare(rect, projection));

        MapLegend? legend = null;
        var y = box.Y + KeyPadding;
        if (styles.Count > 0)
        {
            var heading = MapLabel.At("Legend", new MapPoint(box.X + KeyPadding, y + KeyHeadingFont * 0.8), KeyHeadingFont, TextAnchor.Start, bold: true);
            y += headingHeight;
            var entries = new List<MapLegendEntry>(styles.Count);
            foreach (var style in styles)
            {
                var swatch = new MapPoint(box.X + KeyPadding + SwatchRadius, y + KeyRow / 2);
                var label = MapLabel.At(style.Category, new MapPoint(swatch.X + SwatchRadius + 8, swatch.Y + KeyFont * 0.36), KeyFont, TextAnchor.Start);
                entries.Add(new MapLegendEntry(style, swatch, SwatchRadius, label));
                y += KeyRow;
            }
            y += 6;
            legend = new MapLegend(box, heading, entries);
        }
        var zeroHalf = MapLabel.EstimateWidth("0", ScaleBars.LabelSize) / 2;
        var scale = ScaleBars.Build(new MapPoint(box.X + KeyPadding + zeroHalf, y + scaleHeight - 5), projection.UnitsPerKm, km);
        return (box, legend, scale);
    }

    // ------------------------------------------------------------------ labels

    private List<MapCity> PlaceCities(
        MapProjection projection, Occupancy space, IReadOnlyList<PlacedMarker> markers, MapRect? insetSource, IReadOnlyList<MapRect> panels)
    {
        // A dot under a marker stays (its label tells the reader where the marker is); one under a panel goes.
        var chosen = MapPlaces.MajorCities(gazetteer, options.MaxCities, MinCitySpacingKm)
            .Select(p => (Place: p, Capital: p.Id == MapPlaces.Baghdad(gazetteer)?.Id, Dot: projection.Project(p.Latitude, p.Longitude)))
            .Where(c => space.Bounds.Contains(c.Dot) && !panels.Any(p => p != insetSource && p.Inflate(CityDot).Contains(c.Dot)))
            .ToList();
        // Every dot is reserved before any label, so no label covers another city's dot.
        foreach (var c in chosen) space.Add(c.Dot, (c.Capital ? CapitalDot : CityDot) + 1);
        var cities = new List<MapCity>();
        foreach (var (place, capital, dot) in chosen)
        {
            var name = MapPlaces.DisplayName(place);
            var font = capital ? CapitalFont : CityFont;
            var candidates = insetSource is { } src && src.Contains(dot)
                ? OutsideRect(name, dot, src, font, capital)
                : AroundDot(name, dot, capital ? CapitalDot : CityDot, font, capital, markers);
            if (space.PlaceFirst(candidates) is { } label) cities.Add(new MapCity(name, dot, label, capital));
        }
        return cities;
    }

    private List<MapLabel> PlaceCountryLabels(MapProjection projection, Occupancy space)
    {
        var labels = new List<MapLabel>();
        foreach (var (name, lat, lon) in Neighbours)
        {
            var at = projection.Project(lat, lon);
            var candidates = Nudges().Select(d => MapLabel.At(name, new MapPoint(at.X + d.X, at.Y + d.Y), CountryFont, TextAnchor.Middle))
                .Where(l => !Corners(l.Bounds).Any(c => InIraq(c, projection)));
            if (space.PlaceFirst(candidates, padding: 3) is { } label) labels.Add(label);
        }
        return labels;
    }

    private static List<MapLabel> PlaceGovernorateLabels(List<MapShape> shapes, Occupancy space)
    {
        var labels = new List<MapLabel>();
        foreach (var shape in shapes)
        {
            var text = shape.Name.ToUpperInvariant();
            var candidates = PolygonCenter.Candidates(shape).Take(60)
                .Select(c => MapLabel.At(text, new MapPoint(c.Point.X, c.Point.Y + GovernorateFont * 0.35), GovernorateFont, TextAnchor.Middle))
                .Where(l => Corners(l.Bounds).All(p => PolygonCenter.Contains(shape, p)));
            if (space.PlaceFirst(candidates, padding: 2) is { } label) labels.Add(label);
        }
        return labels;
    }

    /// <summary>
    /// Label positions around a dot: right, left, above, below, then the diagonals; then the same further out, for
    /// a city with a marker on it (the label then sits beside the marker, which is what the reader looks at).
    /// </summary>
    internal static IEnumerable<MapLabel> AroundDot(
        string text, MapPoint dot, double dotRadius, double font, bool bold, IReadOnlyList<PlacedMarker> markers)
    {
        var mid = font * 0.36; // baseline offset that centres a line of text on the dot
        // Far positions only beside a marker: elsewhere a label that far from its dot reads as belonging to nothing.
        var covered = markers.Any(m => m.Center.DistanceTo(dot) < m.Radius + 6);
        foreach (var d in covered ? new[] { dotRadius + 3.5, 15, 21 } : [dotRadius + 3.5])
        {
            yield return MapLabel.At(text, new MapPoint(dot.X + d, dot.Y + mid), font, TextAnchor.Start, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X - d, dot.Y + mid), font, TextAnchor.End, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X, dot.Y - d - font * 0.24), font, TextAnchor.Middle, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X, dot.Y + d + font * 0.76), font, TextAnchor.Middle, bold);
            var k = d * 0.75;
            yield return MapLabel.At(text, new MapPoint(dot.X + k, dot.Y - k), font, TextAnchor.Start, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X + k, dot.Y + k + font * 0.76), font, TextAnchor.Start, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X - k, dot.Y - k), font, TextAnchor.End, bold);
            yield return MapLabel.At(text, new MapPoint(dot.X - k, dot.Y + k + font * 0.76), font, TextAnchor.End, bold);
        }
    }

    // A dot inside the inset's outline gets its label just outside the outline, level with the dot where possible.
    private static IEnumerable<MapLabel> OutsideRect(string text, MapPoint dot, MapRect rect, double font, bool bold)
    {
        var mid = font * 0.36;
        yield return MapLabel.At(text, new MapPoint(rect.Right + 4, dot.Y + mid), font, TextAnchor.Start, bold);
        yield return MapLabel.At(text, new MapPoint(rect.X - 4, dot.Y + mid), font, TextAnchor.End, bold);
        yield return MapLabel.At(text, new MapPoint(dot.X, rect.Y - 4 - font * 0.24), font, TextAnchor.Middle, bold);
        yield return MapLabel.At(text, new MapPoint(dot.X, rect.Bottom + 4 + font * 0.76), font, TextAnchor.Middle, bold);
    }

    private static IEnumerable<MapPoint> Nudges()
    {
        yield return new MapPoint(0, 0);
        foreach (var step in new[] { 15.0, 30, 45 })
        foreach (var (dx, dy) in new[] { (0.0, 1.0), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1) })
            yield return new MapPoint(dx * step, dy * step);
    }

    private static MapPoint[] Corners(MapRect r) =>
        [new(r.X, r.Y), new(r.Right, r.Y), new(r.X, r.Bottom), new(r.Right, r.Bottom), r.Center];

    // ------------------------------------------------------------------ panels

    private enum Corner { TopLeft, TopRight, BottomLeft, BottomRight }

    /// <summary>The corner of the frame with the lowest penalty; the preferred corner wins near-ties.</summary>
    private static MapRect ChooseCorner(double width, double height, MapRect frame, Corner preferred, Func<MapRect, double> penalty)
    {
        var order = new[] { preferred }.Concat(Enum.GetValues<Corner>().Where(c => c != preferred));
        MapRect best = default;
        var bestScore = double.MaxValue;
        var rank = 0;
        foreach (var corner in order)
        {
            var x = corner is Corner.TopLeft or Corner.BottomLeft ? frame.X + Margin : frame.Right - Margin - width;
            var y = corner is Corner.TopLeft or Corner.TopRight ? frame.Y + Margin : frame.Bottom - Margin - height;
            var rect = new MapRect(x, y, width, height);
            var score = penalty(rect) + 3 * rank++;
            if (score < bestScore) (best, bestScore) = (rect, score);
        }
        return best;
    }

    /// <summary>Share of a rectangle (0–1, sampled) that is Iraqi territory a panel would hide.</summary>
    private double IraqShare(MapRect rect, MapProjection projection)
    {
        const int n = 10;
        var hits = 0;
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            if (InIraq(new MapPoint(rect.X + rect.Width * (i + 0.5) / n, rect.Y + rect.Height * (j + 0.5) / n), projection)) hits++;
        return hits / (double)(n * n);
    }

    private bool InIraq(MapPoint p, MapProjection projection)
    {
        var (lat, lon) = projection.Unproject(p);
        return gazetteer.GovernorateAt(lat, lon) is not null;
    }

    private static MapRect Bounds(IReadOnlyList<MapPoint> ring)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var p in ring)
        {
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        return new MapRect(minX, minY, maxX - minX, maxY - minY);
    }
}
