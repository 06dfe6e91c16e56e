using Sitrep.Core.Knowledge;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Core.Tests.Reporting;

public class MapLayoutTests
{
    private const double BaghdadLat = 33.3406, BaghdadLon = 44.4009;
    private const double BasraLat = 30.5085, BasraLon = 47.7804;
    private const double MosulLat = 36.3350, MosulLon = 43.1189;

    private static MapMarker M(int n, double lat, double lon, string legend = "ISIS") => new(n, lat, lon, legend, $"Event {n}");

    // 25 markers: 12 on top of each other in central Baghdad, 3 more in the city, 5 at Mosul, 5 at Basra.
    private static List<MapMarker> Crowd()
    {
        var list = new List<MapMarker>();
        for (var i = 0; i < 12; i++) list.Add(M(list.Count + 1, BaghdadLat, BaghdadLon, "Iranian Proxy Militias"));
        list.Add(M(list.Count + 1, 33.39, 44.46)); list.Add(M(list.Count + 1, 33.25, 44.39)); list.Add(M(list.Count + 1, 33.2625, 44.2346));
        for (var i = 0; i < 5; i++) list.Add(M(list.Count + 1, MosulLat, MosulLon + i * 0.01));
        for (var i = 0; i < 5; i++) list.Add(M(list.Count + 1, BasraLat, BasraLon, "Demonstration"));
        return list;
    }

    [Fact]
    public void Basra_is_drawn_south_east_of_Mosul_at_the_true_distance()
    {
        var layout = MapLayout.Compute([M(1, BasraLat, BasraLon), M(2, MosulLat, MosulLon)]);
        var basra = layout.Markers.Single(m => m.Marker.Number == 1).Center;
        var mosul = layout.Markers.Single(m => m.Marker.Number == 2).Center;
        Assert.True(basra.X > mosul.X + 200, $"Basra x {basra.X} is not well east of Mosul x {mosul.X}");
        Assert.True(basra.Y > mosul.Y + 300, $"Basra y {basra.Y} is not well south of Mosul y {mosul.Y}");
        Assert.All(layout.Markers, m => Assert.True(layout.Frame.Contains(m.Center)));

        var km = basra.DistanceTo(mosul) / layout.Projection.UnitsPerKm;
        var trueKm = Gazetteer.DistanceKm(BasraLat, BasraLon, MosulLat, MosulLon);
        Assert.InRange(km / trueKm, 0.95, 1.05);
    }

    [Fact]
    public void Crowded_markers_never_overlap()
    {
        var layout = MapLayout.Compute(Crowd());
        Assert.Equal(25, layout.AllMarkers.Count());
        AssertApart(layout.Markers);
        Assert.NotNull(layout.Inset);
        AssertApart(layout.Inset!.Markers);
        Assert.All(layout.Inset.Markers, m => Assert.True(Inside(layout.Inset.Content, m), $"marker {m.Marker.Number} leaves the inset"));
        Assert.All(layout.Markers, m => Assert.False(layout.Inset.Panel.Intersects(m.Center, m.Radius), $"marker {m.Marker.Number} is under the inset"));
        // Markers that had to move are the ones that get a leader line; the first at each place stays put.
        Assert.Contains(layout.Markers, m => m.IsDisplaced);
        Assert.Contains(layout.Markers, m => !m.IsDisplaced && m.Marker.Number == 16);
    }

    [Fact]
    public void Without_an_inset_crowded_markers_still_never_overlap()
    {
        var layout = MapLayout.Compute(Crowd(), options: new MapLayoutOptions { InsetMinMarkers = int.MaxValue });
        Assert.Null(layout.Inset);
        Assert.Equal(25, layout.Markers.Count);
        AssertApart(layout.Markers);
        Assert.All(layout.Markers, m => Assert.True(Inside(layout.Frame, m)));
    }

    [Fact]
    public void Inset_appears_when_Baghdad_crowds_and_holds_its_markers_only()
    {
        var markers = new List<MapMarker> { M(1, 33.31, 44.38), M(2, 33.39, 44.46), M(3, BasraLat, BasraLon), M(4, MosulLat, MosulLon) };
        var layout = MapLayout.Compute(markers);
        var inset = Assert.IsType<MapInset>(layout.Inset);
        Assert.Equal([1, 2], inset.Markers.Select(m => m.Marker.Number).Order());
        Assert.Equal([3, 4], layout.Markers.Select(m => m.Marker.Number).Order());
        // The outline on the main map is around Baghdad, the panel does not cover it or any main-map marker.
        Assert.True(inset.Source.Contains(layout.Projection.Project(BaghdadLat, BaghdadLon)));
        Assert.False(inset.Panel.Intersects(inset.Source));
        Assert.DoesNotContain(layout.Markers, m => inset.Panel.Intersects(m.Center, m.Radius) || inset.Source.Intersects(m.Center, m.Radius));
        // Enlarged: the inset shows Baghdad at several times the main map's scale.
        Assert.True(inset.Projection.UnitsPerKm > 2.5 * layout.Projection.UnitsPerKm);
    }

