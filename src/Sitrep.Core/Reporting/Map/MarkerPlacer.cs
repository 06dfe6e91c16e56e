namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Puts marker circles where none overlaps another or an obstacle: in number order each marker takes its true place
/// if free, else the nearest free spot on a spiral around it, starting on the side away from its crowd so clusters
/// open outwards. Greedy and deterministic; it always succeeds while the bounds have room.
/// </summary>
internal static class MarkerPlacer
{
    public const double Gap = 2;

    public static List<PlacedMarker> Place(
        IEnumerable<(MapMarker Marker, MapPoint Anchor)> items, double radius, MapRect bounds, IReadOnlyList<MapRect> obstacles)
    {
        var list = items.OrderBy(i => i.Marker.Number).ToList();
        var placed = new List<PlacedMarker>(list.Count);
        var inner = bounds.Inflate(-radius - 1);
        foreach (var (marker, anchor) in list)
        {
            var start = Clamp(anchor, inner);
            var away = AwayAngle(anchor, list.Select(i => i.Anchor), radius * 4);
            var center = Spiral(start, away, radius).FirstOrDefault(p => inner.Contains(p) && Fits(p, radius, placed, obstacles), start);
            placed.Add(new PlacedMarker(marker, LegendPalette.For(marker.Legend), anchor, center, radius));
        }
        return placed;
    }

    private static MapPoint Clamp(MapPoint p, MapRect r) => new(Math.Clamp(p.X, r.X, r.Right), Math.Clamp(p.Y, r.Y, r.Bottom));

    private static bool Fits(MapPoint p, double radius, List<PlacedMarker> placed, IReadOnlyList<MapRect> obstacles)
    {
        var min = 2 * radius + Gap;
        foreach (var m in placed)
            if (m.Center.DistanceTo(p) < min) return false;
        foreach (var o in obstacles)
            if (o.Inflate(Gap).Intersects(p, radius)) return false;
        return true;
    }

    // Direction from the centre of the nearby anchors to this one; straight up when it sits on the centre.
    private static double AwayAngle(MapPoint anchor, IEnumerable<MapPoint> anchors, double reach)
    {
        double sx = 0, sy = 0;
        var n = 0;
        foreach (var a in anchors)
        {
            if (a.DistanceTo(anchor) > reach) continue;
            sx += a.X; sy += a.Y; n++;
        }
        var dx = anchor.X - sx / n;
        var dy = anchor.Y - sy / n;
        return Math.Abs(dx) + Math.Abs(dy) < 0.5 ? -Math.PI / 2 : Math.Atan2(dy, dx);
    }

    // The start, then rings of growing radius, each walked from the preferred direction alternately both ways.
    private static IEnumerable<MapPoint> Spiral(MapPoint start, double angle, double radius)
    {
        yield return start;
        var step = radius * 0.5;
        for (var ring = 1; ring <= 400; ring++)
        {
            var rho = ring * step;
            var count = Math.Max(6, (int)Math.Ceiling(2 * Math.PI * rho / (radius * 0.5)));
            for (var k = 0; k <= count / 2; k++)
            {
                var delta = 2 * Math.PI * k / count;
                yield return new MapPoint(start.X + rho * Math.Cos(angle + delta), start.Y + rho * Math.Sin(angle + delta));
                if (k > 0 && 2 * k != count)
                    yield return new MapPoint(start.X + rho * Math.Cos(angle - delta), start.Y + rho * Math.Sin(angle - delta));
            }
        }
    }
}
