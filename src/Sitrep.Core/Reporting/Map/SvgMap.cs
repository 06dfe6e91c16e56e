using System.Globalization;
using System.Text;

namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// Writes a <see cref="MapLayout"/> as one self-contained inline <c>&lt;svg&gt;</c> element (no external fonts, images
/// or styles) for the HTML report. Every text is escaped: place names and titles come from documents.
/// </summary>
public static class SvgMap
{
    /// <summary>
    /// The SVG markup. <paramref name="idPrefix"/> names the clip paths; give each map on one page its own prefix.
    /// </summary>
    public static string Write(MapLayout layout, string idPrefix = "sitrep-map")
    {
        ArgumentNullException.ThrowIfNull(layout);
        var w = new Writer(idPrefix);
        w.Build(layout);
        return w.ToString();
    }

    private sealed class Writer(string idPrefix)
    {
        private readonly StringBuilder _sb = new(64 * 1024);
        private string FrameClip => idPrefix + "-frame";
        private string InsetClip => idPrefix + "-inset";

        public override string ToString() => _sb.ToString();

        public void Build(MapLayout m)
        {
            _sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(m.Width)} {N(m.Height)}\" width=\"100%\"")
               .Append($" role=\"img\" font-family=\"{MapTheme.FontFamily}\">\n");
            _sb.Append("<title>").Append(Escape(m.Title?.Text ?? "Map of reported events in Iraq")).Append("</title>\n");
            _sb.Append("<defs>");
            ClipPath(FrameClip, m.Frame);
            if (m.Inset is { } insetDefs) ClipPath(InsetClip, insetDefs.Content);
            _sb.Append("</defs>\n");

            _sb.Append($"<rect class=\"page\" x=\"0\" y=\"0\" width=\"{N(m.Width)}\" height=\"{N(m.Height)}\" fill=\"#FFFFFF\"/>\n");
            if (m.Title is { } title) Text(title, "title", "#111111");
            _sb.Append($"<g clip-path=\"url(#{FrameClip})\">\n");
            Rect(m.Frame, "neighbours", MapTheme.Neighbours, null, 0);
            Land(m.Governorates);
            _sb.Append("</g>\n");

