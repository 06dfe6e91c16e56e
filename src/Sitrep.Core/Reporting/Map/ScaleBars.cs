namespace Sitrep.Core.Reporting.Map;

/// <summary>Builds scale bars of a round length (1, 2 or 5 times a power of ten kilometres) near a wanted size.</summary>
internal static class ScaleBars
{
    public const double LabelSize = 10;

    /// <summary>The largest round distance whose bar is at most <paramref name="maxLength"/> units long.</summary>
    public static double RoundKm(double unitsPerKm, double maxLength)
    {
        var maxKm = maxLength / unitsPerKm;
        var pow = Math.Pow(10, Math.Floor(Math.Log10(maxKm)));
        foreach (var f in new[] { 5.0, 2.0, 1.0 })
            if (f * pow <= maxKm) return f * pow;
        return pow;
    }

    /// <summary>A bar whose left end is at <paramref name="start"/> (on the bar's baseline), labels above it.</summary>
    public static MapScaleBar Build(MapPoint start, double unitsPerKm, double km)
    {
        var length = km * unitsPerKm;
        var labelY = start.Y - 6;
        var half = km / 2;
        // The unit follows the last number without moving that number off its tick.
        var endX = start.X + length - MapLabel.EstimateWidth(Format(km), LabelSize) / 2;
        var labels = new List<MapLabel>
        {
            MapLabel.At("0", new MapPoint(start.X, labelY), LabelSize, TextAnchor.Middle),
            MapLabel.At(Format(half), new MapPoint(start.X + length / 2, labelY), LabelSize, TextAnchor.Middle),
            MapLabel.At(Format(km) + " km", new MapPoint(endX, labelY), LabelSize, TextAnchor.Start),
        };
        var left = labels[0].Bounds.X;
        var right = labels[2].Bounds.Right;
        var bounds = new MapRect(left, labelY - LabelSize, right - left, start.Y + 5 - (labelY - LabelSize));
        return new MapScaleBar(start, length, km, 4, labels, bounds);
    }

    /// <summary>The size a bar of that length will take, to find it a place before building it.</summary>
    public static (double Width, double Height) Size(double length, double km) =>
        (length + MapLabel.EstimateWidth("0", LabelSize) / 2 + MapLabel.EstimateWidth(Format(km) + " km", LabelSize)
                  - MapLabel.EstimateWidth(Format(km), LabelSize) / 2, LabelSize + 11);

    private static string Format(double km) => km.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
