using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Linking;

/// <summary>
/// Builds event mentions directly (no extraction), so each linking test states exactly what the two sources say.
/// Actor ids and names are the registry's (actors.json); places carry real Baghdad/Basra coordinates.
/// </summary>
internal static class LinkingKit
{
    public static ActorRegistry Registry => ActorRegistry.Default;

    public static readonly EventActor Cts = new("Counterterrorism Service (CTS)", "counter-terrorism-service");
    public static readonly EventActor Isf = new("Iraqi Security Forces (ISF)", "iraqi-security-forces");
    public static readonly EventActor Kh = new("Kata'ib Hezbollah", "kataib-hezbollah");
    public static readonly EventActor Pmf = new("Popular Mobilization Forces (PMF)", "popular-mobilization-forces");
    public static readonly EventActor Kadhimi = new("Mustafa al-Kadhimi", "mustafa-al-kadhimi");
    public static readonly EventActor Sadr = new("Moqtada al-Sadr", "moqtada-al-sadr");

    public static readonly EventLocation Dora = new("Dora", null, "Iraq", "Baghdad", "Al-Rashid", 33.25, 44.39, 1);
    /// <summary>About 7 km north-east of Dora, in the same governorate.</summary>
    public static readonly EventLocation Karrada = new("Karrada", null, "Iraq", "Baghdad", "Al-Rusafa", 33.30, 44.43, 1);
    public static readonly EventLocation Basra = new("Basra", null, "Iraq", "Basra", "Basra", 30.51, 47.81, 1);
    /// <summary>An institution's act placed at the governorate capital (geo-precision 3).</summary>
    public static readonly EventLocation BaghdadCity = new("Baghdad", null, "Iraq", "Baghdad", null, 33.34, 44.40, 3);
    /// <summary>A region spanning governorates: coordinates but no admin1.</summary>
    public static readonly EventLocation SouthernIraq = new("southern Iraq", null, "Iraq", null, null, 31.0, 46.5, 2);

    public static DateRange Day(int month, int day) => new(new DateOnly(2020, month, day), new DateOnly(2020, month, day));

    public static DateRange Days(int month, int from, int to) => new(new DateOnly(2020, month, from), new DateOnly(2020, month, to));

    public static DateOnly On(int month, int day) => new(2020, month, day);

    public const string RaidEvidenceA = "The Counterterrorism Service raided a Kata'ib Hezbollah headquarters in Dora and detained 14 members.";
    public const string RaidEvidenceB = "Iraqi security forces raided a Kata'ib Hezbollah site in Dora, detaining 14 members of the militia.";

    /// <summary>A mention whose evidence starts at <paramref name="start"/> in both normalised and raw text.</summary>
    public static EventMention Mention(
        string doc,
        string evidence,
        int start = 0,
        DateRange? date = null,
        bool undated = false,
        string eventType = AcledType.Strategic,
        string subEventType = "Arrests",
        string kind = "raid",
        EventActor? actor1 = null,
        EventActor? actor2 = null,
        EventLocation? location = null,
        int? item = null,
        IReadOnlyDictionary<string, double>? counts = null,
        IReadOnlyDictionary<string, string>? qualifiers = null,
        IReadOnlyDictionary<string, TextSpan>? sources = null,
        int? length = null)
    {
        var span = new TextSpan(start, start + (length ?? evidence.Length));
        var d = undated ? (DateRange?)null : date ?? Day(6, 25);
        return new EventMention
        {
            DocumentId = doc,
            Item = item,
            Span = span,
            RawSpan = span,
            Evidence = evidence,
            Trigger = new TextSpan(start, start + 1),
            Date = d,
            TimePrecision = d is { } r ? (r.Start == r.End ? DatePrecision.Day : DatePrecision.Range) : null,
            EventType = eventType,
            SubEventType = subEventType,
            Kind = kind,
            Actor1 = actor1,
            Actor2 = actor2,
            Location = location ?? EventLocation.None(),
            Counts = counts ?? new Dictionary<string, double>(),
            CountQualifiers = qualifiers ?? new Dictionary<string, string>(),
            Sources = sources ?? new Dictionary<string, TextSpan>(),
            Confidence = 0.8,
        };
    }

    public static LinkMention Link(string key, EventMention m, string? publisher = null, DateOnly? published = null, string? docName = null) =>
        new(key, m.DocumentId, docName ?? m.DocumentId + ".txt", publisher, published, m);

    /// <summary>The CTS raid on KH in Dora, June 25, as an ISW-style report tells it.</summary>
    public static EventMention RaidA(string doc = "doc-a", int start = 100, DateRange? date = null, EventLocation? location = null) =>
        Mention(doc, RaidEvidenceA, start, date ?? Day(6, 25), actor1: Cts, actor2: Kh, location: location ?? Dora,
            counts: new Dictionary<string, double> { ["detained"] = 14 });

    /// <summary>The same raid as a second outlet tells it: "Iraqi security forces", June 25-26.</summary>
    public static EventMention RaidB(string doc = "doc-b", int start = 40, DateRange? date = null, EventLocation? location = null) =>
        Mention(doc, RaidEvidenceB, start, date ?? Days(6, 25, 26), actor1: Isf, actor2: Kh, location: location ?? Dora,
            counts: new Dictionary<string, double> { ["detained"] = 14 });
}
