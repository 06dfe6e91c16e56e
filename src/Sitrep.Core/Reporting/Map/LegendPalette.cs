namespace Sitrep.Core.Reporting.Map;

/// <summary>A legend category's marker fill and the colour its number is written in (both "#RRGGBB").</summary>
public sealed record LegendStyle(string Category, string Fill, string Text);

/// <summary>
/// Marker colours for the actor registry's legend categories (actors.json "legend"). Fills are mid-to-dark or clearly
/// light so each prints distinctly; the number colour is whichever of white or near-black reads on the fill at
/// WCAG AA (4.5:1 or more). Anything not listed is drawn as <see cref="Other"/> in neutral grey.
/// </summary>
public static class LegendPalette
{
    public const string Other = "Other";

    private const string White = "#FFFFFF";
    private const string Ink = "#111111";

    // Fixed order: the order legends list categories in, whatever order the markers come in.
    private static readonly LegendStyle[] Styles =
    [
        new("Iraqi Security Forces", "#1F5FAD", White),
        new("Iranian Proxy Militias", "#2E7D32", White),
        new("ISIS", "#1A1A1A", White),
        new("Anti-ISIS Coalition", "#7B3FA0", White),
        new("Kurdistan Regional Government", "#F5C400", Ink),
        new("Demonstration", "#E8630A", Ink),
        new("Prime Minister and Cabinet", "#00727A", White),
        new("Council of Representatives", "#8C5A2B", White),
        new("Iran", "#C0272D", White),
        new("Religious Figures", "#9CC35A", Ink),
        new("Political Parties", "#E07BB8", Ink),
        new("United States", "#62A8E5", Ink),
        new("Turkey", "#B7A6E0", Ink),
        new(Other, "#6E6E6E", White),
    ];

    private static readonly Dictionary<string, LegendStyle> ByName =
        Styles.ToDictionary(s => s.Category, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every category in legend order, <see cref="Other"/> last.</summary>
    public static IReadOnlyList<LegendStyle> All => Styles;

    /// <summary>The style of a category (case-insensitive); unknown, empty or null → <see cref="Other"/>'s grey.</summary>
    public static LegendStyle For(string? category) =>
        category is not null && ByName.TryGetValue(category.Trim(), out var s) ? s : ByName[Other];

    /// <summary>Position of the category in legend order (unknown categories sort as <see cref="Other"/>).</summary>
    public static int OrderOf(string? category) => Array.IndexOf(Styles, For(category));
}
