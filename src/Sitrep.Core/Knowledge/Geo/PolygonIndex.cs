namespace Sitrep.Core.Knowledge.Geo;

/// <summary>
/// Point-in-polygon over a small set of named shapes: bounding-box prefilter, then even-odd ray casting over all of a
/// shape's rings (so holes and multi-part shapes need no special case). Shapes are in drawing order and the topmost
/// (last) one holding the point wins, as on a map: an overlay (Halabja over Sulaymaniyah) is listed after what it covers.
/// </summary>
internal sealed class PolygonIndex
{
    private readonly Entry[] _entries;

    public PolygonIndex(IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings)> shapes)
    {
        _entries = shapes.Select(s =>
        {
            var rings = s.Rings.Select(r => r.ToArray()).Where(r => r.Length >= 3).ToArray();
            double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
            foreach (var ring in rings)
            foreach (var (lon, lat) in ring)
            {
                minLon = Math.Min(minLon, lon); maxLon = Math.Max(maxLon, lon);
                minLat = Math.Min(minLat, lat); maxLat = Math.Max(maxLat, lat);
            }
            return new Entry(s.Name, rings, minLon, minLat, maxLon, maxLat);
        }).ToArray();
    }

    /// <summary>Name of the topmost shape containing the point, or null.</summary>
    public string? Find(double latitude, double longitude)
    {
        for (var k = _entries.Length - 1; k >= 0; k--)
        {
            var e = _entries[k];
            if (longitude < e.MinLon || longitude > e.MaxLon || latitude < e.MinLat || latitude > e.MaxLat) continue;
            var inside = false;
            foreach (var ring in e.Rings)
                if (InRing(ring, longitude, latitude)) inside = !inside;
            if (inside) return e.Name;
        }
        return null;
    }

    private static bool InRing((double Lon, double Lat)[] ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }

    private sealed record Entry(string Name, (double Lon, double Lat)[][] Rings, double MinLon, double MinLat, double MaxLon, double MaxLat);
}
