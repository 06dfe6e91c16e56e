using System.Buffers.Binary;
using Sitrep.Core.Reporting;
using SkiaSharp;

namespace Sitrep.Render.Tests;

public class TrendsChartTests
{
    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    static PeriodFigures Period(DateOnly from, int events, int fatalities,
        Dictionary<string, int> byType, Dictionary<string, int> byGovernorate) =>
        new(from, from.AddDays(6), events, fatalities, byType, byGovernorate);

    // The figures of the report's sample week (issue 7).
    static ReportTrends Sample() => new(
        Period(new DateOnly(2025, 6, 24), 21, 6,
            new() { ["Explosions/Remote violence"] = 5, ["Strategic developments"] = 9, ["Protests"] = 4, ["Violence against civilians"] = 1, ["Battles"] = 2 },
            new() { ["Baghdad"] = 8, ["Basra"] = 3, ["Anbar"] = 2, ["Dhi Qar"] = 2, ["Ninewa"] = 1, ["Kirkuk"] = 1, ["Wasit"] = 1 }),
        Period(new DateOnly(2025, 6, 17), 17, 2,
            new() { ["Explosions/Remote violence"] = 3, ["Strategic developments"] = 6, ["Protests"] = 7, ["Violence against civilians"] = 0, ["Battles"] = 1 },
            new() { ["Baghdad"] = 6, ["Basra"] = 4, ["Anbar"] = 1, ["Dhi Qar"] = 3, ["Ninewa"] = 2 }));

    static ReportTrends Empty() => new(
        Period(new DateOnly(2025, 6, 24), 0, 0, [], []),
        Period(new DateOnly(2025, 6, 17), 0, 0, [], []));

    static ReportTrends Crowded()
    {
        // Twelve types and twenty governorates, every fourth with a name far too long for a tick label.
        var types = Enumerable.Range(1, 12).ToDictionary(
            i => i % 4 == 0 ? $"An unusually long event type name that must be shortened {i}" : $"Type {i}", i => i * 3 % 11 + 1);
        var governorates = Enumerable.Range(1, 20).ToDictionary(
            i => i % 4 == 0 ? $"Governorate with an extremely long transliterated name {i}" : $"Governorate {i}", i => i * 7 % 13);
        return new(
            Period(new DateOnly(2025, 6, 28), types.Values.Sum(), 40, types, governorates),
            Period(new DateOnly(2025, 6, 21), 50, 12,
                types.ToDictionary(kv => kv.Key, kv => kv.Value / 2), governorates.ToDictionary(kv => kv.Key, kv => kv.Value % 5)));
    }

    static (int Width, int Height) PngHeaderSize(byte[] png)
    {
        Assert.True(png.Length > 33, "too short for a PNG");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new Xunit.Sdk.XunitException("SkiaSharp could not decode the PNG");

    static HashSet<SKColor> Colours(SKBitmap bitmap)
    {
        var seen = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
                seen.Add(bitmap.GetPixel(x, y));
        return seen;
    }

    static int CountPixels(SKBitmap bitmap, SKColor colour, SKRectI? within = null)
    {
        var r = within ?? new SKRectI(0, 0, bitmap.Width, bitmap.Height);
        int n = 0;
        for (int y = r.Top; y < r.Bottom; y++)
            for (int x = r.Left; x < r.Right; x++)
                if (bitmap.GetPixel(x, y) == colour) n++;
        return n;
    }

    [Fact]
    public void Renders_a_png_of_the_default_size()
    {
        var png = TrendsChart.RenderPng(Sample());

        Assert.Equal((900, 360), PngHeaderSize(png));
        using var bitmap = Decode(png);
        Assert.Equal(900, bitmap.Width);
        Assert.Equal(360, bitmap.Height);
    }

    [Theory]
    [InlineData(640, 300)]
    [InlineData(1200, 500)]
    public void Renders_the_requested_size(int width, int height)
    {
        Assert.Equal((width, height), PngHeaderSize(TrendsChart.RenderPng(Sample(), width, height)));
    }

    [Fact]
    public void Draws_both_series_and_text_not_a_blank_canvas()
    {
        using var bitmap = Decode(TrendsChart.RenderPng(Sample()));

        Assert.True(Colours(bitmap).Count >= 8, "expected anti-aliased text and two bar colours");
        // Below the header, so the legend swatches do not count: these are the bars themselves.
        var body = new SKRectI(0, 40, bitmap.Width, bitmap.Height);
        var current = CountPixels(bitmap, SKColor.Parse(TrendsChart.CurrentColorHex), body);
        var previous = CountPixels(bitmap, SKColor.Parse(TrendsChart.PreviousColorHex), body);
        Assert.True(current > 2000, $"current-period bars: {current} px");
        Assert.True(previous > 2000, $"previous-period bars: {previous} px");
        // Dark text pixels: tick labels, titles, header.
        Assert.True(Colours(bitmap).Count(c => c.Red < 80 && c.Green < 80 && c.Blue < 80) > 0);
    }

    [Fact]
    public void This_period_outweighs_the_previous_in_ink_as_in_the_figures()
    {
        // 21 events against 17 (by type) and 17 against 16 (top six governorates): more current ink.
        using var bitmap = Decode(TrendsChart.RenderPng(Sample()));
        var body = new SKRectI(0, 40, bitmap.Width, bitmap.Height);
        Assert.True(CountPixels(bitmap, SKColor.Parse(TrendsChart.CurrentColorHex), body)
            > CountPixels(bitmap, SKColor.Parse(TrendsChart.PreviousColorHex), body));
    }

    [Fact]
    public void Empty_periods_give_a_png_with_a_note_and_no_bars()
    {
        var png = TrendsChart.RenderPng(Empty());

        Assert.Equal((900, 360), PngHeaderSize(png));
        using var bitmap = Decode(png);
        var body = new SKRectI(0, 40, bitmap.Width, bitmap.Height);
        Assert.Equal(0, CountPixels(bitmap, SKColor.Parse(TrendsChart.CurrentColorHex), body));
        Assert.Equal(0, CountPixels(bitmap, SKColor.Parse(TrendsChart.PreviousColorHex), body));
        // The "no events" note sits in the middle of the body.
        var middle = new SKRectI(300, 150, 600, 250);
        Assert.True(CountPixels(bitmap, SKColors.White, middle) < middle.Width * middle.Height, "no note drawn");
    }

    [Fact]
    public void An_empty_current_period_still_shows_the_previous_one()
    {
        var sample = Sample();
        var trends = sample with { Current = Empty().Current };
        using var bitmap = Decode(TrendsChart.RenderPng(trends));
        var body = new SKRectI(0, 40, bitmap.Width, bitmap.Height);
        Assert.Equal(0, CountPixels(bitmap, SKColor.Parse(TrendsChart.CurrentColorHex), body));
        Assert.True(CountPixels(bitmap, SKColor.Parse(TrendsChart.PreviousColorHex), body) > 1000);
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        Assert.Equal(TrendsChart.RenderPng(Sample()), TrendsChart.RenderPng(Sample()));
        Assert.Equal(TrendsChart.RenderPng(Crowded()), TrendsChart.RenderPng(Crowded()));
    }

    [Fact]
    public void Parallel_renders_agree_with_a_serial_one()
    {
        var expected = TrendsChart.RenderPng(Sample());
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = TrendsChart.RenderPng(i % 2 == 0 ? Sample() : Crowded()));
        for (int i = 0; i < results.Length; i += 2) Assert.Equal(expected, results[i]);
    }

