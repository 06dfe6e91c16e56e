using Sitrep.Core.Reporting;
using Sitrep.Render;

namespace Sitrep.Cli.Commands;

/// <summary>Draws the report's pictures (map, trends chart) and puts them into the HTML.</summary>
internal static class ReportArtist
{
    public static string Html(SituationReport report) =>
        ReportHtml.Write(report, new ReportArt(null, TrendsChart.RenderPng(report.Trends)), _ => "#5b6570");

    public static byte[] MapPng(SituationReport report) =>
        throw new CliException("the map PNG is not available yet");
}
