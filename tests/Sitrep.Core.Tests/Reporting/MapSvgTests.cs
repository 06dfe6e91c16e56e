using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Core.Tests.Reporting;

public class MapSvgTests
{
    private const string Hostile = "<script>alert(1)</script> & \"x\"";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly MapMarker[] Week =
    [
        new(1, 33.3080, 44.3800, "Iraqi Security Forces", Hostile),
        new(2, 33.3070, 44.3830, "Iranian Proxy Militias", "KH surrounds the CTS headquarters"),
        new(3, 33.3900, 44.4600, "Demonstration"),
        new(4, 30.5085, 47.7804, "Demonstration", "Sit-in at Basra's oil fields"),
        new(5, 36.3350, 43.1189, "ISIS", "IED near Mosul"),
    ];

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    [Fact]
    public void Svg_is_well_formed_and_self_contained()
    {
        var svg = SvgMap.Write(MapLayout.Compute(Week));
        var root = Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Equal("0 0 800 900", (string?)root.Attribute("viewBox"));
        Assert.Contains("DejaVu Sans", (string?)root.Attribute("font-family"));
        Assert.DoesNotContain("href", svg);      // no linked images or fonts
        Assert.DoesNotContain("@import", svg);
        Assert.DoesNotContain("<script", svg);
    }

    [Fact]
    public void Hostile_title_is_escaped_and_survives_as_text()
    {
        var svg = SvgMap.Write(MapLayout.Compute(Week));
        var marker = Parse(svg).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "marker" && (string?)g.Attribute("data-number") == "1");
        Assert.Equal("1. " + Hostile, marker.Element(Svg + "title")!.Value);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", svg);
        Assert.Empty(Parse(svg).Descendants(Svg + "script"));
    }

    [Fact]
    public void Control_characters_from_documents_do_not_break_the_xml()
    {
        var svg = SvgMap.Write(MapLayout.Compute([new MapMarker(1, 33.3, 44.4, "ISIS", "bad\u0001char \uD800 ok \U0001F600")]));
        var title = Parse(svg).Descendants(Svg + "title").Last().Value;
        Assert.Equal("1. badchar  ok \U0001F600", title);
    }

    [Fact]
    public void Every_marker_is_a_numbered_group_readable_in_print()
    {
        var doc = Parse(SvgMap.Write(MapLayout.Compute(Week)));
        var markers = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "marker").ToList();
        Assert.Equal(["1", "2", "3", "4", "5"], markers.Select(g => (string)g.Attribute("data-number")!).Order());
        foreach (var g in markers)
        {
            var circle = g.Element(Svg + "circle")!;
            var text = g.Element(Svg + "text")!;
            Assert.True(Num(circle, "r") >= 9);
            Assert.True(Num(text, "font-size") >= 11);
            Assert.Equal((string)g.Attribute("data-number")!, text.Value);
            Assert.Equal(LegendPalette.For((string)g.Attribute("data-legend")!).Fill, (string?)circle.Attribute("fill"));
        }
        // Markers 1-3 are in Baghdad: they are drawn in the inset, not on the main map.
        var inset = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "inset");
        Assert.Equal(["1", "2", "3"], inset.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "marker")
            .Select(g => (string)g.Attribute("data-number")!).Order());
    }

    [Fact]
    public void Svg_has_governorates_cities_legend_and_scale()
    {
        var doc = Parse(SvgMap.Write(MapLayout.Compute(Week)));
        string? Class(XElement e) => (string?)e.Attribute("class");
        var governorates = doc.Descendants(Svg + "path").Where(p => Class(p) == "governorate").ToList();
        Assert.Contains(governorates, p => (string?)p.Attribute("data-name") == "Anbar");
        Assert.True(governorates.Count >= 18);
        Assert.Contains(doc.Descendants(Svg + "g"), g => Class(g) == "city" && (string?)g.Attribute("data-name") == "Baghdad");
        var legend = doc.Descendants(Svg + "g").Single(g => Class(g) == "legend");
        Assert.Equal(["Iraqi Security Forces", "Iranian Proxy Militias", "ISIS", "Demonstration"],
            legend.Elements(Svg + "g").Select(e => (string)e.Attribute("data-legend")!));
        Assert.Equal(2, doc.Descendants(Svg + "g").Count(g => Class(g) == "scale")); // main map and inset
    }

    [Fact]
    public void Names_from_the_gazetteer_are_escaped_too()
    {
        var g = Gazetteer.Load(
            new StringReader("id\tname\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tparent_id\taliases\n"
                + "gn:1\tA&B <City>\tCity\tIraq\t\t\t33\t44\t100000\t\t\n"),
            new StringReader("id\tname\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tparent_id\taliases\n"),
            null,
            new MemoryStream(Encoding.UTF8.GetBytes("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Tom & \"Jerry\" <x>"},
                "geometry":{"type":"Polygon","coordinates":[[[43,32],[45,32],[45,34],[43,34],[43,32]]]}}]}
                """)));
        var doc = Parse(SvgMap.Write(MapLayout.Compute([new MapMarker(1, 33.5, 44.5, "ISIS")], g)));
        Assert.Contains(doc.Descendants(Svg + "path"), p => (string?)p.Attribute("data-name") == "Tom & \"Jerry\" <x>");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "A&B <City>");
    }

    private static double Num(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
