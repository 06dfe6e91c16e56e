using System.Globalization;
using ScottPlot;
using SkiaSharp;
using Sitrep.Core.Reporting;

namespace Sitrep.Render;

/// <summary>One row of the chart: a type or governorate with its count in each period.</summary>
public readonly record struct TrendRow(string Label, int Current, int Previous);

/// <summary>
/// The situation report's trends chart: events by ACLED type and by governorate (top six),
/// this period against the previous one, with events and fatalities in a header line.
/// </summary>
public static class TrendsChart
{
    /// <summary>Fill of this period's bars (muted blue, dark enough for greyscale print).</summary>
    public const string CurrentColorHex = "#3E6A8A";

    /// <summary>Fill of the previous period's bars (light grey-blue, reads as "before").</summary>
    public const string PreviousColorHex = "#B7C3CD";

    /// <summary>How many governorates the right panel shows; the report's table lists the rest.</summary>
    public const int TopGovernorates = 6;

    const string TextColorHex = "#222222";
    const string MutedTextHex = "#555555";
    const int HeaderHeight = 34;
    const float TickFontSize = 11;
    const float TitleFontSize = 12;
    // Wrap category labels beyond this so one long name cannot squeeze the bars out of the panel.
    const int LabelLineChars = 20;
    // Panel title and x axis take about this much of the panel's height.
    const float PanelChromePixels = 58;
    const float MinRowPixels = 16;
    const float TwoLineRowPixels = 30;
    const float ValueLabelRowPixels = 24;

    static readonly Color CurrentColor = Color.FromHex(CurrentColorHex);
    static readonly Color PreviousColor = Color.FromHex(PreviousColorHex);
    static readonly Color TextColor = Color.FromHex(TextColorHex);

    // ScottPlot reads Fonts.Default when objects are created; set it once here (the runtime makes
    // static constructors thread-safe) and set every label's font explicitly besides, so parallel
    // renders never depend on or write the global per call.
    static TrendsChart() => Fonts.Default = PngText.FontFamily;

