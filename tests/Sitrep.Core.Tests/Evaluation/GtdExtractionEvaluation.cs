using System.Globalization;
using Sitrep.Core.Evaluation;
using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>
/// The real extraction over every GTD summary (../shared/eval, evaluation only), scored as <c>sitrep eval --gtd</c>
/// does. Issue 4's bar: a date for 95% of incidents and bombings coded Explosions/Remote violence 90% of the time.
/// </summary>
public sealed class GtdExtractionEvaluation(ITestOutputHelper output)
{
    [GtdFact]
    public void Dates_and_bombings_of_the_GTD_summaries_meet_the_bar()
    {
        var rows = GtdRows.Read();
        var incidents = rows.Select(r => new GtdIncident(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.State,
            r.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "", r.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
            r.AttackType, r.Summary)).ToList();
        var records = rows.AsParallel().AsOrdered().SelectMany((r, i) =>
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var raw = new RawDocument { FileName = id, Format = "text", Text = r.Summary };
            return EventExtraction.Default.Run(raw, id).Events.Select(e => EventRecord.From(e, id));
        }).ToList();
        var score = GtdScorer.Score(incidents, records);
        output.WriteLine(score.ToText());

        var date = score.Attributes.Single(a => a.Name == "date");
        var bombing = score.Attributes.Single(a => a.Name == "bombing->explosion");
        Assert.True((double)date.Correct / date.Total >= 0.95, $"date {date.Correct}/{date.Total}");
        Assert.True((double)bombing.Correct / bombing.Total >= 0.90, $"bombing {bombing.Correct}/{bombing.Total}");
    }
}
