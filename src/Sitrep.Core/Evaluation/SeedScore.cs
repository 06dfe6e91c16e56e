using System.Text;
using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>Pairwise linking over matched gold mentions: pairs together in both, only in the prediction, only in the gold.</summary>
public sealed record LinkingScore(int TruePairs, int FalsePairs, int MissedPairs)
{
    public double Precision => PyFormat.Ratio(TruePairs, TruePairs + FalsePairs);
    public double Recall => PyFormat.Ratio(TruePairs, TruePairs + MissedPairs);
    public double F1 => PyFormat.F1(Precision, Recall);
}

/// <summary>The figures of score.py's seeds mode; <see cref="ToText"/> prints them as score.py does, line for line.</summary>
public sealed record SeedScore(int Gold, int Predicted, int Matched, IReadOnlyList<AttributeScore> Attributes, LinkingScore Linking)
{
    public double Precision => PyFormat.Ratio(Matched, Predicted);
    public double Recall => PyFormat.Ratio(Matched, Gold);
    public double F1 => PyFormat.F1(Precision, Recall);

    /// <summary>Contradictions scored as contradictions.py does, when the run linked the documents itself.</summary>
    public ContradictionScore? Contradictions { get; init; }

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append($"detection: precision {F3(Precision)} recall {F3(Recall)} F1 {F3(F1)}  (gold {Gold}, predicted {Predicted}, matched {Matched})\n");
        ScoreOutput.AttributeLines(sb, Attributes);
        sb.Append($"linking (pairwise over matched): precision {F3(Linking.Precision)} recall {F3(Linking.Recall)} F1 {F3(Linking.F1)}\n");
        sb.Append($"SEEDS detF1={F3(F1)} linkF1={F3(Linking.F1)} {ScoreOutput.SummaryPairs(Attributes)}\n");
        // After score.py's own lines, so its summary line stays where scripts look for it.
        if (Contradictions is { } c) sb.Append(c.ToText());
        return sb.ToString();
    }

    public string ToJson() => ScoreOutput.Json(WriteJson);

    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("mode", "seeds");
        w.WriteNumber("precision", Precision);
        w.WriteNumber("recall", Recall);
        w.WriteNumber("f1", F1);
        w.WriteNumber("gold", Gold);
        w.WriteNumber("predicted", Predicted);
        w.WriteNumber("matched", Matched);
        ScoreOutput.WriteAttributes(w, Attributes);
        w.WriteStartObject("linking");
        w.WriteNumber("precision", Linking.Precision);
        w.WriteNumber("recall", Linking.Recall);
        w.WriteNumber("f1", Linking.F1);
        w.WriteNumber("true_pairs", Linking.TruePairs);
        w.WriteNumber("false_pairs", Linking.FalsePairs);
        w.WriteNumber("missed_pairs", Linking.MissedPairs);
        w.WriteEndObject();
        if (Contradictions is { } c)
        {
            w.WriteStartObject("contradictions");
            w.WriteNumber("gold", c.Gold);
            w.WriteNumber("found", c.Found);
            w.WriteNumber("predicted", c.Predicted);
            w.WriteNumber("unmatched", c.Unmatched);
            w.WriteNumber("found_ratio", c.FoundRatio);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static string F3(double v) => PyFormat.Fixed(v, 3);
}