            _sb.Append("<g class=\"country-labels\">");
            foreach (var l in m.CountryLabels) Text(l, "country", MapTheme.CountryText);
            _sb.Append("</g>\n<g class=\"governorate-labels\">");
            foreach (var l in m.GovernorateLabels) Text(l, "governorate-label", MapTheme.GovernorateText);
            _sb.Append("</g>\n");
            if (m.Inset is { } src) Rect(src.Source, "inset-source", "none", MapTheme.InsetSourceLine, 1.4);
            Cities(m.Cities, MapTheme.CityText);
            Markers(m.Markers);
            if (m.Inset is { } inset) Inset(inset);
            Key(m);
            Rect(m.Frame, "frame", "none", MapTheme.PanelLine, 1);
            _sb.Append("</svg>\n");
        }

        private void Land(IReadOnlyList<MapShape> shapes)
        {
            // The border is a thick line under all fills: shared edges are covered, the outer edge shows half of it.
            _sb.Append("<path class=\"country-outline\" fill=\"none\" stroke=\"").Append(MapTheme.Border)
               .Append($"\" stroke-width=\"{N(MapTheme.BorderWidth)}\" stroke-linejoin=\"round\" d=\"");
            foreach (var s in shapes) PathData(s);
            _sb.Append("\"/>\n");
            foreach (var s in shapes)
            {
                _sb.Append($"<path class=\"governorate\" data-name=\"{Escape(s.Name)}\" fill=\"{MapTheme.Land}\" stroke=\"{MapTheme.GovernorateLine}\"")
                   .Append($" stroke-width=\"{N(MapTheme.GovernorateLineWidth)}\" stroke-linejoin=\"round\" d=\"");
                PathData(s);
                _sb.Append("\"/>\n");
            }
        }

        private void PathData(MapShape s)
        {
            foreach (var ring in s.Rings)
            {
                for (var i = 0; i < ring.Count; i++)
                    _sb.Append(i == 0 ? 'M' : 'L').Append(N(ring[i].X)).Append(',').Append(N(ring[i].Y));
                _sb.Append('Z');
            }
        }

        private void Cities(IReadOnlyList<MapCity> cities, string color)
        {
            _sb.Append("<g class=\"cities\">\n");
            foreach (var c in cities)
            {
                _sb.Append($"<g class=\"city\" data-name=\"{Escape(c.Name)}\">");
                if (c.IsCapital)
                {
                    // The capital: a ringed dot, as on most reference maps.
                    _sb.Append($"<circle cx=\"{N(c.Dot.X)}\" cy=\"{N(c.Dot.Y)}\" r=\"4.5\" fill=\"#FFFFFF\" stroke=\"{MapTheme.CityDot}\" stroke-width=\"1.4\"/>");
                    _sb.Append($"<circle cx=\"{N(c.Dot.X)}\" cy=\"{N(c.Dot.Y)}\" r=\"2\" fill=\"{MapTheme.CityDot}\"/>");
                }
                else
                {
                    var r = c.Label.FontSize < 11 ? 2.5 : 3;
                    _sb.Append($"<circle cx=\"{N(c.Dot.X)}\" cy=\"{N(c.Dot.Y)}\" r=\"{N(r)}\" fill=\"{MapTheme.CityDot}\"/>");
                }
                Text(c.Label, null, color, halo: true);
                _sb.Append("</g>\n");
            }
            _sb.Append("</g>\n");
        }

        private void Markers(IReadOnlyList<PlacedMarker> markers)
        {
            _sb.Append("<g class=\"markers\">\n");
            // Leaders first so no marker's line crosses over another marker.
            foreach (var p in markers.Where(p => p.IsDisplaced))
            {
                var edge = Edge(p);
                _sb.Append($"<line class=\"leader\" x1=\"{N(p.Anchor.X)}\" y1=\"{N(p.Anchor.Y)}\" x2=\"{N(edge.X)}\" y2=\"{N(edge.Y)}\"")
                   .Append($" stroke=\"{MapTheme.Leader}\" stroke-width=\"0.9\"/>")
                   .Append($"<circle class=\"anchor\" cx=\"{N(p.Anchor.X)}\" cy=\"{N(p.Anchor.Y)}\" r=\"2\" fill=\"{p.Style.Fill}\" stroke=\"{MapTheme.Leader}\" stroke-width=\"0.6\"/>\n");
            }
            foreach (var p in markers)
            {
                var n = p.Marker.Number.ToString(CultureInfo.InvariantCulture);
                var tip = p.Marker.Title is { Length: > 0 } t ? $"{n}. {t}" : $"Event {n}";
                _sb.Append($"<g class=\"marker\" data-number=\"{n}\" data-legend=\"{Escape(p.Style.Category)}\">")
                   .Append("<title>").Append(Escape(tip)).Append("</title>")
                   .Append($"<circle cx=\"{N(p.Center.X)}\" cy=\"{N(p.Center.Y)}\" r=\"{N(p.Radius)}\" fill=\"{p.Style.Fill}\"")
                   .Append($" stroke=\"{MapTheme.MarkerOutline}\" stroke-width=\"{N(MapTheme.MarkerOutlineWidth)}\"/>")
                   .Append($"<text x=\"{N(p.Center.X)}\" y=\"{N(p.Center.Y + MapTheme.MarkerFont * 0.36)}\" text-anchor=\"middle\"")
                   .Append($" font-size=\"{N(MapTheme.MarkerFont)}\" font-weight=\"bold\" fill=\"{p.Style.Text}\">{n}</text></g>\n");
            }
            _sb.Append("</g>\n");
        }

        // Where the leader line meets the circle, so it does not run under a light marker's number.
        private static MapPoint Edge(PlacedMarker p)
        {
            var d = p.Anchor.DistanceTo(p.Center);
            var k = (d - p.Radius) / d;
            return new MapPoint(p.Anchor.X + (p.Center.X - p.Anchor.X) * k, p.Anchor.Y + (p.Center.Y - p.Anchor.Y) * k);
        }

        private void Inset(MapInset inset)
        {
            _sb.Append("<g class=\"inset\">\n");
            Rect(inset.Panel, "inset-panel", MapTheme.PanelFill, null, 0);
            _sb.Append($"<g clip-path=\"url(#{InsetClip})\">\n");
            Rect(inset.Content, "neighbours", MapTheme.Neighbours, null, 0);
            Land(inset.Governorates);
            _sb.Append("</g>\n");
            Text(inset.Heading, "inset-heading", "#111111");
            Cities(inset.Cities, MapTheme.CityText);
            Markers(inset.Markers);
            Scale(inset.Scale);
            Rect(inset.Content, "inset-content", "none", MapTheme.PanelLine, 0.8);
            Rect(inset.Panel, "inset-frame", "none", MapTheme.PanelLine, 1.4);
            _sb.Append("</g>\n");
        }

        private void Key(MapLayout m)
        {
            Rect(m.KeyBox, "key", MapTheme.PanelFill, MapTheme.PanelLine, 1);
            if (m.Legend is { } legend)
            {
                _sb.Append("<g class=\"legend\">\n");
                Text(legend.Heading, "legend-heading", "#111111");
                foreach (var e in legend.Entries)
                {
                    _sb.Append($"<g class=\"legend-entry\" data-legend=\"{Escape(e.Style.Category)}\">")
                       .Append($"<circle cx=\"{N(e.Swatch.X)}\" cy=\"{N(e.Swatch.Y)}\" r=\"{N(e.SwatchRadius)}\" fill=\"{e.Style.Fill}\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>");
                    Text(e.Label, null, "#111111");
                    _sb.Append("</g>\n");
                }
                _sb.Append("</g>\n");
            }
            Scale(m.Scale);
        }

        private void Scale(MapScaleBar s)
        {
            _sb.Append($"<g class=\"scale\" data-km=\"{N(s.Km)}\" data-length=\"{N(s.Length)}\">");
            var part = s.Length / s.Segments;
            for (var i = 0; i < s.Segments; i++)
                _sb.Append($"<rect x=\"{N(s.Start.X + i * part)}\" y=\"{N(s.Start.Y)}\" width=\"{N(part)}\" height=\"{N(MapTheme.ScaleBarHeight)}\"")
                   .Append($" fill=\"{(i % 2 == 0 ? MapTheme.ScaleDark : MapTheme.ScaleLight)}\"/>");
            _sb.Append($"<rect x=\"{N(s.Start.X)}\" y=\"{N(s.Start.Y)}\" width=\"{N(s.Length)}\" height=\"{N(MapTheme.ScaleBarHeight)}\" fill=\"none\" stroke=\"{MapTheme.ScaleDark}\" stroke-width=\"0.8\"/>");
            foreach (var l in s.Labels) Text(l, null, "#111111");
            _sb.Append("</g>\n");
        }

        private void ClipPath(string id, MapRect r) =>
            _sb.Append($"<clipPath id=\"{Escape(id)}\"><rect x=\"{N(r.X)}\" y=\"{N(r.Y)}\" width=\"{N(r.Width)}\" height=\"{N(r.Height)}\"/></clipPath>");

        private void Rect(MapRect r, string cls, string fill, string? stroke, double strokeWidth)
        {
            _sb.Append($"<rect class=\"{cls}\" x=\"{N(r.X)}\" y=\"{N(r.Y)}\" width=\"{N(r.Width)}\" height=\"{N(r.Height)}\" fill=\"{fill}\"");
            if (stroke is not null) _sb.Append($" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\"");
            _sb.Append("/>\n");
        }

        private void Text(MapLabel l, string? cls, string fill, bool halo = false)
        {
            var anchor = l.Anchor switch { TextAnchor.Start => "start", TextAnchor.Middle => "middle", _ => "end" };
            _sb.Append("<text");
            if (cls is not null) _sb.Append($" class=\"{cls}\"");
            _sb.Append($" x=\"{N(l.Position.X)}\" y=\"{N(l.Position.Y)}\" font-size=\"{N(l.FontSize)}\" text-anchor=\"{anchor}\" fill=\"{fill}\"");
            if (l.Bold) _sb.Append(" font-weight=\"bold\"");
            // A white halo keeps city names legible where they cross a governorate line.
            if (halo) _sb.Append(" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
            _sb.Append('>').Append(Escape(l.Text)).Append("</text>\n");
        }
    }

    private static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text safe inside an element or a double- or single-quoted attribute; characters XML forbids (controls,
    /// lone surrogates) are dropped, since a stray one from a PDF would make the whole page unparseable.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
