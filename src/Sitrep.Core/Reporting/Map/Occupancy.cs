namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// What is already drawn where (rectangles and circles), so later items can find a free spot: markers first, then
/// panels, city labels, and last the background labels that are dropped when nothing is free.
/// </summary>
internal sealed class Occupancy(MapRect bounds)
{
    private readonly List<MapRect> _rects = [];
    private readonly List<(MapPoint Center, double Radius)> _circles = [];

    public MapRect Bounds { get; } = bounds;

    public void Add(MapRect r) => _rects.Add(r);

    public void Add(MapPoint center, double radius) => _circles.Add((center, radius));

    public bool IsFree(MapRect r, double padding = 0)
    {
        if (!Bounds.Contains(r)) return false;
        var padded = r.Inflate(padding);
        foreach (var o in _rects)
            if (o.Intersects(padded)) return false;
        foreach (var (c, radius) in _circles)
            if (padded.Intersects(c, radius)) return false;
        return true;
    }

    /// <summary>The first label of the candidates that fits, reserving its box; null when none does.</summary>
    public MapLabel? PlaceFirst(IEnumerable<MapLabel> candidates, double padding = 1.5)
    {
        foreach (var c in candidates)
        {
            if (!IsFree(c.Bounds, padding)) continue;
            Add(c.Bounds);
            return c;
        }
        return null;
    }
}
