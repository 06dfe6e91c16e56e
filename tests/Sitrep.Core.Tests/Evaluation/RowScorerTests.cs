using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>score.py's gtd and acled modes on small hand-made rows.</summary>
public sealed class RowScorerTests
{
    private static readonly GtdIncident[] Gtd =
    [
        new("2013-03-10", "Al Anbar", "33.4206", "43.3078", "Bombing/Explosion", "A car bomb went off near a market in Ramadi."),
        new("2013-03-11", "Saladin", "", "", "Armed Assault", "Gunmen shot a local official in Tikrit."),
        new("2013-03-12", "Nineveh", "36.34", "43.13", "Bombing/Explosion", "A device exploded near a school in Mosul."),
    ];

    [Fact]
    public void Gtd_rows_are_scored_by_any_prediction_for_their_row_number()
    {
        var s = GtdScorer.Score(Gtd,
        [
            new EventRecord { Doc = "0", DateStart = "2013-03-09", Admin1 = "Baghdad", Latitude = 36.0, Longitude = 44.0 },
            new EventRecord { Doc = "0", DateStart = "2013-03-10", Admin1 = "Anbar", Latitude = 33.45, Longitude = 43.35, EventType = "Explosions/Remote violence" },
            new EventRecord { Doc = "1", DateStart = "2013-03-01", Admin1 = "Salah ad-Din", Latitude = 34.6, Longitude = 43.68, EventType = "Battles" },
            new EventRecord { Doc = "9", DateStart = "2013-03-12" }, // no such row
        ]);
        Assert.Equal(("gtd", 3, 2), (s.Mode, s.Rows, s.Found));
        var a = s.Attributes.ToDictionary(x => x.Name, x => (x.Correct, x.Total));
        Assert.Equal((1, 3), a["date"]);
        Assert.Equal((2, 3), a["admin1"]);
        Assert.Equal((1, 2), a["location<=25km"]);     // row 1 has no coordinates: not counted; row 2 has no prediction: wrong
        Assert.Equal((1, 2), a["bombing->explosion"]); // only the two bombings count
        Assert.Equal(
            """
            rows 3, with at least one event: 66.7% (2/3)
              date             33.3% (1/3)
              admin1           66.7% (2/3)
              location<=25km   50.0% (1/2)
              bombing->explosion 50.0% (1/2)
            GTD found=0.67 date=0.33 admin1=0.67 location<=25km=0.50 bombing->explosion=0.50

            """.ReplaceLineEndings("\n"), s.ToText());
    }

    [Fact]
    public void A_row_without_coordinates_first_puts_location_after_bombing()
    {
        var s = GtdScorer.Score([Gtd[1] with { AttackType = "Bombing/Explosion" }, Gtd[0]], []);
        Assert.Equal(["date", "admin1", "bombing->explosion", "location<=25km"], s.Attributes.Select(x => x.Name));
    }

    [Theory]
    [InlineData("05-Jul-20", "2020-07-05")]
    [InlineData("5-JUL-20", "2020-07-05")]
    [InlineData("01-jan-69", "1969-01-01")]
    [InlineData("31-Dec-68", "2068-12-31")]
    [InlineData("29-Feb-20", "2020-02-29")]
    public void Acled_dates_read_as_python_strptime(string input, string expected) => Assert.Equal(expected, AcledScorer.IsoDate(input));

    [Theory]
    [InlineData("30-Feb-20")]
    [InlineData("2020-07-05")]
    [InlineData("05-July-20")]
    [InlineData("05-Jul-2020")]
    public void Acled_dates_that_python_rejects_are_errors(string input) =>
        Assert.Throws<FormatException>(() => AcledScorer.IsoDate(input));

    [Fact]
    public void Acled_fatalities_are_summed_over_the_row_s_predictions()
    {
        AcledIncident[] rows =
        [
            new("IRQ1", "25-Jun-20", "Battles", "Armed clash", "Baghdad", "33.31", "44.37", "3"),
            new("IRQ2", "26-Jun-20", "Protests", "Peaceful protest", "Basrah", "", "", "0"),
        ];
        var s = AcledScorer.Score(rows,
        [
            new EventRecord { Doc = "IRQ1", EventType = "Battles", DateStart = "2020-06-25", Fatalities = 1, Admin1 = "baghdad" },
            new EventRecord { Doc = "IRQ1", EventType = "Riots", Fatalities = 2, Latitude = 33.3, Longitude = 44.4 },
            new EventRecord { Doc = "IRQ2", EventType = "Protests", SubEventType = "Peaceful protest", DateStart = "2020-06-27", Admin1 = "Basra" },
        ]);
        var a = s.Attributes.ToDictionary(x => x.Name, x => (x.Correct, x.Total));
        Assert.Equal(["event_type", "sub_event_type", "date", "admin1", "location<=25km", "fatalities"], s.Attributes.Select(x => x.Name));
        Assert.Equal((2, 2), a["event_type"]);
        Assert.Equal((1, 2), a["sub_event_type"]);
        Assert.Equal((1, 2), a["date"]);
        Assert.Equal((2, 2), a["admin1"]);
        Assert.Equal((1, 1), a["location<=25km"]);
        Assert.Equal((2, 2), a["fatalities"]); // 1 + 2 = 3; none = 0
        Assert.StartsWith("ACLED found=1.00 ", s.ToText().Split('\n')[^2]);
    }
}
