namespace Sitrep.Render;

/// <summary>The sans-serif family every raster output uses (ScottPlot's default came out serif on Debian).</summary>
public static class PngText
{
    public const string FontFamily = "DejaVu Sans";
}
