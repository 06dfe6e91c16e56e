namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// One numbered event on the situation-report map: where it happened and the legend category of its actors
/// (see <see cref="LegendPalette"/>). <paramref name="Title"/> is a short tooltip (plain text; writers escape it).
/// </summary>
public sealed record MapMarker(int Number, double Latitude, double Longitude, string Legend, string? Title = null);
