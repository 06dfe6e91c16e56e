using System.Text.Json;
using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>
/// score.py's acled mode and <see cref="AcledScorer"/> print the same text on the same data (there is no ACLED
/// command yet; the seeds and gtd modes are checked through <c>sitrep eval --pred</c> in the CLI tests).
/// </summary>
public sealed class ScorePyAgreementTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-scorepy-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ScorePyFact]
    public void Acled_mode_agrees_with_score_py()
    {
        AcledIncident[] rows =
        [
            new("IRQ1", "25-Jun-20", "Battles", "Armed clash", "Baghdad", "33.31", "44.37", "3"),
            new("IRQ2", "26-jun-20", "Protests", "Peaceful protest", "Basrah", "", "", "0"),
            new("IRQ3", "1-Jul-20", "Explosions/Remote violence", "Air/drone strike", "Al Anbar", "34.38", "40.99", "12"),
            new("IRQ4", "02-Jul-20", "Riots", "Mob violence", "Dhi Qar", "31.05", "46.26", "0"),
            new("IRQ5", "03-Jul-20", "Strategic developments", "Arrests", "Salah al-Din", "34.61", "43.68", "0"),
        ];
        EventRecord[] preds =
        [
            new() { Doc = "IRQ1", EventType = "Battles", SubEventType = "Armed clash", DateStart = "2020-06-25", Admin1 = "Baghdad", Latitude = 33.5, Longitude = 44.37, Fatalities = 1 },
            new() { Doc = "IRQ1", EventType = "Riots", Fatalities = 2 },
            new() { Doc = "IRQ2", EventType = "Protests", SubEventType = "Peaceful protest", DateStart = "2020-06-26", Admin1 = "Basra" },
            new() { Doc = "IRQ3", EventType = "Explosions/Remote violence", SubEventType = "Shelling/artillery/missile attack", DateStart = "2020-07-02", Admin1 = "Anbar", Latitude = 34.6, Longitude = 41.0, Fatalities = 12 },
            new() { Doc = "IRQ5", EventType = "Strategic developments", SubEventType = "Arrests", DateStart = "2020-07-03", Admin1 = "Saladin", Latitude = 34.65, Longitude = 43.7, Fatalities = 0 },
            new() { Doc = "IRQ9", EventType = "Battles" },
        ];
        var csv = Path.Combine(_dir, "acled.csv");
        File.WriteAllLines(csv, ["event_id_cnty,event_date,event_type,sub_event_type,admin1,latitude,longitude,fatalities",
            .. rows.Select(r => string.Join(",", r.EventIdCnty, r.EventDate, r.EventType, r.SubEventType, r.Admin1, r.Latitude, r.Longitude, r.Fatalities))]);
        var pred = Path.Combine(_dir, "pred.jsonl");
        File.WriteAllLines(pred, preds.Select(p => JsonSerializer.Serialize(new
        {
            doc = p.Doc, date_start = p.DateStart, event_type = p.EventType, sub_event_type = p.SubEventType,
            admin1 = p.Admin1, latitude = p.Latitude, longitude = p.Longitude, fatalities = p.Fatalities,
        })));

        var expected = ScorePy.Run("acled", csv, pred);
        Assert.Equal(expected, AcledScorer.Score(rows, EventRecordReader.ReadFile(pred)).ToText());
    }
}
