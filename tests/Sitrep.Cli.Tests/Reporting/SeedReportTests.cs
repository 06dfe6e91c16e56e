using System.Text.Json;

namespace Sitrep.Cli.Tests.Reporting;

/// <summary>Skipped (with the reason) when ../shared/seeds is not beside the checkout.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SharedSeeds.Directory is null) Skip = "../shared/seeds not found above " + AppContext.BaseDirectory + "; seed report not built";
    }
}

/// <summary>
/// The issue's bar for the report over the five reference documents, June 24-30, 2020: every item the first ISW
/// report numbers is among the events, in date order, placed where the gold places it, and the raid's
/// contradictions are shown. The gold (../shared/eval/seeds-gold.json) says where each item's events are.
/// </summary>
public sealed class SeedReportTests : IDisposable
{
    private const string FirstIsw = "000_f4ae85a58293e181.txt";
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private static JsonElement Gold()
    {
        var path = Path.Combine(Path.GetDirectoryName(SharedSeeds.Directory!)!, "eval", "seeds-gold.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    [SeedFact]
    public async Task Report_for_June_24_to_30_holds_every_numbered_item_of_the_first_ISW_report_placed_and_in_date_order()
    {
        Assert.Equal(0, (await _cli.RunWithDbAsync("ingest", SharedSeeds.Directory!)).ExitCode);
        var jsonPath = Path.Combine(_cli.Dir, "report.json");
        var run = await _cli.RunWithDbAsync("report", "--from", "2020-06-24", "--to", "2020-06-30", "--format", "json", "--out", jsonPath);
        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(jsonPath)).RootElement;
        var events = report.GetProperty("events").EnumerateArray().ToList();

        // Date order, numbered from 1.
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.GetProperty("number").GetInt32()));
        var starts = events.Select(e => e.GetProperty("date_start").GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);

        var gold = Gold().GetProperty("events").EnumerateArray()
            .Where(g => g.GetProperty("doc").GetString() == FirstIsw && g.TryGetProperty("item", out var i) && i.ValueKind == JsonValueKind.Number)
            .ToList();
        var items = gold.Select(g => g.GetProperty("item").GetInt32()).Distinct().Order().ToList();
        Assert.True(items.Count >= 10, "the gold numbers the first report's items");
        foreach (var item in items)
        {
            var told = events.Where(e => e.GetProperty("sources").EnumerateArray()
                .Any(s => s.GetProperty("doc").GetString() == FirstIsw && s.GetProperty("item") is { ValueKind: JsonValueKind.Number } n && n.GetInt32() == item)).ToList();
            Assert.True(told.Count > 0, $"item {item} of the first ISW report is not in the report");
            // Placed at the right place: some event of the item within 25 km of where the gold places one of its events.
            // Only the item's events of the period count: an item also tells earlier events (background) the report leaves out.
            var goldPlaces = gold.Where(g => g.GetProperty("item").GetInt32() == item && g.GetProperty("latitude").ValueKind == JsonValueKind.Number
                                             && string.CompareOrdinal(g.GetProperty("date_end").GetString(), "2020-06-24") >= 0
                                             && string.CompareOrdinal(g.GetProperty("date_start").GetString(), "2020-06-30") <= 0)
                .Select(g => (g.GetProperty("latitude").GetDouble(), g.GetProperty("longitude").GetDouble())).ToList();
            var placed = told.Where(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number)
                .Select(e => (e.GetProperty("latitude").GetDouble(), e.GetProperty("longitude").GetDouble())).ToList();
            if (goldPlaces.Count == 0) continue;
            Assert.True(placed.Any(p => goldPlaces.Any(g => Km(p, g) <= 25)),
                $"item {item}: placed at {string.Join("; ", placed)}, the gold at {string.Join("; ", goldPlaces)}");
        }

        // The raid (item 5) shows where its sources disagree, in the event and in the report's list.
        var raid = events.First(e => e.GetProperty("sources").EnumerateArray()
            .Any(s => s.GetProperty("doc").GetString() == FirstIsw && s.GetProperty("item") is { ValueKind: JsonValueKind.Number } n && n.GetInt32() == 5));
        Assert.True(raid.GetProperty("contradictions").GetArrayLength() > 0, "the raid's contradictions are shown");
        var raidNumber = raid.GetProperty("number").GetInt32();
        Assert.Contains(report.GetProperty("contradictions").EnumerateArray(), c => c.GetProperty("event").GetInt32() == raidNumber);
        Assert.Contains("raid", raid.GetProperty("headline").GetString()!.ToLowerInvariant() + " " + raid.GetProperty("summary").GetString()!.ToLowerInvariant());

        // The same report as HTML draws a marker for every placed event and lists the raid's disagreement.
        var htmlPath = Path.Combine(_cli.Dir, "report.html");
        Assert.Equal(0, (await _cli.RunWithDbAsync("report", "--from", "2020-06-24", "--to", "2020-06-30", "--format", "html", "--out", htmlPath)).ExitCode);
        var html = await File.ReadAllTextAsync(htmlPath);
        foreach (var e in events.Where(e => e.GetProperty("latitude").ValueKind == JsonValueKind.Number))
            Assert.Contains($"class=\"marker\" data-number=\"{e.GetProperty("number").GetInt32()}\"", html);
        Assert.Contains($"<a href=\"#event-{raidNumber}\">{raidNumber}</a></td>", html);
    }

    private static double Km((double Lat, double Lon) a, (double Lat, double Lon) b)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(Rad(b.Lat - a.Lat) / 2), 2) + Math.Cos(Rad(a.Lat)) * Math.Cos(Rad(b.Lat)) * Math.Pow(Math.Sin(Rad(b.Lon - a.Lon) / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(h));
    }
}
