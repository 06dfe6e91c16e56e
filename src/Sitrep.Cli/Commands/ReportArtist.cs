using Sitrep.Core.Knowledge;
using Sitrep.Core.Reporting;
using Sitrep.Core.Reporting.Map;
using Sitrep.Render;

namespace Sitrep.Cli.Commands;

/// <summary>Draws the report's pictures (map, trends chart) and puts them into the HTML.</summary>
internal static class ReportArtist
{
    /// <summary>The HTML page: its heading already names the report, so the map carries no title of its own.</summary>
    public static string Html(SituationReport report) =>
        ReportHtml.Write(report,
            new ReportArt(SvgMap.Write(Layout(report, title: null)), TrendsChart.RenderPng(report.Trends), TrendsChart.RenderPng(report.Trends, 440, 520)),
            c => LegendPalette.For(c).Fill);

    /// <summary>The map alone, titled, for a slide or a print.</summary>
    public static byte[] MapPng(SituationReport report) => Render.MapPng.Render(Layout(report, report.Title));

    /// <summary>The events with a place, as numbered markers in their legend colours.</summary>
    public static MapLayout Layout(SituationReport report, string? title)
    {
        var markers = report.Events.Where(e => e.Latitude is not null && e.Longitude is not null)
            .Select(e => new MapMarker(e.Number, e.Latitude!.Value, e.Longitude!.Value, e.Legend, e.Headline)).ToList();
        return MapLayout.Compute(markers, Gazetteer.Default, new MapLayoutOptions { Title = title });
    }
}
