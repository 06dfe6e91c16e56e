using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Cli.Tests.Reporting;

/// <summary>
/// The HTML report looked at as a reader would, in a real headless chromium: at a desktop width (1024) and a phone
/// width (390) nothing overflows, every section shows, every text is legible, every link lands, the chart loads, no map
/// marker hides another and every placed event has its one marker; the map fits one printed A4 page; markup from a
/// document shows as text and never runs. Full-page screenshots and a PDF are kept under report-screens/ beside the
/// test binaries for a person to look at.
/// </summary>
public sealed class ReportBrowserTests(BrowserFixture browser, ReportFiles reports, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ReportFiles>
{
    private const int Desktop = 1024;
    private const int Phone = 390;
    /// <summary>A4 at 96 css px per inch: 210 x 297 mm.</summary>
    private const int A4Width = 794, A4Height = 1123;

    private static readonly string Screens = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-screens")).FullName;

    [BrowserTheory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_sample_corpus_report_reads_well(int width) => await ReadsWellAsync(await reports.SampleCorpusAsync(), width);

    [SeedBrowserTheory]
    [InlineData(Desktop)]
    [InlineData(Phone)]
    public async Task The_seed_week_report_reads_well(int width) => await ReadsWellAsync(await reports.SeedsAsync(), width);

    [BrowserFact]
    public async Task The_sample_corpus_map_fits_one_printed_page() => await PrintsAsync(await reports.SampleCorpusAsync());

    [SeedBrowserTheory]
    [InlineData("seeds")]
    public async Task The_seed_week_map_fits_one_printed_page(string _) => await PrintsAsync(await reports.SeedsAsync());

    [BrowserFact]
    public async Task Markup_in_a_document_shows_as_text_and_never_runs()
    {
        const string hostile = "<script>window.__pwned=1</script>";
        const string image = "<img src=x onerror=\"window.__pwned=2\">";
        var text = string.Join("\n\n",
            "Iraq Situation Report: May 1-7, 2021",
            "Key Takeaway: A quiet week in the south ended with a rocket strike on a base near Basra.",
            $"1    May 4: Rockets Strike Base Near Basra. Two rockets struck a military base near Basra on May 4, and a channel " +
            $"that claimed the attack posted {hostile} with {image} beside the claim. Nobody was hurt, police said.",
            "2    May 5: Police Detain Two Men in Basra. Police in Basra detained two men on May 5 over the strike on the base. " +
            "Officers said the men had a launch rail in their car.",
            "3    May 6: Protest in Nasiriyah Over Power Cuts. About two hundred people protested in Nasiriyah on May 6 over " +
            "power cuts. The protest stayed peaceful.") + "\n";
        var report = await reports.BuildAsync("hostile", [("hostile-week.txt", text)], "2021-05-01", "2021-05-07");
        Assert.NotEmpty(report.EventNumbers);

        // With the page's own Content-Security-Policy bypassed, only the escaping stands between the text and a script.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Desktop, Height = 900 },
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var r = await page.EvaluateAsync<JsonElement>(ReportBrowserScripts.Escaping);

        Assert.True(r.GetProperty("pwned").ValueKind == JsonValueKind.Null, "a script from the document ran: window.__pwned = " + r.GetProperty("pwned"));
        Assert.Equal(0, r.GetProperty("scripts").GetInt32());
        Assert.Equal(0, r.GetProperty("imgOnerror").GetInt32());
        Assert.Equal(0, r.GetProperty("imgSrcX").GetInt32());
        Assert.Empty(r.GetProperty("handlers").EnumerateArray());
        var pageText = r.GetProperty("pageText").GetString()!;
        Assert.Contains(hostile, pageText);
        Assert.Contains("<img src=x onerror=", pageText);
        Assert.NotEmpty(r.GetProperty("eventsShowingScript").EnumerateArray());
    }

    private async Task ReadsWellAsync(RenderedReport report, int width)
    {
        output.WriteLine($"{report.Name}: {report.From}..{report.To}, {report.EventNumbers.Count} event(s), " +
                         $"{report.PlacedEventNumbers.Count} with coordinates; {report.HtmlPath}");
        Assert.NotEmpty(report.EventNumbers);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width == Phone ? 844 : 900 },
            DeviceScaleFactor = 1,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var shot = Path.Combine(Screens, $"{report.Name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        output.WriteLine($"screenshot: {shot}");

        var layout = await page.EvaluateAsync<JsonElement>(ReportBrowserScripts.Layout);
        var problems = new List<string>();

        // Nothing overflows sideways: no horizontal scrolling, no element past either edge (tables scroll in .scroll).
        var innerWidth = layout.GetProperty("innerWidth").GetInt32();
        var scrollWidth = layout.GetProperty("scrollWidth").GetInt32();
        if (scrollWidth > innerWidth) problems.Add($"the page is {scrollWidth}px wide in a {innerWidth}px window");
        problems.AddRange(Strings(layout, "overflowing").Take(15).Select(s => "past the window's edge: " + s));

        // All sections, each with its heading, laid out and visible.
        foreach (var s in layout.GetProperty("sections").EnumerateArray())
        {
            var id = s.GetProperty("id").GetString();
            if (!s.GetProperty("present").GetBoolean()) problems.Add($"section #{id} is missing");
            else if (!s.GetProperty("visible").GetBoolean()) problems.Add($"section #{id} is not visible");
            else if (!s.GetProperty("headingVisible").GetBoolean()) problems.Add($"section #{id} has no visible heading");
        }

        // Links land: the key takeaway's event numbers and every other in-page link.
        var takeaway = layout.GetProperty("takeawayLinks").EnumerateArray().ToList();
        output.WriteLine($"key takeaway links: {string.Join(", ", takeaway.Select(t => t.GetProperty("href").GetString()))}");
        foreach (var t in takeaway.Where(t => !t.GetProperty("resolves").GetBoolean()))
            problems.Add($"key takeaway link {t.GetProperty("href").GetString()} ('{t.GetProperty("text").GetString()}') leads to no visible event");
        problems.AddRange(Strings(layout, "brokenLinks").Select(s => "in-page link to nothing: " + s));

        // Legible: no text under 10px.
        output.WriteLine($"smallest text: {layout.GetProperty("minTextPx").GetDouble():0.#}px; " +
                         $"smallest map text: {(layout.GetProperty("svgTextMinPx") is { ValueKind: JsonValueKind.Number } m ? m.GetDouble().ToString("0.#", CultureInfo.InvariantCulture) + "px" : "no map")}");
        problems.AddRange(Strings(layout, "smallText").Take(15).Select(s => "text under 10px: " + s));

        // Pictures load.
        var images = layout.GetProperty("images").EnumerateArray().ToList();
        foreach (var img in images.Where(i => !i.GetProperty("complete").GetBoolean() || i.GetProperty("naturalWidth").GetInt32() == 0))
            problems.Add($"image '{img.GetProperty("alt").GetString()}' ({img.GetProperty("cls").GetString()}) did not load");
        if (!images.Any(i => i.GetProperty("cls").GetString()!.Split(' ').Contains("chart")))
            problems.Add("the report has no trends chart (img.chart)");

        // Events without coordinates are named under the map instead.
        var placed = report.PlacedEventNumbers.ToHashSet();
        var unplaced = report.EventNumbers.Where(n => !placed.Contains(n)).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        var noted = Strings(layout, "unplacedNote").ToList();
        if (!unplaced.SequenceEqual(noted))
            problems.Add($"'not on the map' lists [{string.Join(", ", noted)}], the events without coordinates are [{string.Join(", ", unplaced)}]");

        problems.AddRange(await MarkerProblemsAsync(page, report, width));

        foreach (var p in problems) output.WriteLine("PROBLEM " + p);
        Assert.True(problems.Count == 0, $"{report.Name} at {width}px (screenshot {shot}):\n" + string.Join("\n", problems));
    }

    /// <summary>Map markers: one per placed event, inside the map, none under another or under anything else, numbers readable.</summary>
    private async Task<List<string>> MarkerProblemsAsync(IPage page, RenderedReport report, int width)
    {
        var problems = new List<string>();
        var r = await page.EvaluateAsync<JsonElement>(ReportBrowserScripts.Markers);
        if (!r.GetProperty("hasMap").GetBoolean())
        {
            if (report.PlacedEventNumbers.Count > 0) problems.Add($"no map SVG in the report, though {report.PlacedEventNumbers.Count} event(s) have a place");
            return problems;
        }
        var markers = r.GetProperty("markers").EnumerateArray().Select(m => new
        {
            Number = m.GetProperty("number").GetString() ?? "",
            Text = m.GetProperty("text").GetString(),
            InInset = m.GetProperty("inInset").GetBoolean(),
            Cx = m.GetProperty("cx").GetDouble(),
            Cy = m.GetProperty("cy").GetDouble(),
            R = m.GetProperty("r").GetDouble(),
            FontPx = m.GetProperty("fontPx").GetDouble(),
            TextWidth = m.GetProperty("textWidth").GetDouble(),
            InsideMap = m.GetProperty("insideMap").GetBoolean(),
            OnTop = m.GetProperty("onTop").GetBoolean(),
            CoveredBy = m.GetProperty("coveredBy").GetString(),
        }).ToList();
        output.WriteLine($"markers: {r.GetProperty("markerGroups").GetInt32()} group(s), {markers.Count} visible: " +
                         string.Join(", ", markers.Select(m => $"{m.Number}{(m.InInset ? " (inset)" : "")} r={m.R:0.#} font={m.FontPx:0.#}px")));

        // Exactly one visible marker per event with coordinates, and none for anything else.
        var expected = report.PlacedEventNumbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        foreach (var n in expected)
        {
            var count = markers.Count(m => m.Number == n);
            if (count != 1) problems.Add($"event {n} has coordinates and {count} visible marker(s)");
        }
        foreach (var m in markers.Where(m => !expected.Contains(m.Number)))
            problems.Add($"marker {m.Number} is for no event with coordinates");

        foreach (var m in markers)
        {
            if (m.Text != m.Number) problems.Add($"marker {m.Number} shows the number '{m.Text}'");
            if (!m.InsideMap) problems.Add($"marker {m.Number} lies outside the map");
            if (!m.OnTop) problems.Add($"marker {m.Number} is covered at its centre by {m.CoveredBy}");
            if (m.FontPx < 9) problems.Add($"marker {m.Number}'s number is {m.FontPx:0.#}px at {width}px (under 9px)");
            if (m.TextWidth > 2 * m.R + 1) problems.Add($"marker {m.Number}'s number ({m.TextWidth:0.#}px wide) spills out of its circle ({2 * m.R:0.#}px)");
        }

        // No two circles overlap by more than a pixel.
        for (var i = 0; i < markers.Count; i++)
            for (var j = i + 1; j < markers.Count; j++)
            {
                var (a, b) = (markers[i], markers[j]);
                var gap = Math.Sqrt((a.Cx - b.Cx) * (a.Cx - b.Cx) + (a.Cy - b.Cy) * (a.Cy - b.Cy)) - a.R - b.R;
                if (gap < -1) problems.Add($"markers {a.Number} and {b.Number} overlap by {-gap:0.#}px");
            }
        return problems;
    }

    /// <summary>Printed on A4 (print media at 794 css px): the map section fits one page; the PDF is kept to look at.</summary>
    private async Task PrintsAsync(RenderedReport report)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = A4Width, Height = A4Height },
            DeviceScaleFactor = 1,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var map = await page.EvaluateAsync<JsonElement>(
            "() => { const m = document.getElementById('map').getBoundingClientRect(); const s = document.querySelector('#map svg'); " +
            "return { height: m.height, width: m.width, svg: s ? s.getBoundingClientRect().height : 0, scrollWidth: document.documentElement.scrollWidth }; }");
        var height = map.GetProperty("height").GetDouble();
        output.WriteLine($"{report.Name} printed at {A4Width}px: map section {map.GetProperty("width").GetDouble():0}x{height:0}px " +
                         $"(map drawing {map.GetProperty("svg").GetDouble():0}px high), page {map.GetProperty("scrollWidth").GetInt32()}px wide");

        var pdf = Path.Combine(Screens, $"{report.Name}-print.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf)), @"/Type\s*/Page(?!s)");
        output.WriteLine($"pdf: {pdf} ({pages} page(s))");

        Assert.True(height <= A4Height, $"the map section is {height:0}px high printed at A4 width, more than one page ({A4Height}px)");
        Assert.True(map.GetProperty("scrollWidth").GetInt32() <= A4Width, "the printed page is wider than A4");
        Assert.True(pages >= 1, "the printed report has no pages");
    }

    private static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.GetProperty(property).EnumerateArray().Select(x => x.GetString() ?? "");
}
