using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>One gold event of seeds-gold.json: its evidence (an exact substring of the document) and coded attributes.</summary>
public sealed record GoldEvent
{
    public required string Id { get; init; }
    public required string Doc { get; init; }
    public required string Evidence { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Actor1 { get; init; }
    public string? Admin1 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Fatalities { get; init; }
    /// <summary>The real-world event shared with mentions in other documents, or null for a single report.</summary>
    public string? Cluster { get; init; }
}

/// <summary>A gold actor and every surface form the documents use for it.</summary>
public sealed record GoldActor(string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// The seed gold annotation (shared/eval/seeds-gold.json). Contradictions are kept as JSON until they are scored.
/// </summary>
public sealed record SeedGold(IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldActor> Actors, IReadOnlyList<JsonElement> Contradictions)
{
    /// <summary>The documents the events name, in order of first mention (score.py's order). Computed, so <c>with</c> keeps it right.</summary>
    public IReadOnlyList<string> Documents => Events.Select(e => e.Doc).Distinct(StringComparer.Ordinal).ToList();

    public static SeedGold Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Throws <see cref="FormatException"/> naming what is missing (or <see cref="JsonException"/>).</summary>
    public static SeedGold Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the gold is not a JSON object");
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            throw new FormatException("the gold has no 'events' array");
        return new SeedGold(
            events.EnumerateArray().Select((e, i) => ReadEvent(e, i)).ToList(),
            Array(root, "actors").Select(ReadActor).ToList(),
            Array(root, "contradictions").Select(c => c.Clone()).ToList());
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static GoldEvent ReadEvent(JsonElement e, int index)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new FormatException($"event {index} is not an object");
        try
        {
            var latitude = EventRecordReader.Num(e, "latitude");
            var longitude = EventRecordReader.Num(e, "longitude");
            if (latitude is not null && longitude is null) throw new FormatException("latitude without longitude");
            return new GoldEvent
            {
                Id = Required(e, "id"),
                Doc = Required(e, "doc"),
                Evidence = Required(e, "evidence"),
                DateStart = EventRecordReader.Str(e, "date_start"),
                DateEnd = EventRecordReader.Str(e, "date_end"),
                EventType = EventRecordReader.Str(e, "event_type"),
                SubEventType = EventRecordReader.Str(e, "sub_event_type"),
                Actor1 = EventRecordReader.Str(e, "actor1"),
                Admin1 = EventRecordReader.Str(e, "admin1"),
                Latitude = latitude,
                Longitude = longitude,
                Fatalities = EventRecordReader.Num(e, "fatalities"),
                Cluster = EventRecordReader.Str(e, "cluster"),
            };
        }
        catch (FormatException ex)
        {
            var id = e.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : $"#{index}";
            throw new FormatException($"event {id}: {ex.Message}", ex);
        }
    }

    private static string Required(JsonElement e, string name) =>
        EventRecordReader.Str(e, name) ?? throw new FormatException($"'{name}' is missing");

    private static GoldActor ReadActor(JsonElement a)
    {
        var name = a.ValueKind == JsonValueKind.Object ? EventRecordReader.Str(a, "name") : null;
        if (name is null) throw new FormatException("an actor has no 'name'");
        var aliases = a.TryGetProperty("aliases", out var al) && al.ValueKind == JsonValueKind.Array
            ? al.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()!
                : throw new FormatException($"actor {name}: an alias is not a string")).ToList()
            : [];
        return new GoldActor(name, aliases);
    }
}
