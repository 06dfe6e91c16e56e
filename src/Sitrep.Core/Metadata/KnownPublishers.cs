namespace Sitrep.Core.Metadata;

/// <summary>A publisher and the names a text may call it by (abbreviations, product names such as "IntelBrief").</summary>
public sealed record Publisher(string Name, IReadOnlyList<string> Aliases);

/// <summary>A publisher named in a text, and where.</summary>
public readonly record struct PublisherMention(Publisher Publisher, int Index, string MatchedName);

/// <summary>A small table of publishers of conflict reporting, recognised by name, abbreviation or possessive.</summary>
public static class KnownPublishers
{
    public static IReadOnlyList<Publisher> All { get; } =
    [
        new("Institute for the Study of War", ["ISW", "understandingwar.org"]),
        new("Critical Threats Project", ["Critical Threats"]),
        new("Jerusalem Center for Public Affairs", ["JCPA", "jcpa.org"]),
        new("The Soufan Center", ["Soufan Center", "IntelBrief", "thesoufancenter.org"]),
        new("Associated Press", ["AP News", "apnews.com"]),
        // Bare short acronyms that also appear in photo credits ("AP Photo", "AFP") are left out on purpose.
        new("Reuters", []),
        new("Agence France-Presse", []),
        new("International Crisis Group", ["Crisis Group", "crisisgroup.org"]),
        new("The Washington Institute for Near East Policy", ["Washington Institute"]),
        new("Al-Monitor", ["Al Monitor"]),
        new("Rudaw", []),
        new("Kurdistan 24", ["Kurdistan24"]),
        new("Shafaq News", []),
        new("Middle East Eye", []),
        new("Al Jazeera", ["Al-Jazeera"]),
        new("BBC", ["BBC News"]),
        new("ACLED", ["Armed Conflict Location & Event Data Project"]),
        new("Long War Journal", ["FDD's Long War Journal"]),
        new("Carnegie Endowment for International Peace", ["Carnegie Middle East Center"]),
        new("Council on Foreign Relations", []),
        new("Middle East Institute", []),
        new("Atlantic Council", []),
    ];

    // Every name, longest first so "Soufan Center" is tried before shorter names.
    private static readonly (WholeNameFinder Finder, Dictionary<string, Publisher> ByName) Matcher = BuildMatcher();

    /// <summary>The first mention in <paramref name="text"/> at or after <paramref name="start"/>, before <paramref name="end"/>.</summary>
    public static PublisherMention? FindFirst(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0) end = text.Length;
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return Matcher.Finder.Find(text.AsSpan(start, end - start)) is (int index, string name)
            ? new PublisherMention(Matcher.ByName[name], start + index, name)
            : null;
    }

    /// <summary>
    /// The first mention in the whole of <paramref name="text"/> that starts at or after <paramref name="from"/>
    /// (the chars before it still count as its neighbours).
    /// </summary>
    internal static PublisherMention? FindFirstFrom(string text, int from) =>
        Matcher.Finder.Find(text, from) is (int index, string name) ? new PublisherMention(Matcher.ByName[name], index, name) : null;

    /// <summary>Length of the longest name or alias.</summary>
    internal static int LongestName => Matcher.Finder.LongestName;

    /// <summary>The publisher whose name or alias is exactly <paramref name="name"/> (case-insensitive).</summary>
    public static Publisher? ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName(name.AsSpan());
    }

    /// <summary>Whether <paramref name="name"/> is exactly a publisher's name or alias (case-insensitive).</summary>
    internal static bool IsName(ReadOnlySpan<char> name) => ByName(name) is not null;

    private static Publisher? ByName(ReadOnlySpan<char> name)
    {
        var n = name.Trim();
        foreach (var p in All)
        {
            if (n.Equals(p.Name, StringComparison.OrdinalIgnoreCase)) return p;
            foreach (var a in p.Aliases)
                if (n.Equals(a, StringComparison.OrdinalIgnoreCase)) return p;
        }
        return null;
    }

    private static (WholeNameFinder, Dictionary<string, Publisher>) BuildMatcher()
    {
        var byName = new Dictionary<string, Publisher>(StringComparer.Ordinal);
        foreach (var p in All)
        {
            byName[p.Name] = p;
            foreach (var a in p.Aliases) byName[a] = p;
        }
        // Case-sensitive: "ISW" the acronym, not a fragment; a possessive ("ISW’s") still matches.
        return (new WholeNameFinder(byName.Keys, digitsJoin: true), byName);
    }
}