    [Fact]
    public void Twelve_types_and_twenty_governorates_with_long_names_render()
    {
        var png = TrendsChart.RenderPng(Crowded());

        Assert.Equal((900, 360), PngHeaderSize(png));
        using var bitmap = Decode(png);
        var body = new SKRectI(0, 40, bitmap.Width, bitmap.Height);
        Assert.True(CountPixels(bitmap, SKColor.Parse(TrendsChart.CurrentColorHex), body) > 1000);
        Assert.True(CountPixels(bitmap, SKColor.Parse(TrendsChart.PreviousColorHex), body) > 1000);
    }

    [Fact]
    public void Rows_are_ordered_by_this_period_then_the_previous_then_name()
    {
        var rows = TrendsChart.Categories(Sample().Current.ByType, Sample().Previous.ByType, 10, foldRest: true);

        Assert.Equal(
            ["Strategic developments", "Explosions/Remote violence", "Protests", "Battles", "Violence against civilians"],
            rows.Select(r => r.Label));
        Assert.Equal(new TrendRow("Protests", 4, 7), rows[2]);
    }

    [Fact]
    public void Governorates_keep_the_top_six_and_types_fold_the_rest_into_other()
    {
        var crowded = Crowded();
        var governorates = TrendsChart.Categories(crowded.Current.ByGovernorate, crowded.Previous.ByGovernorate, TrendsChart.TopGovernorates, foldRest: false);
        Assert.Equal(6, governorates.Count);
        Assert.True(governorates.Zip(governorates.Skip(1)).All(p => p.First.Current >= p.Second.Current));

        var types = TrendsChart.Categories(crowded.Current.ByType, crowded.Previous.ByType, 5, foldRest: true);
        Assert.Equal(5, types.Count);
        Assert.StartsWith("Other (8 ", types[^1].Label);
        Assert.Equal(crowded.Current.ByType.Values.Sum(), types.Sum(r => r.Current));
        Assert.Equal(crowded.Previous.ByType.Values.Sum(), types.Sum(r => r.Previous));
    }

    [Fact]
    public void Rows_leave_out_categories_with_nothing_in_either_period()
    {
        var rows = TrendsChart.Categories(
            new Dictionary<string, int> { ["Battles"] = 0, ["Protests"] = 2 },
            new Dictionary<string, int> { ["Battles"] = 0, ["Riots"] = 1 }, 10, foldRest: true);
        Assert.Equal(["Protests", "Riots"], rows.Select(r => r.Label));
    }

    [Theory]
    [InlineData("2025-06-24", "2025-06-30", "Jun 24–30")]
    [InlineData("2025-06-17", "2025-06-23", "Jun 17–23")]
    [InlineData("2025-06-28", "2025-07-04", "Jun 28–Jul 4")]
    [InlineData("2024-12-28", "2025-01-03", "Dec 28, 2024–Jan 3, 2025")]
    [InlineData("2025-06-24", "2025-06-24", "Jun 24")]
    public void Period_labels_read_like_a_legend(string from, string to, string expected)
    {
        Assert.Equal(expected, TrendsChart.PeriodLabel(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void The_sans_serif_font_is_installed_so_text_does_not_fall_back()
    {
        var typeface = ScottPlot.Fonts.GetTypeface(PngText.FontFamily, bold: false, italic: false);
        Assert.Equal(PngText.FontFamily, typeface.FamilyName);
    }
}
