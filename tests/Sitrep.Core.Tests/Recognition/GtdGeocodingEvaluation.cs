using Sitrep.Core.Knowledge;
using Sitrep.Core.Recognition.Places;
using Sitrep.Core.Tests.Seeds;
using Sitrep.Core.Text;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Recognition;

/// <summary>
/// Geocoding on real incident summaries nobody here wrote (GTD, Iraq 2012-2014): the place each summary names is found
/// and geocoded; the governorate and coordinates are compared with the analysts' coding. Prints the figures.
/// </summary>
public sealed class GtdGeocodingEvaluation(ITestOutputHelper output)
{
    // GTD spells governorates its own way; map them to the canonical names before comparing.
    private static readonly Dictionary<string, string> GtdStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Al Anbar"] = "Anbar", ["Saladin"] = "Salah ad-Din", ["Nineveh"] = "Ninewa", ["Dihok"] = "Duhok", ["Dohuk"] = "Duhok",
        ["Arbil"] = "Erbil", ["Sulaymaniyah"] = "Sulaymaniyah", ["As Sulaymaniyah"] = "Sulaymaniyah", ["Al Qadisiyah"] = "Qadisiyah",
        ["Qadisiyah"] = "Qadisiyah", ["Al Muthanna"] = "Muthanna", ["Dhi Qar"] = "Dhi Qar", ["Thi Qar"] = "Dhi Qar", ["Babil"] = "Babil",
        ["Babylon"] = "Babil", ["Wasit"] = "Wasit", ["Maysan"] = "Maysan", ["Karbala"] = "Karbala", ["Najaf"] = "Najaf", ["An Najaf"] = "Najaf",
        ["Basra"] = "Basra", ["Al Basrah"] = "Basra", ["Diyala"] = "Diyala", ["Kirkuk"] = "Kirkuk", ["Tamim"] = "Kirkuk", ["At Tamim"] = "Kirkuk",
        ["Baghdad"] = "Baghdad", ["Halabja"] = "Halabja",
    };

    [GtdFact]
    public void Incident_places_are_found_and_geocoded()
    {
        var rows = GtdRows.Read();
        var recognizer = PlaceRecognizer.Default;
        int found = 0, governorateRight = 0, within25 = 0, withCoordinates = 0;
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var text = row.Summary;
            var mentions = recognizer.Recognize(text);
            var location = PlaceSelector.MostSpecific(text, mentions, FirstSentence(text), recognizer.Gazetteer)
                           ?? PlaceSelector.MostSpecific(text, mentions, new TextSpan(0, text.Length), recognizer.Gazetteer);
            var state = GtdStates.GetValueOrDefault(row.State.Trim(), row.State.Trim());
            if (location is null) { misses.Add($"none    | {state} / {row.City} | {Head(text)}"); continue; }
            found++;
            if (location.Governorate == state) governorateRight++;
            else misses.Add($"gov {location.Governorate} ({location.Place.Name}) vs {state} / {row.City} | {Head(text)}");
            if (row.Latitude is { } lat && row.Longitude is { } lon)
            {
                withCoordinates++;
                var km = Gazetteer.DistanceKm(lat, lon, location.Place.Latitude, location.Place.Longitude);
                if (km <= 25) within25++;
                else misses.Add($"{km:0} km: {location.Place.Name} ({location.Place.Kind}, {location.Governorate}) vs {row.City} {lat:0.00},{lon:0.00} | {Head(text)}");
            }
        }
        output.WriteLine($"GTD rows: {rows.Count}; place found: {found} ({Pct(found, rows.Count)}); " +
                         $"governorate right: {governorateRight} ({Pct(governorateRight, rows.Count)}); " +
                         $"within 25 km: {within25} of {withCoordinates} with coordinates ({Pct(within25, withCoordinates)})");
        foreach (var m in misses.Take(400)) output.WriteLine("  " + m);
        // Guards against regressions; the bar is 90% governorate and 85% within 25 km.
        Assert.True(governorateRight >= 0.90 * rows.Count, $"governorate right for only {Pct(governorateRight, rows.Count)}");
        Assert.True(within25 >= 0.85 * withCoordinates, $"within 25 km for only {Pct(within25, withCoordinates)}");
    }

    /// <summary>GTD summaries open with "MM/DD/YYYY: " and state the place in their first sentence.</summary>
    private static TextSpan FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return new TextSpan(0, end < 0 ? text.Length : end + 1);
    }

    private static string Pct(int n, int of) => of == 0 ? "n/a" : $"{100.0 * n / of:0.0}%";
    private static string Head(string s) => s.Length <= 140 ? s : s[..140] + "…";
}
