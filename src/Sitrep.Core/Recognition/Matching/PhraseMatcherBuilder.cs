using System.Collections.ObjectModel;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// Collects phrases (aliases) and their values, then builds a frozen <see cref="PhraseMatcher{T}"/>. Not thread-safe;
/// the matcher it builds is.
/// </summary>
public sealed class PhraseMatcherBuilder<T>
{
    private readonly List<Entry> _entries = [];
    private readonly List<string> _optional = [];

    /// <summary>Entries added so far (phrases that fold to nothing are not kept).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Registers <paramref name="phrase"/> for <paramref name="value"/>. The phrase is folded with
    /// <see cref="Sitrep.Core.Text.NameFolding"/>; with <paramref name="caseSensitive"/> the text must also have each letter
    /// in the phrase's case ("IS" must not match "is"). A phrase that folds to no word is ignored.
    /// </summary>
    public PhraseMatcherBuilder<T> Add(string phrase, T value, bool caseSensitive = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var shape = PhraseShape.Parse(phrase);
        if (shape.Tokens.Length == 0) return this;
        if (shape.Tokens.Length > PhraseShape.MaxTokens)
            throw new ArgumentException($"A phrase may have at most {PhraseShape.MaxTokens} words.", nameof(phrase));
        _entries.Add(new Entry(phrase, value, shape, caseSensitive));
        return this;
    }

