namespace Sitrep.Core.Reporting.Map;

/// <summary>A point in map units (x to the right, y downwards, as in SVG).</summary>
public readonly record struct MapPoint(double X, double Y)
{
    public double DistanceTo(MapPoint other) => Math.Sqrt((X - other.X) * (X - other.X) + (Y - other.Y) * (Y - other.Y));
}

/// <summary>An axis-aligned rectangle in map units; used for panels and for the boxes labels must keep apart.</summary>
public readonly record struct MapRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public MapPoint Center => new(X + Width / 2, Y + Height / 2);

    public bool Contains(MapPoint p) => p.X >= X && p.X <= Right && p.Y >= Y && p.Y <= Bottom;

    public bool Contains(MapRect r) => r.X >= X && r.Right <= Right && r.Y >= Y && r.Bottom <= Bottom;

    public bool Intersects(MapRect r) => r.X < Right && r.Right > X && r.Y < Bottom && r.Bottom > Y;

    /// <summary>Whether a circle reaches into the rectangle (nearest point of the rectangle within the radius).</summary>
    public bool Intersects(MapPoint center, double radius)
    {
        var dx = center.X - Math.Clamp(center.X, X, Right);
        var dy = center.Y - Math.Clamp(center.Y, Y, Bottom);
        return dx * dx + dy * dy < radius * radius;
    }

    public MapRect Inflate(double by) => new(X - by, Y - by, Width + 2 * by, Height + 2 * by);
}

/// <summary>How a label's x coordinate relates to its text, as SVG's text-anchor.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// A line of text placed on the map: <see cref="Position"/> is the baseline point, <see cref="Bounds"/> the box the
/// layout reserved for it (estimated from DejaVu Sans advance widths, so writers using that font stay inside it).
/// </summary>
public sealed record MapLabel(string Text, MapPoint Position, double FontSize, TextAnchor Anchor, bool Bold, MapRect Bounds)
{
    // DejaVu Sans averages a little over 0.6 em per character; bold is wider. Erring wide keeps labels apart.
    private const double Advance = 0.62, BoldAdvance = 0.68;

    /// <summary>Estimated width of a text at a font size (no font metrics in Sitrep.Core).</summary>
    public static double EstimateWidth(string text, double fontSize, bool bold = false) =>
        text.Length * fontSize * (bold ? BoldAdvance : Advance);

    /// <summary>A label with its box derived from the baseline point, the anchor and the estimated width.</summary>
    public static MapLabel At(string text, MapPoint baseline, double fontSize, TextAnchor anchor, bool bold = false)
    {
        var w = EstimateWidth(text, fontSize, bold);
        var left = anchor switch
        {
            TextAnchor.Start => baseline.X,
            TextAnchor.Middle => baseline.X - w / 2,
            _ => baseline.X - w,
        };
        // Ascent about 0.76 em above the baseline, descent about 0.24 em below it.
        var bounds = new MapRect(left, baseline.Y - fontSize * 0.76, w, fontSize);
        return new MapLabel(text, baseline, fontSize, anchor, bold, bounds);
    }
}
