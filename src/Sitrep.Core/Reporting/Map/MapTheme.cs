namespace Sitrep.Core.Reporting.Map;

/// <summary>
/// The map's muted base colours, shared by every writer so SVG and PNG match: pale land, grey neighbours,
/// thin governorate lines under a darker national border, dark text for cities and grey for background names.
/// </summary>
public static class MapTheme
{
    public const string FontFamily = "DejaVu Sans, Arial, sans-serif";
    public const string Neighbours = "#E6E3DC";
    public const string Land = "#FBF9F3";
    public const string GovernorateLine = "#B3AC9C";
    public const double GovernorateLineWidth = 0.8;
    public const string Border = "#6B6557";
    /// <summary>Drawn under the fills, so only the outer half shows: the national border without tracing it.</summary>
    public const double BorderWidth = 3;
    public const string CityText = "#222222";
    public const string CityDot = "#222222";
    public const string GovernorateText = "#8E8878";
    public const string CountryText = "#A29D91";
    public const string PanelFill = "#FFFFFF";
    public const string PanelLine = "#6B6557";
    public const string InsetSourceLine = "#222222";
    public const string Leader = "#333333";
    public const string MarkerOutline = "#FFFFFF";
    public const double MarkerOutlineWidth = 1.5;
    public const double MarkerFont = 12;
    public const string ScaleDark = "#222222";
    public const string ScaleLight = "#FFFFFF";
    public const double ScaleBarHeight = 5;
}
