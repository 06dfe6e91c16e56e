using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// The words of several matchers in one dictionary, so that a word of the text is hashed and looked up once for all
/// of them; each matcher turns the shared id into its own with a map.
/// </summary>
internal sealed class WordLexicon
{
    private readonly TokenPrefilter _prefilter;
    // Open addressing over the words, keyed by their WordHash: the cut hashes each word as it folds it, so a lookup
    // compares at most a few stored hashes and one span instead of hashing the word again.
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly (Dictionary<string, int> Ids, int[] Map)[] _maps;

    public WordLexicon(params Dictionary<string, int>[] matcherIds)
    {
        var joint = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in matcherIds)
            foreach (var word in ids.Keys)
                joint.TryAdd(word, joint.Count);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, joint.Count) * 4.0)));
        _slots = new Slot[1 << bits];
        _shift = 32 - bits;
        foreach (var (word, id) in joint)
        {
            var hash = WordHash.Of(word);
            var i = SlotOf(hash);
            while (_slots[i].Key is not null) i = (i + 1) & (_slots.Length - 1);
            _slots[i] = new Slot(hash, id, word);
        }
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
    public int Find(ReadOnlySpan<char> folded) => Find(folded, WordHash.Of(folded));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, given the word's <see cref="WordHash"/>.</summary>
    public int Find(ReadOnlySpan<char> folded, uint hash)
    {
        if (folded.IsEmpty || folded.Length > MaxTokenLength || !_prefilter.MayContain(folded)) return -1;
        var mask = _slots.Length - 1;
        for (var i = SlotOf(hash); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Key is null) return -1;
            if (slot.Hash == hash && folded.SequenceEqual(slot.Key)) return slot.Id;
        }
    }

    // Fibonacci hashing: the top bits of the product spread even a weak hash's values over the table.
    private int SlotOf(uint hash) => (int)((hash * 2654435769u) >> _shift);

    private readonly record struct Slot(uint Hash, int Id, string? Key);

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

/// <summary>
/// FNV-1a over UTF-16 units: a word's hash built one folded char at a time as <see cref="TokenReader.NextWord"/> folds
/// it, and the same over a whole word for the lexicon's keys.
/// </summary>
internal static class WordHash
{
    public const uint Seed = 2166136261u;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word) hash = Step(hash, c);
        return hash;
    }
}