    /// <summary>Renders the chart as PNG bytes; the same figures always give the same bytes.</summary>
    public static byte[] RenderPng(ReportTrends trends, int width = 900, int height = 360)
    {
        ArgumentNullException.ThrowIfNull(trends);
        if (width < 200 || height < 120)
            throw new ArgumentOutOfRangeException(nameof(width), "The chart needs at least 200 x 120 px.");

        var current = trends.Current;
        var previous = trends.Previous;
        string currentLabel = PeriodLabel(current.From, current.To);
        string previousLabel = PeriodLabel(previous.From, previous.To);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        DrawHeader(canvas, width, current, previous, currentLabel, previousLabel);

        // Rows below MinRowPixels become unreadable, so a short chart shows fewer of them.
        int rowsThatFit = Math.Max(2, (int)((height - HeaderHeight - PanelChromePixels) / MinRowPixels));
        var types = Categories(current.ByType, previous.ByType, rowsThatFit, foldRest: true);
        var governorates = Categories(current.ByGovernorate, previous.ByGovernorate,
            Math.Min(TopGovernorates, rowsThatFit), foldRest: false);
        float panelPixels = height - HeaderHeight - PanelChromePixels;
        var body = new PixelRect(0, width, height, HeaderHeight);

        if (types.Count == 0 && governorates.Count == 0)
        {
            DrawNote(canvas, body, "No events recorded in either period.");
        }
        else
        {
            // The type panel gets more room: it is the chart's main reading, governorates the second.
            float split = MathF.Round(width * 0.55f);
            var left = BarPanel("Events by type", types, panelPixels);
            var right = BarPanel($"Events by governorate (top {TopGovernorates})", governorates, panelPixels);
            RenderClipped(left, canvas, new PixelRect(0, split, height, HeaderHeight));
            RenderClipped(right, canvas, new PixelRect(split, width, height, HeaderHeight));
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    // A plot clears the whole canvas to its background before drawing; the clip keeps it to its own panel.
    static void RenderClipped(Plot plot, SKCanvas canvas, PixelRect rect)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(canvas, rect);
        canvas.Restore();
    }

    /// <summary>"Jun 24–30", "Jun 28–Jul 4", "Dec 28, 2024–Jan 3, 2025" or "Jun 24" for one day.</summary>
    public static string PeriodLabel(DateOnly from, DateOnly to)
    {
        var c = CultureInfo.InvariantCulture;
        if (from == to) return from.ToString("MMM d", c);
        if (from.Year != to.Year) return $"{from.ToString("MMM d, yyyy", c)}–{to.ToString("MMM d, yyyy", c)}";
        if (from.Month != to.Month) return $"{from.ToString("MMM d", c)}–{to.ToString("MMM d", c)}";
        return $"{from.ToString("MMM d", c)}–{to.ToString("%d", c)}";
    }

    /// <summary>
    /// Categories present in either period, ordered by this period's count, then the previous, then name.
    /// Beyond <paramref name="take"/>, the tail is either dropped or summed into one last "Other" row.
    /// </summary>
    public static IReadOnlyList<TrendRow> Categories(
        IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> previous, int take, bool foldRest)
    {
        // The report's tables order their rows the same way (TrendTable), so chart and tables list the same rows.
        var all = TrendTable.Changes(current, previous)
            .Where(x => x.Current > 0 || x.Previous > 0)
            .Select(x => new TrendRow(x.Key, x.Current, x.Previous))
            .ToList();
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        if (all.Count <= take) return all;
        if (!foldRest) return all.Take(take).ToList();
        var kept = all.Take(Math.Max(1, take - 1)).ToList();
        var rest = all.Skip(kept.Count).ToList();
        kept.Add(new TrendRow($"Other ({rest.Count} types)", rest.Sum(x => x.Current), rest.Sum(x => x.Previous)));
        return kept;
    }

    static Plot BarPanel(string title, IReadOnlyList<TrendRow> categories, float panelPixels)
    {
        float rowPixels = panelPixels / Math.Max(1, categories.Count);
        var plot = new Plot();
        SetFonts(plot);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        plot.Title(title, TitleFontSize);
        plot.Axes.Title.Label.FontName = PngText.FontFamily;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = TextColor;

        if (categories.Count == 0)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            var note = plot.Add.Text("No events in either period", 0, 0);
            note.LabelFontName = PngText.FontFamily;
            note.LabelFontSize = TickFontSize;
            note.LabelFontColor = Color.FromHex(MutedTextHex);
            note.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(-1, 1, -1, 1);
            HideFrame(plot);
            return plot;
        }

        // Top category first: horizontal bars count upwards, so the first category gets the highest position.
        int n = categories.Count;
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        int max = 0;
        // Value labels on bars thinner than the text would overlap each other; the axis still gives the counts.
        bool valueLabels = rowPixels >= ValueLabelRowPixels;
        for (int i = 0; i < n; i++)
        {
            var (label, cur, prev) = categories[i];
            double y = n - 1 - i;
            max = Math.Max(max, Math.Max(cur, prev));
            // This period above the previous one within a group, as the header legend reads.
            bars.Add(GroupBar(y + 0.19, cur, CurrentColor, valueLabels));
            bars.Add(GroupBar(y - 0.19, prev, PreviousColor, valueLabels));
            // Two-line labels need the room of a tall row; otherwise one line, cut with an ellipsis.
            ticks.Add(new Tick(y, rowPixels >= TwoLineRowPixels ? WrapLabel(label) : Shorten(label, LabelLineChars + 6), isMajor: true));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = PngText.FontFamily;
        barPlot.ValueLabelStyle.FontSize = TickFontSize - 1;
        barPlot.ValueLabelStyle.ForeColor = TextColor;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            TargetTickCount = 4,
        };
        plot.Axes.Bottom.MinorTickStyle.Length = 0;

        // Room on the right for the value labels, and none below zero: counts start at the axis.
        double xMax = Math.Max(1, max) * 1.15 + 0.3;
        plot.Axes.SetLimits(0, xMax, -0.6, n - 0.4);

        plot.Grid.XAxisStyle.MajorLineStyle.Color = Color.FromHex("#E4E4E4");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.IsVisible = false;
        HideFrame(plot);
        return plot;
    }