    /// <summary>
    /// Words that may lead a name or not ("al", "the", "el"): a phrase starting with one also matches without it, and
    /// a phrase is also found when the text puts one before it (then the span includes it: "al-Qaim" for "Qaim").
    /// </summary>
    public PhraseMatcherBuilder<T> OptionalLeadingTokens(params string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var token in tokens)
        {
            var shape = PhraseShape.Parse(token ?? throw new ArgumentException("Null token.", nameof(tokens)));
            if (shape.Tokens.Length != 1)
                throw new ArgumentException($"An optional leading token must be one word: '{token}'.", nameof(tokens));
            if (!_optional.Contains(shape.Tokens[0])) _optional.Add(shape.Tokens[0]);
        }
        return this;
    }

    /// <summary>Freezes the phrases into a matcher. The builder may be reused afterwards.</summary>
    public PhraseMatcher<T> Build()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string token)
        {
            if (!ids.TryGetValue(token, out var id)) ids.Add(token, id = ids.Count);
            return id;
        }

        var optionalIds = _optional.Select(Intern).ToHashSet();
        // One dictionary of all edges (parent << 32 | token) keeps the build-time trie compact; frozen to CSR below.
        var edges = new Dictionary<long, int>();
        var nodeCount = 1;
        var groups = new Dictionary<(int Node, string? Surface, ulong Allowed), int>();
        var outputs = new List<OutputBuilder>();
        var distinct = new HashSet<(string, string?)>();
        var maxDepth = 0;
        var maxTokenLength = 0;

        void Insert(int[] path, int from, Entry entry, string? surface, ulong allowed, bool variant)
        {
            var node = 0;
            for (var k = from; k < path.Length; k++)
            {
                var key = ((long)node << 32) | (uint)path[k];
                if (!edges.TryGetValue(key, out var child)) edges.Add(key, child = nodeCount++);
                node = child;
            }
            maxDepth = Math.Max(maxDepth, path.Length - from);
            if (!groups.TryGetValue((node, surface, allowed), out var index))
            {
                groups.Add((node, surface, allowed), index = outputs.Count);
                outputs.Add(new OutputBuilder(node, entry.Phrase, variant, surface, allowed));
            }
            var output = outputs[index];
            // A direct registration names the match better than an article-stripped variant of another phrase.
            if (output.Variant && !variant) { output.Phrase = entry.Phrase; output.Variant = false; }
            if (!output.Values.Contains(entry.Value)) output.Values.Add(entry.Value);
        }

        foreach (var entry in _entries)
        {
            var tokens = entry.Shape.Tokens;
            var path = new int[tokens.Length];
            for (var k = 0; k < tokens.Length; k++)
            {
                path[k] = Intern(tokens[k]);
                maxTokenLength = Math.Max(maxTokenLength, tokens[k].Length);
            }
            var surface = entry.CaseSensitive ? entry.Shape.Surface : null;
            distinct.Add((string.Join(' ', tokens), surface));
            Insert(path, 0, entry, surface, entry.Shape.PunctuatedGaps, variant: false);
            if (tokens.Length > 1 && optionalIds.Contains(path[0]))
                Insert(path, 1, entry, surface?[tokens[0].Length..], entry.Shape.PunctuatedGaps >> 1, variant: true);
        }
        foreach (var token in _optional) maxTokenLength = Math.Max(maxTokenLength, token.Length);

        // Freeze: the root's children in a dense array by token id (fan-out is huge), every other node's children in
        // one sorted CSR segment (binary search; fan-out is small except after "al").
        var rootChild = new int[ids.Count];
        Array.Fill(rootChild, -1);
        var childStart = new int[nodeCount + 1];
        foreach (var key in edges.Keys)
        {
            var parent = (int)(key >> 32);
            if (parent != 0) childStart[parent + 1]++;
        }
        for (var n = 0; n < nodeCount; n++) childStart[n + 1] += childStart[n];
        var childToken = new int[childStart[nodeCount]];
        var childNode = new int[childToken.Length];
        var fill = childStart[..^1];
        foreach (var (key, child) in edges)
        {
            var parent = (int)(key >> 32);
            var token = (int)(key & 0xFFFFFFFF);
            if (parent == 0) { rootChild[token] = child; continue; }
            var at = fill[parent]++;
            childToken[at] = token;
            childNode[at] = child;
        }
        for (var n = 1; n < nodeCount; n++)
        {
            var length = childStart[n + 1] - childStart[n];
            if (length > 1) Array.Sort(childToken, childNode, childStart[n], length);
        }

        var ordered = outputs.OrderBy(o => o.Node).ThenBy(o => o.Variant).ToArray();
        var outStart = new int[nodeCount + 1];
        foreach (var o in ordered) outStart[o.Node + 1]++;
        for (var n = 0; n < nodeCount; n++) outStart[n + 1] += outStart[n];
        var frozen = new MatchOutput<T>[ordered.Length];
        for (var k = 0; k < ordered.Length; k++)
        {
            var o = ordered[k];
            // Most aliases have one value: a one-field list is less than half the size of a wrapped array.
            IReadOnlyList<T> values = o.Values.Count == 1 ? new SingleValueList<T>(o.Values[0]) : new ReadOnlyCollection<T>([.. o.Values]);
            frozen[k] = new MatchOutput<T>(o.Phrase, values, o.Surface, o.Allowed);
        }
        // The union over a node's outputs, used when all of them accept (the usual case) so Match need not merge.
        var nodeValues = new Dictionary<int, IReadOnlyList<T>>();
        for (var n = 0; n < nodeCount; n++)
        {
            if (outStart[n + 1] - outStart[n] < 2) continue;
            var merged = new List<T>();
            for (var k = outStart[n]; k < outStart[n + 1]; k++)
                foreach (var v in frozen[k].Values)
                    if (!merged.Contains(v)) merged.Add(v);
            nodeValues.Add(n, merged.AsReadOnly());
        }

        var isOptional = new bool[ids.Count];
        foreach (var id in optionalIds) isOptional[id] = true;
        return new PhraseMatcher<T>(ids, rootChild, childStart, childToken, childNode, outStart, frozen, nodeValues,
            optionalIds.Count > 0 ? isOptional : [], distinct.Count, maxDepth, maxTokenLength);
    }

    private sealed record Entry(string Phrase, T Value, PhraseShape Shape, bool CaseSensitive);

    private sealed class OutputBuilder(int node, string phrase, bool variant, string? surface, ulong allowed)
    {
        public int Node { get; } = node;
        public string Phrase { get; set; } = phrase;
        public bool Variant { get; set; } = variant;
        public string? Surface { get; } = surface;
        public ulong Allowed { get; } = allowed;
        public List<T> Values { get; } = [];
    }
}

/// <summary>
/// What a trie node yields: the phrase, its values, the case form it demands (null: any case) and the gaps where the
/// phrase itself has punctuation (bit k: between word k and k+1), which the text may then have too.
/// </summary>
internal readonly record struct MatchOutput<T>(string Phrase, IReadOnlyList<T> Values, string? Surface, ulong Allowed);

/// <summary>A read-only list of one value.</summary>
internal sealed class SingleValueList<T>(T value) : IReadOnlyList<T>
{
    public T this[int index] => index == 0 ? value : throw new ArgumentOutOfRangeException(nameof(index));
    public int Count => 1;
    public IEnumerator<T> GetEnumerator() { yield return value; }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
