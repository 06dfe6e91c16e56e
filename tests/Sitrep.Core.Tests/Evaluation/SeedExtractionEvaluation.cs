using System.Text;
using Sitrep.Core.Evaluation;
using Sitrep.Core.Extraction;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>
/// The real extraction over the five seeds, scored against ../shared/eval/seeds-gold.json as <c>sitrep eval</c> does.
/// Prints the figures; asserts only that the counts are consistent (no thresholds while the extractor is written).
/// </summary>
public sealed class SeedExtractionEvaluation(ITestOutputHelper output)
{
    [SeedFact]
    public void Scores_the_extraction_of_the_seeds()
    {
        Assert.NotNull(SeedFiles.GoldPath);
        var gold = SeedGold.Load(SeedFiles.GoldPath);
        var records = new List<EventRecord>();
        var texts = new Dictionary<string, string>();
        foreach (var path in SeedFiles.All())
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            var raw = new RawDocument { FileName = name, Path = path, Format = "text", Text = text, ContentHash = ContentHash.Of(Encoding.UTF8.GetBytes(text)) };
            records.AddRange(EventExtraction.Default.Run(raw, raw.ContentHash).Events.Select(e => EventRecord.From(e, name)));
            texts[name] = GoldText.Read(path);
        }
        var score = SeedScorer.Score(gold, texts, records);
        output.WriteLine(score.ToText());

        Assert.Equal(106, score.Gold);
        var docs = gold.Documents;
        Assert.Equal(records.Count(r => r.Doc is not null && docs.Contains(r.Doc)), score.Predicted);
        Assert.InRange(score.Matched, 0, Math.Min(score.Gold, score.Predicted));
        foreach (var a in score.Attributes)
        {
            Assert.InRange(a.Correct, 0, a.Total);
            if (a.Name is "date" or "event_type" or "sub_event_type" or "actor1" or "admin1") Assert.Equal(score.Matched, a.Total);
            else Assert.InRange(a.Total, 1, score.Matched);
        }
        var pairs = score.Matched * (score.Matched - 1) / 2;
        Assert.InRange(score.Linking.TruePairs + score.Linking.FalsePairs + score.Linking.MissedPairs, 0, pairs);
    }
}
