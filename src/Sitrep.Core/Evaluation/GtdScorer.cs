namespace Sitrep.Core.Evaluation;

/// <summary>
/// One row of a GTD extract (shared/eval/gtd-iraq-2012-2014.csv) as score.py reads it: the CSV's strings, unconverted
/// (coordinates are empty when unknown). Its document id is its 0-based row number.
/// </summary>
public sealed record GtdIncident(string Date, string State, string Latitude, string Longitude, string AttackType, string Summary);

/// <summary>score.py's <c>score_gtd</c>: per row, whether any prediction for it has the date, governorate, a point within 25 km, and (for bombings) the explosion type.</summary>
public static class GtdScorer
{
    private const string Explosions = "Explosions/Remote violence";

    public static RowScore Score(IReadOnlyList<GtdIncident> rows, IEnumerable<EventRecord> predictions) =>
        RowScorer.Score("gtd", rows, (_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture), predictions,
        [
            ("date", (r, ps) => ps.Any(p => p.DateStart == r.Date)),
            ("admin1", (r, ps) => ps.Any(p => ScoreNames.Admin1(p.Admin1) == ScoreNames.Admin1(r.State))),
            ("location<=25km", (r, ps) => RowScorer.BestGeo(r.Latitude, r.Longitude, ps)),
            ("bombing->explosion", (r, ps) => r.AttackType == "Bombing/Explosion" ? ps.Any(p => p.EventType == Explosions) : null),
        ]);
}