    [Fact]
    public void No_inset_for_a_single_Baghdad_event_or_none()
    {
        Assert.Null(MapLayout.Compute([M(1, 33.31, 44.38), M(2, BasraLat, BasraLon), M(3, 33.0, 44.9)]).Inset); // Salman Pak side, >40 km
        Assert.Null(MapLayout.Compute([M(1, BasraLat, BasraLon), M(2, MosulLat, MosulLon)]).Inset);
        Assert.Null(MapLayout.Compute([]).Inset);
    }

    [Fact]
    public void Legend_lists_only_the_categories_present_in_palette_order()
    {
        var layout = MapLayout.Compute([
            M(1, BasraLat, BasraLon, "Demonstration"), M(2, MosulLat, MosulLon, "Iraqi Security Forces"),
            M(3, 35.47, 44.39, "Demonstration"), M(4, 36.18, 44.01, "Something new"),
        ]);
        var legend = Assert.IsType<MapLegend>(layout.Legend);
        Assert.Equal(["Iraqi Security Forces", "Demonstration", "Other"], legend.Entries.Select(e => e.Style.Category));
        Assert.Equal(LegendPalette.For("Other").Fill, layout.Markers.Single(m => m.Marker.Number == 4).Style.Fill);
        Assert.True(layout.KeyBox.Contains(legend.Entries[^1].Label.Bounds));
        Assert.Null(MapLayout.Compute([]).Legend);
    }

    [Fact]
    public void Scale_bar_is_as_long_as_the_distance_it_names()
    {
        var layout = MapLayout.Compute(Crowd());
        foreach (var (scale, projection) in new[] { (layout.Scale, layout.Projection), (layout.Inset!.Scale, layout.Inset.Projection) })
        {
            Assert.True(scale.Km > 0);
            Assert.Contains(scale.Labels, l => l.Text == $"{scale.Km:0.##} km");
            // Measure the bar on the ground: both ends taken back to latitude/longitude on the reference parallel.
            var y = projection.Project(projection.ReferenceLatitude, projection.OriginLongitude).Y;
            var (lat1, lon1) = projection.Unproject(new MapPoint(scale.Start.X, y));
            var (lat2, lon2) = projection.Unproject(new MapPoint(scale.Start.X + scale.Length, y));
            Assert.InRange(Gazetteer.DistanceKm(lat1, lon1, lat2, lon2) / scale.Km, 0.95, 1.05);
        }
        // And against real places: Baghdad to Basra measured with the bar's own units per km.
        var a = layout.Projection.Project(BaghdadLat, BaghdadLon);
        var b = layout.Projection.Project(BasraLat, BasraLon);
        var measured = a.DistanceTo(b) / (layout.Scale.Length / layout.Scale.Km);
        Assert.InRange(measured / Gazetteer.DistanceKm(BaghdadLat, BaghdadLon, BasraLat, BasraLon), 0.95, 1.05);
    }

    [Fact]
    public void Labels_overlap_neither_each_other_nor_markers()
    {
        var layout = MapLayout.Compute(Crowd().Concat([M(26, 35.47, 44.39), M(27, 36.18, 44.01), M(28, 31.06, 46.26)]).ToList());
        var labels = layout.Cities.Select(c => c.Label).Concat(layout.GovernorateLabels).Concat(layout.CountryLabels).ToList();
        Assert.True(layout.Cities.Count >= 10, $"only {layout.Cities.Count} cities labelled");
        Assert.Contains(layout.Cities, c => c.Name == "Baghdad");
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(labels[i].Bounds.Intersects(labels[j].Bounds), $"'{labels[i].Text}' overlaps '{labels[j].Text}'");
            foreach (var m in layout.Markers)
                Assert.False(labels[i].Bounds.Intersects(m.Center, m.Radius), $"'{labels[i].Text}' covers marker {m.Marker.Number}");
            Assert.False(labels[i].Bounds.Intersects(layout.KeyBox), $"'{labels[i].Text}' is under the key");
        }
        var insetLabels = layout.Inset!.Cities.Select(c => c.Label).ToList();
        foreach (var l in insetLabels)
        foreach (var m in layout.Inset.Markers)
            Assert.False(l.Bounds.Intersects(m.Center, m.Radius), $"inset '{l.Text}' covers marker {m.Marker.Number}");
    }

    [Fact]
    public void Major_cities_use_map_names()
    {
        var names = MapLayout.Compute([]).Cities.Select(c => c.Name).ToList();
        Assert.Contains("Basra", names);
        Assert.Contains("Mosul", names);
        Assert.Contains("Sulaymaniyah", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Al ", StringComparison.Ordinal) || n.Contains('\''));
        Assert.DoesNotContain("Abu Ghurayb", names); // beside Baghdad: too close to be worth a label at this scale
    }

    private static bool Inside(MapRect r, PlacedMarker m) =>
        m.Center.X - m.Radius >= r.X && m.Center.X + m.Radius <= r.Right && m.Center.Y - m.Radius >= r.Y && m.Center.Y + m.Radius <= r.Bottom;

    private static void AssertApart(IReadOnlyList<PlacedMarker> markers)
    {
        for (var i = 0; i < markers.Count; i++)
        for (var j = i + 1; j < markers.Count; j++)
        {
            var d = markers[i].Center.DistanceTo(markers[j].Center);
            Assert.True(d >= markers[i].Radius + markers[j].Radius,
                $"markers {markers[i].Marker.Number} and {markers[j].Marker.Number} overlap ({d:0.0} apart)");
        }
    }
}
