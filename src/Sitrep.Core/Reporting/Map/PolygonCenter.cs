namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Where a polygon's name goes: points inside it ranked by distance from its edge, deepest first (a coarse grid
/// search for the "pole of inaccessibility"; a centroid can fall outside a crescent-shaped governorate).
/// </summary>
internal static class PolygonCenter
{
    public static IEnumerable<(MapPoint Point, double Depth)> Candidates(MapShape shape, int grid = 24)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var ring in shape.Rings)
        foreach (var p in ring)
        {
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        var found = new List<(MapPoint, double)>();
        for (var i = 0; i < grid; i++)
        for (var j = 0; j < grid; j++)
        {
            var p = new MapPoint(minX + (maxX - minX) * (i + 0.5) / grid, minY + (maxY - minY) * (j + 0.5) / grid);
            if (Contains(shape, p)) found.Add((p, EdgeDistance(shape, p)));
        }
        return found.OrderByDescending(f => f.Item2);
    }

    public static bool Contains(MapShape shape, MapPoint p)
    {
        var inside = false;
        foreach (var ring in shape.Rings)
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var a = ring[i];
            var b = ring[j];
            if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X) inside = !inside;
        }
        return inside;
    }

    private static double EdgeDistance(MapShape shape, MapPoint p)
    {
        var best = double.MaxValue;
        foreach (var ring in shape.Rings)
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            best = Math.Min(best, SegmentDistance(p, ring[j], ring[i]));
        return best;
    }

    private static double SegmentDistance(MapPoint p, MapPoint a, MapPoint b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len2 = dx * dx + dy * dy;
        var t = len2 == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / len2, 0, 1);
        return p.DistanceTo(new MapPoint(a.X + t * dx, a.Y + t * dy));
    }
}
