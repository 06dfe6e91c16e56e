using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sitrep.Core.Tests.Seeds;

/// <summary>One incident of ../shared/eval/gtd-iraq-2012-2014.csv: the analysts' summary and what they coded.</summary>
internal sealed record GtdRow(DateOnly Date, string State, string City, double? Latitude, double? Longitude, string AttackType, string Summary);

/// <summary>Reads the GTD evaluation file (evaluation only: never copied into the project).</summary>
internal static class GtdRows
{
    public static string? Path => SeedFiles.GoldPath is { } gold
        ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(gold)!, "gtd-iraq-2012-2014.csv") is var p && File.Exists(p) ? p : null
        : null;

    public static List<GtdRow> Read()
    {
        using var reader = new StreamReader(Path!);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<GtdRow>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add(new GtdRow(
                DateOnly.ParseExact(csv.GetField("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                csv.GetField("state") ?? "",
                csv.GetField("city") ?? "",
                Number(csv.GetField("latitude")),
                Number(csv.GetField("longitude")),
                csv.GetField("attack_type") ?? "",
                csv.GetField("summary") ?? ""));
        }
        return rows;
    }

    private static double? Number(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>A fact skipped, with the reason shown, when the GTD evaluation file is not on this machine.</summary>
public sealed class GtdFactAttribute : FactAttribute
{
    public GtdFactAttribute()
    {
        if (GtdRows.Path is null) Skip = "../shared/eval/gtd-iraq-2012-2014.csv not found; GTD evaluation skipped";
    }
}
