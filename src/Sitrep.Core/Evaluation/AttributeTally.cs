namespace Sitrep.Core.Evaluation;

/// <summary>How often one attribute was right, out of the times it was checked.</summary>
public sealed record AttributeScore(string Name, int Correct, int Total)
{
    public double Ratio => PyFormat.Ratio(Correct, Total);
}

/// <summary>Counts per attribute in the order each was first checked (score.py prints its dict in insertion order).</summary>
internal sealed class AttributeTally
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (int Correct, int Total)> _counts = new(StringComparer.Ordinal);

    public void Add(string name, bool correct)
    {
        if (!_counts.TryGetValue(name, out var c)) _order.Add(name);
        _counts[name] = (c.Correct + (correct ? 1 : 0), c.Total + 1);
    }

    public IReadOnlyList<AttributeScore> Scores() =>
        _order.Select(n => new AttributeScore(n, _counts[n].Correct, _counts[n].Total)).ToList();
}
