using System.Globalization;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Reporting.Map;

namespace Sitrep.Core.Tests.Reporting;

public class MapLegendPaletteTests
{
    [Fact]
    public void Every_registry_legend_category_has_its_own_colour()
    {
        var used = ActorRegistry.Default.Actors.Select(a => a.LegendCategory).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(used);
        foreach (var category in used.Concat(ActorRegistry.LegendCategories))
            Assert.Equal(category, LegendPalette.For(category).Category);
        var fills = LegendPalette.All.Select(s => s.Fill.ToUpperInvariant()).ToList();
        Assert.Equal(fills.Count, fills.Distinct().Count());
    }

    [Fact]
    public void Fills_are_told_apart_from_each_other()
    {
        // Euclidean RGB distance is crude, but a pair under 60 would be the same colour on a printed page.
        var styles = LegendPalette.All;
        for (var i = 0; i < styles.Count; i++)
        for (var j = i + 1; j < styles.Count; j++)
            Assert.True(RgbDistance(styles[i].Fill, styles[j].Fill) > 60, $"{styles[i].Category} and {styles[j].Category} look alike");
    }

    [Fact]
    public void Number_colour_reads_on_every_fill()
    {
        foreach (var s in LegendPalette.All)
            Assert.True(Contrast(s.Fill, s.Text) >= 4.5, $"{s.Category}: contrast {Contrast(s.Fill, s.Text):0.00}");
    }

    [Fact]
    public void Unknown_categories_are_neutral_grey_and_sort_last()
    {
        var other = LegendPalette.For("Other");
        Assert.Same(other, LegendPalette.For("Martians"));
        Assert.Same(other, LegendPalette.For(null));
        Assert.Same(other, LegendPalette.For(""));
        Assert.Equal(LegendPalette.For("ISIS"), LegendPalette.For("  isis "));
        var (r, g, b) = Rgb(other.Fill);
        Assert.True(Math.Abs(r - g) < 8 && Math.Abs(g - b) < 8, "Other is not a grey");
        Assert.Equal(LegendPalette.All.Count - 1, LegendPalette.OrderOf("Martians"));
        Assert.True(LegendPalette.OrderOf("Iraqi Security Forces") < LegendPalette.OrderOf("ISIS"));
    }

    private static (int R, int G, int B) Rgb(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber));

    private static double RgbDistance(string a, string b)
    {
        var (r1, g1, b1) = Rgb(a);
        var (r2, g2, b2) = Rgb(b);
        return Math.Sqrt((r1 - r2) * (r1 - r2) + (g1 - g2) * (g1 - g2) + (b1 - b2) * (b1 - b2));
    }

    // WCAG 2 contrast ratio.
    private static double Contrast(string a, string b)
    {
        static double Channel(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        static double Luminance(string hex)
        {
            var (r, g, b) = Rgb(hex);
            return 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
