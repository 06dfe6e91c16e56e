using SkiaSharp;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Render.Tests;

public class MapPngTests
{
    private static readonly MapLayout Layout = MapLayout.Compute(MapSample.Week(), options: new MapLayoutOptions { Title = "Iraq situation report, June 23-30, 2020" });

    [Fact]
    public void Png_decodes_at_the_requested_width()
    {
        var png = MapPng.Render(Layout, 1000);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(1000, bitmap.Width);
        Assert.Equal((int)Math.Round(1000 * Layout.Height / Layout.Width), bitmap.Height);
    }

    [Fact]
    public void Png_shows_the_map_and_the_marker_colours()
    {
        using var bitmap = SKBitmap.Decode(MapPng.Render(Layout, 800));
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 2)
        for (var x = 0; x < bitmap.Width; x += 2)
            colours.Add(bitmap.GetPixel(x, y));
        Assert.True(colours.Count > 50, $"only {colours.Count} distinct colours: the image is nearly blank");
        Assert.Contains(SKColor.Parse(MapTheme.Land), colours);
        Assert.Contains(SKColor.Parse(LegendPalette.For("ISIS").Fill), colours);
        Assert.Contains(SKColor.Parse(LegendPalette.For("Demonstration").Fill), colours);
    }

    [Fact]
    public void Marker_colour_is_at_the_marker_centre_offset_from_its_number()
    {
        // The pixel just inside the circle's left edge is the marker fill: the marker was drawn where the layout put it.
        using var bitmap = SKBitmap.Decode(MapPng.Render(Layout, 800));
        var marker = Layout.Markers.First(m => m.Marker.Number == 8);
        var pixel = bitmap.GetPixel((int)(marker.Center.X - marker.Radius + 3), (int)marker.Center.Y);
        Assert.Equal(SKColor.Parse(marker.Style.Fill), pixel);
    }

    [Fact]
    public void Sample_is_written_when_asked()
    {
        // Set SITREP_MAP_SAMPLE_DIR to look at the sample (map-sample.svg, map-sample.png) by eye.
        var dir = Environment.GetEnvironmentVariable("SITREP_MAP_SAMPLE_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        File.WriteAllText(Path.Combine(dir, "map-sample.svg"), SvgMap.Write(Layout));
        File.WriteAllBytes(Path.Combine(dir, "map-sample.png"), MapPng.Render(Layout));
    }
}
