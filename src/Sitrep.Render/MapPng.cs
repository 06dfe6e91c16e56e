using SkiaSharp;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Render;

/// <summary>
/// Draws a <see cref="MapLayout"/> as a PNG with SkiaSharp, element for element as <see cref="SvgMap"/> does, for
/// reports that need a picture (print, e-mail, slides). Text is drawn as plain text, so nothing is escaped.
/// </summary>
public static class MapPng
{
    public static byte[] Render(MapLayout layout, int widthPx = 1600)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPx, 16);
        var scale = (float)(widthPx / layout.Width);
        var heightPx = (int)Math.Round(layout.Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(widthPx, heightPx, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot create a {widthPx}x{heightPx} drawing surface");
        using (var painter = new MapPainter(surface.Canvas))
        {
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.Scale(scale);
            painter.Draw(layout);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
