using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>
/// <c>sitrep events</c> over a store the test fills through <see cref="IEventStore"/> itself (invented week, invented
/// mentions), so the filters are tested whatever the extractor finds.
/// </summary>
public sealed class EventsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private const string WeekText =
        "Counter-terrorism troops raided a Kata'ib Hezbollah workshop in Dora on June 3 and held 9 men. " +
        "Asa'ib Ahl al-Haq supporters marched in Basra on June 5. " +
        "The Tigris Youth Committee blocked the highway west of Ramadi from June 6 to June 8. " +
        "Unknown men posted [boom]threats[/] and <b>warnings</b> near Mosul on June 9.";

    private const string LaterText = "Rockets landed near Balad Air Base on July 14; nobody was hurt.";

    /// <summary>A document whose original text starts with a page mark normalisation dropped: raw offset = offset + 3.</summary>
    private static Document Doc(string text, string fileName)
    {
        var raw = "p1 " + text;
        var map = new int[text.Length + 1];
        for (var i = 0; i <= text.Length; i++) map[i] = i + 3;
        return new Document
        {
            Id = ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(raw)),
            FileName = fileName,
            Kind = DocumentKind.SituationReport,
            Format = "text",
            RawText = raw,
            Text = text,
            Map = new OffsetMap(map),
        };
    }

    private static EventMention Mention(Document doc, string sentenceStart, string type, string subType, DateOnly start,
        DateOnly? end = null, string? trigger = null)
    {
        var at = doc.Text.IndexOf(sentenceStart, StringComparison.Ordinal);
        var stop = doc.Text.IndexOf(". ", at, StringComparison.Ordinal) is var s && s >= 0 ? s + 1 : doc.Text.Length;
        var span = new TextSpan(at, stop);
        var t = trigger is null ? default : doc.Text.IndexOf(trigger, at, StringComparison.Ordinal);
        return new EventMention
        {
            DocumentId = doc.Id,
            Span = span,
            RawSpan = doc.Map.ToRaw(span),
            Trigger = trigger is null ? default : new TextSpan(t, t + trigger.Length),
            Evidence = doc.Text[span.Start..span.End],
            Date = new DateRange(start, end ?? start),
            TimePrecision = end is null ? DatePrecision.Day : DatePrecision.Range,
            EventType = type,
            SubEventType = subType,
            Kind = subType.ToLowerInvariant(),
            Confidence = 0.7,
        };
    }

    private static DateOnly D(int month, int day) => new(2021, month, day);

    private async Task<(Document Week, Document Later)> SeedAsync()
    {
        var week = Doc(WeekText, "week-23.txt");
        var later = Doc(LaterText, "later.txt");
        await using var store = await SqliteEventStore.OpenAsync(_cli.Db);
        await store.AddDocumentAsync(week,
        [
            Mention(week, "Counter-terrorism troops raided", "Strategic developments", "Arrests", D(6, 3), trigger: "raided") with
            {
                Item = 1,
                Actor1 = new EventActor("Counter-Terrorism Service", "counter-terrorism-service"),
                Actor2 = new EventActor("Kata'ib Hezbollah", "kataib-hezbollah"),
                Location = new EventLocation("Dora", "sitrep:dora", "Iraq", "Baghdad", "Rusafa", 33.25, 44.4, 1),
                Counts = new Dictionary<string, double> { ["detained"] = 9 },
                CountQualifiers = new Dictionary<string, string> { ["detained"] = "about" },
                Hedged = true,
                Hedges = ["reportedly"],
                ClaimedBy = "a ministry statement",
            },
            Mention(week, "Asa'ib Ahl al-Haq supporters", "Protests", "Peaceful protest", D(6, 5)) with
            {
                Item = 2,
                Actor1 = new EventActor("Protesters (Iraq)", "protesters-iraq"),
                AssocActors = [new EventActor("Asa'ib Ahl al-Haq", "asaib-ahl-al-haq")],
                Location = new EventLocation("Basra", null, "Iraq", "Basra", null, 30.51, 47.81, 1),
            },
            Mention(week, "The Tigris Youth Committee", "Protests", "Protest with intervention", D(6, 6), D(6, 8)) with
            {
                Item = 3,
                Actor1 = new EventActor("Tigris Youth Committee", null),
                Location = new EventLocation("Ramadi", null, "Iraq", "Anbar", null, 33.42, 43.3, 2),
            },
            Mention(week, "Unknown men posted", "Strategic developments", "Other", D(6, 9)) with
            {
                Item = 4,
                Actor1 = new EventActor("[red]Ghost[/]", null),
                Location = new EventLocation("Mosul", null, "Iraq", "Ninewa", null, 36.34, 43.13, 2),
            },
        ]);
        await store.AddDocumentAsync(later,
        [
            Mention(later, "Rockets landed", "Explosions/Remote violence", "Shelling/artillery/missile attack", D(7, 14)) with
            {
                Location = new EventLocation("Balad Air Base", null, "Iraq", "Salah ad-Din", null, 33.94, 44.36, 1),
            },
        ]);
        return (week, later);
    }

    private async Task<List<JsonElement>> JsonEventsAsync(params string[] args)
    {
        var run = await _cli.RunWithDbAsync(["events", "--mentions", "--json", .. args]);
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
    }

    private async Task<List<string?>> LocationsAsync(params string[] args) =>
        (await JsonEventsAsync(args)).Select(e => e.GetProperty("location").GetString()).ToList();

    [Fact]
    public async Task Lists_every_mention_in_a_table_by_date()
    {
        await SeedAsync();
        var run = await _cli.RunWithDbAsync("events", "--mentions");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains("5 event mention(s)", run.Out);
        // A row's first line: date, type, actors, place, governorate, counts and doc:item (wordy cells wrap below it).
        Assert.Contains(lines, l => Regex.IsMatch(l,
            @"^\s*2021-06-03\s+Strategic developments\s+Counter-Terrorism\s+Kata'ib Hezbollah\s+Dora\s+Baghdad\s+about 9 detained\s+week-23\.txt:1\s+Counter-terrorism troops"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+Arrests\s+Service\s"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s*2021-06-06\s+Protests\s+Tigris Youth\s+Ramadi\s+Anbar\s+week-23\.txt:3\s"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s*\.\.2021-06-08\s+Protest with"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s*2021-07-14\s.*Balad Air Base\s+Salah ad-Din\s+later\.txt\s+Rockets landed"));
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 200, l));
        var order = new[] { "Dora", "Basra", "Ramadi", "Mosul", "Balad Air Base" }.Select(p => run.Out.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Document_text_is_printed_as_text_never_as_markup()
    {
        await SeedAsync();
        var run = await _cli.RunWithDbAsync("events", "--mentions", "--governorate", "Ninewa");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[red]Ghost[/]", run.Out);
        Assert.Contains("[boom]threats[/]", run.Out);
        Assert.Contains("<b>warnings</b>", run.Out);
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_date_type_text_and_document()
    {
        var (week, _) = await SeedAsync();
        // An event matches when its date range overlaps the window: the June 6-8 blockade is in June 7-30.
        Assert.Equal(["Ramadi", "Mosul"], await LocationsAsync("--from", "2021-06-07", "--to", "2021-06-30"));
        Assert.Equal(["Dora", "Basra"], await LocationsAsync("--to", "2021-06-05"));
        Assert.Equal(["Balad Air Base"], await LocationsAsync("--from", "2021-07-01"));
        // Type: the ACLED type or the sub-type, any case.
        Assert.Equal(["Basra", "Ramadi"], await LocationsAsync("--type", "protests"));
        Assert.Equal(["Dora"], await LocationsAsync("--type", "ARRESTS"));
        // Evidence text: all words, a prefix with *.
        Assert.Equal(["Ramadi"], await LocationsAsync("--text", "highway blocked"));
        Assert.Equal(["Basra"], await LocationsAsync("--text", "march*"));
        // Document by file name or id prefix; combined with another filter.
        Assert.Equal(["Balad Air Base"], await LocationsAsync("--doc", "later.txt"));
        Assert.Equal(["Basra", "Ramadi"], await LocationsAsync("--doc", week.Id[..10], "--type", "Protests"));
        Assert.Empty(await LocationsAsync("--doc", "week-23.txt", "--from", "2021-07-01"));
    }

    [Theory]
    [InlineData("Al Anbar", "Ramadi")]
    [InlineData("anbar", "Ramadi")]
    [InlineData("Nineveh", "Mosul")]
    [InlineData("Saladin", "Balad Air Base")]
    [InlineData("Salahuddin Province", "Balad Air Base")]
    [InlineData("Basrah", "Basra")]
    public async Task Governorate_accepts_common_spellings(string name, string location)
    {
        await SeedAsync();
        Assert.Equal([location], await LocationsAsync("--governorate", name));
    }

    [Fact]
    public async Task Unknown_governorate_is_matched_as_written_with_a_warning()
    {
        await SeedAsync();
        var run = await _cli.RunWithDbAsync("events", "--mentions", "--governorate", "Atlantis");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.StartsWith("sitrep: warning:") && l.Contains("Atlantis"));
        Assert.Contains("0 event mention(s)", run.Out);
    }

    [Theory]
    [InlineData("KH")]
    [InlineData("Hizbullah Brigades")]
    [InlineData("kataib hezbollah")]
    public async Task Actor_aliases_resolve_through_the_registry(string alias)
    {
        await SeedAsync();
        Assert.Equal(["Dora"], await LocationsAsync("--actor", alias));
    }

    [Fact]
    public async Task Actor_includes_the_groups_within_it()
    {
        await SeedAsync();
        // KH (actor2 in Dora) and Asa'ib Ahl al-Haq (associated actor in Basra) are both part of the PMF.
        Assert.Equal(["Dora", "Basra"], await LocationsAsync("--actor", "PMF"));
        Assert.Equal(["Dora", "Basra"], await LocationsAsync("--actor", "Popular Mobilization Units"));
        Assert.Equal(["Basra"], await LocationsAsync("--actor", "AAH"));
        // The CTS is part of the Iraqi Security Forces: the raid is theirs too, the PMF's protests are not.
        Assert.Equal(["Dora"], await LocationsAsync("--actor", "ISF"));
    }

    [Fact]
    public async Task An_actor_the_registry_does_not_know_is_matched_by_name()
    {
        await SeedAsync();
        Assert.Equal(["Ramadi"], await LocationsAsync("--actor", "tigris youth"));
        Assert.Empty(await LocationsAsync("--actor", "Nobody's Brigade \"X\""));
    }

    [Fact]
    public async Task Json_lists_every_field_with_spans_in_the_original_text()
    {
        var (week, _) = await SeedAsync();
        var events = await JsonEventsAsync("--actor", "KH");
        var e = Assert.Single(events);

        var span = e.GetProperty("span");
        var trigger = e.GetProperty("trigger");
        var evidence = e.GetProperty("evidence").GetString()!;
        Assert.StartsWith("Counter-terrorism troops raided", evidence);
        // span and trigger point into the original text (which starts with a dropped page mark).
        Assert.Equal(evidence, week.RawText[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        Assert.Equal("raided", week.RawText[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
        Assert.Equal(span.GetProperty("start").GetInt32() - 3, e.GetProperty("normalised_span").GetProperty("start").GetInt32());
        Assert.Equal(trigger.GetProperty("end").GetInt32() - 3, e.GetProperty("normalised_trigger").GetProperty("end").GetInt32());

        Assert.True(e.GetProperty("id").GetInt64() > 0);
        Assert.Equal(week.Id, e.GetProperty("document_id").GetString());
        Assert.Equal("week-23.txt", e.GetProperty("file_name").GetString());
        Assert.Equal(0, e.GetProperty("ordinal").GetInt32());
        Assert.Equal(1, e.GetProperty("item").GetInt32());
        Assert.Equal("2021-06-03", e.GetProperty("date_start").GetString());
        Assert.Equal("2021-06-03", e.GetProperty("date_end").GetString());
        Assert.Equal(1, e.GetProperty("time_precision").GetInt32());
        Assert.Equal("Strategic developments", e.GetProperty("event_type").GetString());
        Assert.Equal("Arrests", e.GetProperty("sub_event_type").GetString());
        Assert.Equal("arrests", e.GetProperty("kind").GetString());
        Assert.Equal("Counter-Terrorism Service", e.GetProperty("actor1").GetString());
        Assert.Equal("counter-terrorism-service", e.GetProperty("actor1_id").GetString());
        Assert.Equal("Kata'ib Hezbollah", e.GetProperty("actor2").GetString());
        Assert.Equal("kataib-hezbollah", e.GetProperty("actor2_id").GetString());
        Assert.Equal(JsonValueKind.Array, e.GetProperty("assoc_actors").ValueKind);
        Assert.Equal("Iraq", e.GetProperty("country").GetString());
        Assert.Equal("Baghdad", e.GetProperty("admin1").GetString());
        Assert.Equal("Rusafa", e.GetProperty("admin2").GetString());
        Assert.Equal("Dora", e.GetProperty("location").GetString());
        Assert.Equal("sitrep:dora", e.GetProperty("place_id").GetString());
        Assert.Equal(33.25, e.GetProperty("latitude").GetDouble());
        Assert.Equal(44.4, e.GetProperty("longitude").GetDouble());
        Assert.Equal(1, e.GetProperty("geo_precision").GetInt32());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("fatalities").ValueKind);
        Assert.Equal(9, e.GetProperty("counts").GetProperty("detained").GetDouble());
        Assert.Equal("about", e.GetProperty("count_qualifiers").GetProperty("detained").GetString());
        Assert.True(e.GetProperty("hedged").GetBoolean());
        Assert.Equal(["reportedly"], e.GetProperty("hedges").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("a ministry statement", e.GetProperty("claimed_by").GetString());
        Assert.False(e.GetProperty("background").GetBoolean());
        Assert.Equal(0.7, e.GetProperty("confidence").GetDouble());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("event_id").ValueKind);

        var protest = Assert.Single(await JsonEventsAsync("--actor", "AAH"));
        var assoc = Assert.Single(protest.GetProperty("assoc_actors").EnumerateArray().ToList());
        Assert.Equal("Asa'ib Ahl al-Haq", assoc.GetProperty("name").GetString());
        Assert.Equal("asaib-ahl-al-haq", assoc.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, protest.GetProperty("actor2").ValueKind);
    }

    [Fact]
    public async Task Limit_says_how_many_more_there_are()
    {
        await SeedAsync();
        var table = await _cli.RunWithDbAsync("events", "--mentions", "--limit", "2");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 of 5 event mention(s)", table.Out);
        var json = await _cli.RunWithDbAsync("events", "--mentions", "--json", "-n", "2");
        Assert.Equal(2, JsonDocument.Parse(json.Out).RootElement.GetArrayLength());
        Assert.Contains(json.ErrLines, l => l.StartsWith("sitrep: warning:") && l.Contains("2 of 5"));
    }

    [Theory]
    [InlineData("--from", "2021-13-01", "--from")]
    [InlineData("--to", "June 5", "--to")]
    [InlineData("--from", "2021-02-29", "--from")]
    [InlineData("--limit", "0", "--limit")]
    public async Task Bad_values_are_usage_errors(string option, string value, string named)
    {
        await SeedAsync();
        var run = await _cli.RunWithDbAsync("events", "--mentions", option, value);
        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith("sitrep: error:", error);
        Assert.Contains(named, error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_a_usage_error_even_without_a_database()
    {
        var run = await _cli.RunWithDbAsync("events", "--mentions", "--from", "2021-06-09", "--to", "2021-06-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.Contains("--from 2021-06-09 is after --to 2021-06-01"));
        Assert.False(File.Exists(_cli.Db));
    }

    [Fact]
    public async Task Missing_database_or_document_fails_clearly()
    {
        var none = await _cli.RunWithDbAsync("events", "--mentions");
        Assert.Equal(3, none.ExitCode);
        Assert.Contains("no such database", none.Err);
        Assert.False(File.Exists(_cli.Db));

        await SeedAsync();
        var unknown = await _cli.RunWithDbAsync("events", "--mentions", "--doc", "nothing.txt");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("nothing.txt", Assert.Single(unknown.ErrLines));
    }

    [Fact]
    public async Task Ingest_stores_the_extracted_events_and_says_how_many()
    {
        _cli.Write("in/sitrep.txt", SampleTexts.SituationReport);
        _cli.Write("in/clash.html", SampleTexts.Article);
        var ingest = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in"));
        Assert.Equal(0, ingest.ExitCode);
        var stored = Regex.Match(ingest.Out, @"2 added, 0 unchanged, 0 failed, (\d+) event\(s\) stored");
        Assert.True(stored.Success, ingest.Out);
        Assert.Contains(ingest.ErrLines, l => Regex.IsMatch(l, @"^\[\d/2\] added \(\d+ event\(s\)\)"));

        // What ingest reports is what the store holds, all of it from the two documents.
        var events = await JsonEventsAsync("--limit", "1000");
        Assert.Equal(int.Parse(stored.Groups[1].Value), events.Count);
        Assert.All(events, e => Assert.Contains(e.GetProperty("file_name").GetString(), new[] { "sitrep.txt", "clash.html" }));

        // Re-ingesting stores no second copy of any mention.
        var again = await _cli.RunWithDbAsync("ingest", Path.Combine(_cli.Dir, "in"));
        Assert.Contains("0 added, 2 unchanged, 0 failed, 0 event(s) stored", again.Out);
        Assert.Equal(events.Count, (await JsonEventsAsync("--limit", "1000")).Count);
    }
}
