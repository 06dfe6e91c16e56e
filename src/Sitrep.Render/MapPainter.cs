using SkiaSharp;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Render;

/// <summary>Paints the layout's elements on a canvas already scaled to layout units; owns its typefaces.</summary>
internal sealed class MapPainter(SKCanvas canvas) : IDisposable
{
    private readonly SKTypeface _regular = SKTypeface.FromFamilyName(PngText.FontFamily, SKFontStyle.Normal);
    private readonly SKTypeface _bold = SKTypeface.FromFamilyName(PngText.FontFamily, SKFontStyle.Bold);

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }

    public void Draw(MapLayout m)
    {
        if (m.Title is { } title) Text(title, "#111111");
        canvas.Save();
        canvas.ClipRect(Rect(m.Frame));
        Fill(m.Frame, MapTheme.Neighbours);
        Land(m.Governorates);
        canvas.Restore();

        foreach (var l in m.CountryLabels) Text(l, MapTheme.CountryText);
        foreach (var l in m.GovernorateLabels) Text(l, MapTheme.GovernorateText);
        if (m.Inset is { } src) Stroke(src.Source, MapTheme.InsetSourceLine, 1.4f);
        Cities(m.Cities);
        Markers(m.Markers);
        if (m.Inset is { } inset) Inset(inset);
        Key(m);
        Stroke(m.Frame, MapTheme.PanelLine, 1);
    }

    private void Land(IReadOnlyList<MapShape> shapes)
    {
        // Same trick as the SVG: a thick border under the fills leaves only its outer half showing.
        using var all = new SKPath();
        foreach (var s in shapes) AddShape(all, s);
        using (var border = StrokePaint(MapTheme.Border, (float)MapTheme.BorderWidth)) canvas.DrawPath(all, border);
        using var fill = FillPaint(MapTheme.Land);
        using var line = StrokePaint(MapTheme.GovernorateLine, (float)MapTheme.GovernorateLineWidth);
        foreach (var s in shapes)
        {
            using var path = new SKPath();
            AddShape(path, s);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, line);
        }
    }

    private static void AddShape(SKPath path, MapShape s)
    {
        foreach (var ring in s.Rings)
        {
            path.MoveTo(P(ring[0]));
            for (var i = 1; i < ring.Count; i++) path.LineTo(P(ring[i]));
            path.Close();
        }
    }

    private void Cities(IReadOnlyList<MapCity> cities)
    {
        using var dot = FillPaint(MapTheme.CityDot);
        foreach (var c in cities)
        {
            if (c.IsCapital)
            {
                using var white = FillPaint("#FFFFFF");
                using var ring = StrokePaint(MapTheme.CityDot, 1.4f);
                canvas.DrawCircle(P(c.Dot), 4.5f, white);
                canvas.DrawCircle(P(c.Dot), 4.5f, ring);
                canvas.DrawCircle(P(c.Dot), 2f, dot);
            }
            else
            {
                canvas.DrawCircle(P(c.Dot), c.Label.FontSize < 11 ? 2.5f : 3f, dot);
            }
            Text(c.Label, MapTheme.CityText, halo: true);
        }
    }

    private void Markers(IReadOnlyList<PlacedMarker> markers)
    {
        using var leader = StrokePaint(MapTheme.Leader, 0.9f);
        using var anchorLine = StrokePaint(MapTheme.Leader, 0.6f);
        foreach (var p in markers.Where(p => p.IsDisplaced))
        {
            var d = p.Anchor.DistanceTo(p.Center);
            var k = (d - p.Radius) / d;
            var edge = new MapPoint(p.Anchor.X + (p.Center.X - p.Anchor.X) * k, p.Anchor.Y + (p.Center.Y - p.Anchor.Y) * k);
            canvas.DrawLine(P(p.Anchor), P(edge), leader);
            using var anchorFill = FillPaint(p.Style.Fill);
            canvas.DrawCircle(P(p.Anchor), 2f, anchorFill);
            canvas.DrawCircle(P(p.Anchor), 2f, anchorLine);
        }
        using var outline = StrokePaint(MapTheme.MarkerOutline, (float)MapTheme.MarkerOutlineWidth);
        using var font = new SKFont(_bold, (float)MapTheme.MarkerFont);
        foreach (var p in markers)
        {
            using var fill = FillPaint(p.Style.Fill);
            canvas.DrawCircle(P(p.Center), (float)p.Radius, fill);
            canvas.DrawCircle(P(p.Center), (float)p.Radius, outline);
            using var ink = FillPaint(p.Style.Text);
            canvas.DrawText(p.Marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (float)p.Center.X, (float)(p.Center.Y + MapTheme.MarkerFont * 0.36), SKTextAlign.Center, font, ink);
        }
    }

    private void Inset(MapInset inset)
    {
        Fill(inset.Panel, MapTheme.PanelFill);
        canvas.Save();
        canvas.ClipRect(Rect(inset.Content));
        Fill(inset.Content, MapTheme.Neighbours);
        Land(inset.Governorates);
        canvas.Restore();
        Text(inset.Heading, "#111111");
        Cities(inset.Cities);
        Markers(inset.Markers);
        Scale(inset.Scale);
        Stroke(inset.Content, MapTheme.PanelLine, 0.8f);
        Stroke(inset.Panel, MapTheme.PanelLine, 1.4f);
    }

    private void Key(MapLayout m)
    {
        Fill(m.KeyBox, MapTheme.PanelFill);
        Stroke(m.KeyBox, MapTheme.PanelLine, 1);
        if (m.Legend is { } legend)
        {
            Text(legend.Heading, "#111111");
            using var rim = StrokePaint("#FFFFFF", 1);
            foreach (var e in legend.Entries)
            {
                using var fill = FillPaint(e.Style.Fill);
                canvas.DrawCircle(P(e.Swatch), (float)e.SwatchRadius, fill);
                canvas.DrawCircle(P(e.Swatch), (float)e.SwatchRadius, rim);
                Text(e.Label, "#111111");
            }
        }
        Scale(m.Scale);
    }

    private void Scale(MapScaleBar s)
    {
        var part = s.Length / s.Segments;
        for (var i = 0; i < s.Segments; i++)
            Fill(new MapRect(s.Start.X + i * part, s.Start.Y, part, MapTheme.ScaleBarHeight), i % 2 == 0 ? MapTheme.ScaleDark : MapTheme.ScaleLight);
        Stroke(new MapRect(s.Start.X, s.Start.Y, s.Length, MapTheme.ScaleBarHeight), MapTheme.ScaleDark, 0.8f);
        foreach (var l in s.Labels) Text(l, "#111111");
    }

    private void Text(MapLabel l, string color, bool halo = false)
    {
        using var font = new SKFont(l.Bold ? _bold : _regular, (float)l.FontSize);
        var align = l.Anchor switch { TextAnchor.Start => SKTextAlign.Left, TextAnchor.Middle => SKTextAlign.Center, _ => SKTextAlign.Right };
        var (x, y) = ((float)l.Position.X, (float)l.Position.Y);
        if (halo)
        {
            using var back = StrokePaint("#FFFFFF", 3);
            back.StrokeJoin = SKStrokeJoin.Round;
            canvas.DrawText(l.Text, x, y, align, font, back);
        }
        using var ink = FillPaint(color);
        canvas.DrawText(l.Text, x, y, align, font, ink);
    }

    private void Fill(MapRect r, string color)
    {
        using var paint = FillPaint(color);
        canvas.DrawRect(Rect(r), paint);
    }

    private void Stroke(MapRect r, string color, float width)
    {
        using var paint = StrokePaint(color, width);
        canvas.DrawRect(Rect(r), paint);
    }

    private static SKPaint FillPaint(string color) =>
        new() { Color = SKColor.Parse(color), Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPaint StrokePaint(string color, float width) => new()
    {
        Color = SKColor.Parse(color), Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true,
        StrokeJoin = SKStrokeJoin.Round,
    };

    private static SKPoint P(MapPoint p) => new((float)p.X, (float)p.Y);

    private static SKRect Rect(MapRect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);
}
