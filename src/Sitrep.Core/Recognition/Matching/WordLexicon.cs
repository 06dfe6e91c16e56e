using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// The words of several matchers in one dictionary, so that a word of the text is hashed and looked up once for all
/// of them; each matcher turns the shared id into its own with a map.
/// </summary>
internal sealed class WordLexicon
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TokenPrefilter _prefilter;
    private readonly (Dictionary<string, int> Ids, int[] Map)[] _maps;

    public WordLexicon(params Dictionary<string, int>[] matcherIds)
    {
        var joint = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in matcherIds)
            foreach (var word in ids.Keys)
                joint.TryAdd(word, joint.Count);
        _lookup = joint.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new TokenPrefilter(joint.Keys);
        MaxTokenLength = joint.Count == 0 ? 0 : joint.Keys.Max(k => k.Length);
        _maps = new (Dictionary<string, int>, int[])[matcherIds.Length];
        for (var m = 0; m < matcherIds.Length; m++)
        {
            var map = new int[joint.Count];
            foreach (var (word, id) in joint) map[id] = matcherIds[m].TryGetValue(word, out var own) ? own : -1;
            _maps[m] = (matcherIds[m], map);
        }
    }

    public int MaxTokenLength { get; }

    /// <summary>The shared id of a folded word, or -1 when no matcher knows it.</summary>
    public int Find(ReadOnlySpan<char> folded) =>
        folded.Length <= MaxTokenLength && _prefilter.MayContain(folded) && _lookup.TryGetValue(folded, out var id) ? id : -1;

    /// <summary>Shared id to the matcher's own id (-1: not its word), for the matcher with these token ids.</summary>
    public int[] MapFor(Dictionary<string, int> matcherIds) =>
        TryMapFor(matcherIds, out var map) ? map : throw new InvalidOperationException("The lexicon was not built for this matcher.");

    /// <summary>As <see cref="MapFor"/>; false when the lexicon was not built for the matcher.</summary>
    public bool TryMapFor(Dictionary<string, int> matcherIds, [NotNullWhen(true)] out int[]? map)
    {
        foreach (var (ids, m) in _maps)
            if (ReferenceEquals(ids, matcherIds))
            {
                map = m;
                return true;
            }
        map = null;
        return false;
    }
}
