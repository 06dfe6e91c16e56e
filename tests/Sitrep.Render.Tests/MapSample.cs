using Sitrep.Core.Reporting.Map;

namespace Sitrep.Render.Tests;

/// <summary>A realistic week: six events in Baghdad, the rest spread over the country, most legend categories.</summary>
internal static class MapSample
{
    public static IReadOnlyList<MapMarker> Week() =>
    [
        new(1, 33.3080, 44.3800, "Iraqi Security Forces", "CTS raids a Kata'ib Hezbollah site & detains 14"),
        new(2, 33.3070, 44.3830, "Iranian Proxy Militias", "KH fighters surround the CTS headquarters in the Green Zone"),
        new(3, 33.3900, 44.4600, "Demonstration", "Protest in Sadr City"),
        new(4, 33.2625, 44.2346, "Iranian Proxy Militias", "Rockets hit near Baghdad International Airport"),
        new(5, 33.3800, 44.3400, "Religious Figures", "Friday sermon in Kadhimiya"),
        new(6, 33.5230, 44.2680, "Anti-ISIS Coalition", "Coalition hands over Camp Taji"),
        new(7, 30.5085, 47.7804, "Demonstration", "Protesters block the road to Umm Qasr"),
        new(8, 36.3350, 43.1189, "ISIS", "IED strikes an army patrol south of Mosul"),
        new(9, 35.4681, 44.3922, "Iraqi Security Forces", "Operation in Kirkuk's southern districts"),
        new(10, 36.1833, 44.0119, "Kurdistan Regional Government", "KRG cabinet meets on salaries"),
        new(11, 33.0300, 40.2800, "ISIS", "Attack on shepherds near Rutba"),
        new(12, 33.9800, 44.9400, "ISIS", "Sniper kills a PMF fighter near Muqdadiyah"),
        new(13, 36.3200, 41.8700, "Turkey", "Turkish drone strike in Sinjar"),
        new(14, 34.3800, 41.0500, "Iraqi Security Forces", "Border guards close al-Qaim crossing"),
        new(15, 31.0580, 46.2570, "Demonstration", "Sit-in in Nasiriyah"),
        new(16, 32.0260, 44.3460, "Prime Minister and Cabinet", "Prime minister visits Najaf"),
    ];
}