    static Bar GroupBar(double position, int value, Color color, bool valueLabel) => new()
    {
        Position = position,
        Value = value,
        Size = 0.36,
        FillColor = color,
        LineWidth = 0,
        Label = valueLabel ? value.ToString(CultureInfo.InvariantCulture) : "",
    };

    static void SetFonts(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = PngText.FontFamily;
            axis.Label.ForeColor = TextColor;
            axis.TickLabelStyle.FontName = PngText.FontFamily;
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = TextColor;
        }
        plot.Legend.FontName = PngText.FontFamily;
    }

    static void HideFrame(Plot plot)
    {
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex("#999999");
    }

    /// <summary>Splits a long name onto two lines at a space or slash; a third line is cut with an ellipsis.</summary>
    internal static string WrapLabel(string name)
    {
        name = name.Trim();
        if (name.Length <= LabelLineChars) return name;
        int cut = -1;
        for (int i = Math.Min(LabelLineChars, name.Length - 1); i > LabelLineChars / 3; i--)
        {
            if (name[i] == ' ' || name[i] == '/') { cut = i; break; }
        }
        string first, rest;
        if (cut < 0) { first = name[..LabelLineChars]; rest = name[LabelLineChars..]; }
        else if (name[cut] == '/') { first = name[..(cut + 1)]; rest = name[(cut + 1)..]; }
        else { first = name[..cut]; rest = name[(cut + 1)..]; }
        return first + "\n" + Shorten(rest.Trim(), LabelLineChars);
    }

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    static void DrawHeader(SKCanvas canvas, int width, PeriodFigures current, PeriodFigures previous,
        string currentLabel, string previousLabel)
    {
        // ScottPlot caches its typefaces: borrowed, not disposed here.
        var typeface = Fonts.GetTypeface(PngText.FontFamily, bold: false, italic: false);
        var boldface = Fonts.GetTypeface(PngText.FontFamily, bold: true, italic: false);
        using var font = new SKFont(typeface, 12.5f) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var bold = new SKFont(boldface, 12.5f) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var text = new SKPaint { Color = SKColor.Parse(TextColorHex), IsAntialias = true };
        float baseline = 22;
        float x = 12;

        // Legend: swatch and period label for each series, this period first.
        foreach (var (label, hex) in new[] { (currentLabel, CurrentColorHex), (previousLabel, PreviousColorHex) })
        {
            using var swatch = new SKPaint { Color = SKColor.Parse(hex), IsAntialias = false };
            canvas.DrawRect(x, baseline - 10, 12, 12, swatch);
            x += 17;
            canvas.DrawText(label, x, baseline, SKTextAlign.Left, font, text);
            x += font.MeasureText(label) + 18;
        }

        // Totals on the right: the two figures a reader compares first.
        string events = $"Events {current.Events} (previous {previous.Events})";
        string deaths = $"Fatalities {current.Fatalities} (previous {previous.Fatalities})";
        // A narrow chart gets the compact form (same order as the legend) rather than overlapping it.
        if (x + bold.MeasureText(events) + 22 + bold.MeasureText(deaths) > width - 12)
        {
            events = $"Events {current.Events} vs {previous.Events}";
            deaths = $"Fatalities {current.Fatalities} vs {previous.Fatalities}";
        }
        float right = width - 12;
        canvas.DrawText(deaths, right, baseline, SKTextAlign.Right, bold, text);
        right -= bold.MeasureText(deaths) + 22;
        canvas.DrawText(events, right, baseline, SKTextAlign.Right, bold, text);

        using var rule = new SKPaint { Color = SKColor.Parse("#DDDDDD"), StrokeWidth = 1 };
        canvas.DrawLine(0, HeaderHeight - 0.5f, width, HeaderHeight - 0.5f, rule);
    }

    static void DrawNote(SKCanvas canvas, PixelRect rect, string note)
    {
        var typeface = Fonts.GetTypeface(PngText.FontFamily, bold: false, italic: false);
        using var font = new SKFont(typeface, 14);
        using var paint = new SKPaint { Color = SKColor.Parse(MutedTextHex), IsAntialias = true };
        canvas.DrawText(note, rect.HorizontalCenter, rect.VerticalCenter + 5, SKTextAlign.Center, font, paint);
    }
}
