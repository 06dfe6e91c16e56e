using System.Buffers;
using System.Runtime.CompilerServices;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// Finds every registered phrase in a text in one pass: the text is cut into folded word tokens (see
/// <see cref="NameFolding"/>), each looked up once in the token dictionary, and a trie over token ids is walked from
/// each token. Matches are leftmost-longest and never overlap; only whole words match; a match never crosses a
/// paragraph break, and crosses a sentence end or clause punctuation only where the phrase has it too ("U.S. Army").
/// A possessive ("Iraq’s", "KH's") also matches the name without its "’s". Immutable and thread-safe; build it with
/// <see cref="PhraseMatcherBuilder{T}"/>.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private const int Window = 4096;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TokenPrefilter _prefilter;
    private readonly int[] _rootChild;
    private readonly int[] _childStart;
    private readonly int[] _childToken;
    private readonly int[] _childNode;
    private readonly int[] _outStart;
    private readonly MatchOutput<T>[] _outputs;
    private readonly Dictionary<int, IReadOnlyList<T>> _nodeValues;
    private readonly bool[] _isOptional;
    private readonly int _maxDepth;
    private readonly int _maxTokenLength;

    internal PhraseMatcher(Dictionary<string, int> ids, int[] rootChild, int[] childStart, int[] childToken, int[] childNode,
        int[] outStart, MatchOutput<T>[] outputs, Dictionary<int, IReadOnlyList<T>> nodeValues, bool[] isOptional, int phraseCount, int maxDepth, int maxTokenLength)
    {
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new TokenPrefilter(ids.Keys);
        _rootChild = rootChild;
        _childStart = childStart;
        _childToken = childToken;
        _childNode = childNode;
        _outStart = outStart;
        _outputs = outputs;
        _nodeValues = nodeValues;
        _isOptional = isOptional;
        PhraseCount = phraseCount;
        _maxDepth = maxDepth;
        _maxTokenLength = maxTokenLength;
    }

    /// <summary>A matcher without phrases: finds nothing.</summary>
    public static PhraseMatcher<T> Empty { get; } = new PhraseMatcherBuilder<T>().Build();

    /// <summary>Distinct phrases after folding (Kata'ib and Kataib count once; a case-sensitive form counts apart).</summary>
    public int PhraseCount { get; }

    /// <summary>Each word of the phrases, folded, and its id: for a <see cref="WordLexicon"/> shared with other matchers.</summary>
    internal Dictionary<string, int> TokenIds => _ids;

    /// <summary>Distinct words over all phrases.</summary>
    public int TokenCount => _ids.Count;

    /// <summary>Trie nodes, the root included.</summary>
    public int NodeCount => _outStart.Length - 1;

    /// <summary>All matches in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<PhraseMatch<T>> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Match(text, new TextSpan(0, text.Length));
    }

    /// <summary>
    /// Matches whose words lie wholly inside <paramref name="range"/> (a word cut by the range's edge is not matched);
    /// spans are offsets into the whole text.
    /// </summary>
    public IReadOnlyList<PhraseMatch<T>> Match(string text, TextSpan range)
    {
        var list = new List<PhraseMatch<T>>();
        MatchInto(text, range, list);
        return list;
    }

    /// <summary>Appends the matches inside <paramref name="range"/> to <paramref name="output"/>.</summary>
    public void MatchInto(string text, TextSpan range, List<PhraseMatch<T>> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start)
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} is outside a text of length {text.Length}.");
        if (_outputs.Length == 0 || range.IsEmpty) return;

        // The reader never runs ahead further than a phrase can reach, so memory stays bounded for texts of any size.
        var lookahead = _maxDepth + 2;
        var tokens = ArrayPool<TextToken>.Shared.Rent(Math.Max(Window, 4 * lookahead));
        var buffer = ArrayPool<char>.Shared.Rent(_maxTokenLength + 1);
        try
        {
            var reader = new TokenReader(text, range, buffer, _maxTokenLength);
            int count = 0, i = 0;
            var done = false;
            while (true)
            {
                if (!done && count - i < lookahead)
                {
                    if (i > 0)
                    {
                        Array.Copy(tokens, i, tokens, 0, count - i);
                        count -= i;
                        i = 0;
                    }
                    done = reader.Fill(tokens, ref count, _lookup, _prefilter);
                }
                if (i >= count) break;
                i = MatchAt(text, tokens, i, count, output);
            }
        }
        finally
        {
            ArrayPool<TextToken>.Shared.Return(tokens);
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The matches in the region <paramref name="words"/> was cut from, as <see cref="MatchInto"/> finds them: several
    /// matchers over one region share its cutting into words.
    /// </summary>
    internal List<PhraseMatch<T>> MatchWords(RegionWords words) => MatchWords(words, words.Range);

    /// <summary>The matches in <paramref name="range"/>, a part of the range <paramref name="words"/> was cut from.</summary>
    internal List<PhraseMatch<T>> MatchWords(RegionWords words, TextSpan range)
    {
        var output = new List<PhraseMatch<T>>();
        MatchWordsInto(words, range, output);
        return output;
    }

    /// <summary>Appends the matches in <paramref name="range"/>, a part of the range <paramref name="words"/> was cut from, to <paramref name="output"/>.</summary>
    internal void MatchWordsInto(RegionWords words, TextSpan range, List<PhraseMatch<T>> output) =>
        MatchWordsInto(words, words.Lexicon!.MapFor(_ids), range, output);

    /// <summary>
    /// Appends the matches in <paramref name="range"/> (a part of the range <paramref name="words"/> was cut from) to
    /// <paramref name="output"/>; <paramref name="map"/> is the lexicon's map for this matcher.
    /// </summary>
    internal void MatchWordsInto(RegionWords words, int[] map, TextSpan range, List<PhraseMatch<T>> output)
    {
        if (_outputs.Length == 0 || range.IsEmpty) return;
        var tokens = ArrayPool<TextToken>.Shared.Rent(Math.Max(1, words.Count));
        try
        {
            var count = words.Tokens(range, tokens, map);
            for (var i = 0; i < count;) i = MatchAt(words.Text, tokens, i, count, output);
        }
        finally
        {
            ArrayPool<TextToken>.Shared.Return(tokens);
        }
    }

    /// <summary>Takes the longest match starting at token <paramref name="i"/>; returns the token to go on from.</summary>
    private int MatchAt(string text, TextToken[] tokens, int i, int count, List<PhraseMatch<T>> output)
    {
        var found = Walk(text, tokens, i, count, out var best);
        var phraseStart = i;
        // "al-Qaim" for the phrase "qaim": an optional leading word joined to the rest by a plain gap.
        if (_isOptional.Length > 0 && tokens[i].Id >= 0 && _isOptional[tokens[i].Id] && i + 1 < count
            && tokens[i + 1].Gap == GapKind.None && Walk(text, tokens, i + 1, count, out var skipped)
            && (!found || EndOf(tokens, skipped) > EndOf(tokens, best)))
        {
            found = true;
            best = skipped;
            phraseStart = i + 1;
        }
        if (!found) return i + 1;

        var (values, phrase) = Collect(text, tokens, phraseStart, best);
        output.Add(new PhraseMatch<T>(new TextSpan(tokens[i].Start, EndOf(tokens, best)), values, phrase));
        return best.Token + 1;
    }

    private static int EndOf(TextToken[] tokens, Candidate c) => c.Alt ? tokens[c.Token].AltEnd : tokens[c.Token].End;

    /// <summary>Walks the trie from token <paramref name="s"/>, remembering the last node that accepts.</summary>
    private bool Walk(string text, TextToken[] tokens, int s, int count, out Candidate best)
    {
        best = default;
        var found = false;
        var parent = 0;
        ulong crossed = 0;
        for (var j = s; ;)
        {
            ref readonly var t = ref tokens[j];
            // The name without its "’s" can only end a match: nothing follows a possessive inside a name.
            if (t.AltId >= 0)
            {
                var a = Child(parent, t.AltId);
                if (a > 0 && Accepts(text, tokens, a, crossed, s, j, alt: true))
                {
                    best = new Candidate(j, a, true, crossed);
                    found = true;
                }
            }
            if (t.Id < 0) break;
            var n = Child(parent, t.Id);
            if (n <= 0) break;
            if (Accepts(text, tokens, n, crossed, s, j, alt: false))
            {
                best = new Candidate(j, n, false, crossed);
                found = true;
            }
            if (_childStart[n + 1] == _childStart[n] || ++j >= count) break;
            var gap = tokens[j].Gap;
            if (gap == GapKind.Hard) break;
            if (gap == GapKind.Soft)
            {
                var bit = j - 1 - s;
                if (bit >= PhraseShape.MaxTokens) break;
                crossed |= 1UL << bit;
            }
            parent = n;
        }
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int parent, int token)
    {
        if (parent == 0) return _rootChild[token];
        var index = Array.BinarySearch(_childToken, _childStart[parent], _childStart[parent + 1] - _childStart[parent], token);
        return index >= 0 ? _childNode[index] : -1;
    }

    private bool Accepts(string text, TextToken[] tokens, int node, ulong crossed, int s, int e, bool alt)
    {
        for (var k = _outStart[node]; k < _outStart[node + 1]; k++)
            if (OutputAccepts(in _outputs[k], text, tokens, crossed, s, e, alt)) return true;
        return false;
    }

    private static bool OutputAccepts(in MatchOutput<T> o, string text, TextToken[] tokens, ulong crossed, int s, int e, bool alt) =>
        (crossed & ~o.Allowed) == 0 && (o.Surface is null || CaseMatches(o.Surface, text, tokens, s, e, alt));

    /// <summary>Every letter of the text's words has the case of the phrase's letter at the same place.</summary>
    private static bool CaseMatches(string surface, string text, TextToken[] tokens, int s, int e, bool alt)
    {
        var k = 0;
        for (var j = s; j <= e; j++)
        {
            var end = alt && j == e ? tokens[j].AltEnd : tokens[j].End;
            for (var p = tokens[j].Start; p < end; p++)
            {
                var c = text[p];
                if (!MatchChars.IsKept(TokenReader.Fold(c))) continue;
                if (k >= surface.Length || char.IsUpper(c) != char.IsUpper(surface[k++])) return false;
            }
        }
        return k == surface.Length;
    }

    private (IReadOnlyList<T> Values, string Phrase) Collect(string text, TextToken[] tokens, int s, Candidate c)
    {
        int first = _outStart[c.Node], last = _outStart[c.Node + 1];
        if (last - first == 1) return (_outputs[first].Values, _outputs[first].Phrase);
        List<int>? accepted = null;
        for (var k = first; k < last; k++)
            if (OutputAccepts(in _outputs[k], text, tokens, c.Crossed, s, c.Token, c.Alt)) (accepted ??= []).Add(k);
        var phrase = _outputs[accepted![0]].Phrase;
        if (accepted.Count == last - first) return (_nodeValues[c.Node], phrase);
        if (accepted.Count == 1) return (_outputs[accepted[0]].Values, phrase);
        var merged = new List<T>();
        foreach (var k in accepted)
            foreach (var v in _outputs[k].Values)
                if (!merged.Contains(v)) merged.Add(v);
        return (merged.AsReadOnly(), phrase);
    }

    private readonly record struct Candidate(int Token, int Node, bool Alt, ulong Crossed);
}

/// <summary>A word of the text: its span, its token id (-1: unknown) and, for a possessive, the id and end without "’s".</summary>
internal struct TextToken
{
    public int Start;
    public int End;
    public int Id;
    public int AltId;
    public int AltEnd;
    public GapKind Gap;
}

/// <summary>
/// Cuts a text into tokens in one pass, in windows. Words the dictionary does not know are not kept: they become a
/// hard gap, since no match can cross them, which keeps the token buffer and the trie walk to known words.
/// </summary>
/// <summary>A word as <see cref="TokenReader.NextWord"/> cut it: its span, its folded length, and the length and end of
/// the name before a possessive "’s" (PossLength -1 when there is none); the <see cref="WordHash"/> of its folded
/// chars and of the name's, made while folding so that a lookup need not read the chars again.</summary>
internal readonly record struct CutWord(int Start, int End, int Length, int PossLength, int PossEnd, uint Hash, uint PossHash);

internal struct TokenReader
{
    private const char Ignore = '\u0001';
    // FoldChar for every UTF-16 unit (128 KB), with combining marks as Ignore: one array load per char on the hot path.
    private static readonly char[] FoldTable = BuildFoldTable();

    private readonly string _text;
    private readonly char[] _buffer;
    private readonly int _maxTokenLength;
    private readonly int _rangeStart;
    private readonly int _rangeEnd;
    private readonly int _scanEnd;
    private int _pos;
    private GapTracker _gap;

    public TokenReader(string text, TextSpan range, char[] buffer, int maxTokenLength)
    {
        _text = text;
        _buffer = buffer;
        _maxTokenLength = maxTokenLength;
        _rangeStart = range.Start;
        _rangeEnd = range.End;
        (_pos, _scanEnd) = ScanBounds(text, range);
        _gap = default;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Where to read <paramref name="range"/> from and to: out to word boundaries, so that a word the range cuts
    /// is seen whole (and then left out).</summary>
    public static (int Start, int End) ScanBounds(string text, TextSpan range)
    {
        var start = range.Start;
        while (start > 0 && FoldTable[text[start - 1]] != NameFolding.Separator) start--;
        var end = range.End;
        while (end < text.Length && FoldTable[text[end]] != NameFolding.Separator) end++;
        return (start, end);
    }

    /// <summary>A folded char (a combining mark) that neither belongs to a word nor ends one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIgnored(char folded) => folded == Ignore;

    /// <summary>Appends tokens until <paramref name="tokens"/> is full; true when the text is exhausted.</summary>
    public bool Fill(TextToken[] tokens, ref int count, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, TokenPrefilter prefilter)
    {
        var text = _text;
        var buffer = _buffer;
        var pos = _pos;
        var scanEnd = _scanEnd;
        while (NextWord(text, ref pos, scanEnd, buffer, ref _gap, out var word))
        {
            int start = word.Start, end = word.End, length = word.Length, possLength = word.PossLength, possEnd = word.PossEnd;
            int id = -1, altId = -1;
            if (start >= _rangeStart)
            {
                if (end <= _rangeEnd && length <= _maxTokenLength && prefilter.MayContain(buffer.AsSpan(0, length))
                    && lookup.TryGetValue(buffer.AsSpan(0, length), out var found))
                    id = found;
                if (possLength > 0 && possEnd <= _rangeEnd && possLength <= _maxTokenLength && prefilter.MayContain(buffer.AsSpan(0, possLength))
                    && lookup.TryGetValue(buffer.AsSpan(0, possLength), out var foundAlt))
                    altId = foundAlt;
            }
            if (id < 0 && altId < 0)
            {
                _gap.Upgrade(GapKind.Hard);
                continue;
            }
            tokens[count++] = new TextToken { Start = start, End = end, Id = id, AltId = altId, AltEnd = possEnd, Gap = _gap.Kind };
            _gap.Reset();
            if (count == tokens.Length)
            {
                _pos = pos;
                return pos >= scanEnd;
            }
        }
        _pos = pos;
        return true;
    }

    /// <summary>
    /// Reads the next word of <c>text[pos..scanEnd)</c>: feeds the separators before it to <paramref name="gap"/>, folds
    /// its kept chars into <paramref name="buffer"/> (as many as fit; a longer word is no known one), and says where it
    /// ends and where a name before a possessive "’s" ends. False once <paramref name="pos"/> reaches
    /// <paramref name="scanEnd"/>. The one place words are cut, for the reader and for <see cref="RegionWords"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextWord(string text, ref int pos, int scanEnd, Span<char> buffer, ref GapTracker gap, out CutWord word)
    {
        var table = FoldTable;
        while (pos < scanEnd)
        {
            var c = text[pos];
            var f = table[c];
            if (!MatchChars.IsKept(f))
            {
                // Drops and marks outside a word are neither word nor punctuation.
                if (f == NameFolding.Separator) gap.Feed(c, pos + 1 < text.Length ? text[pos + 1] : '\0');
                pos++;
                continue;
            }

            int start = pos, length = 0, lastKept = pos, dropAt = -1, possLength = -1, possEnd = 0;
            uint hash = WordHash.Seed, possHash = 0;
            for (; pos < scanEnd; pos++)
            {
                c = text[pos];
                f = table[c];
                if (MatchChars.IsKept(f))
                {
                    // "KH’s": remember where the name ends if this final "s" turns out to be the last letter.
                    if (f == 's' && dropAt >= 0 && length > 0) { possLength = length; possEnd = dropAt; possHash = hash; }
                    else possLength = -1;
                    if (length < buffer.Length) buffer[length] = f;
                    hash = WordHash.Step(hash, f);
                    length++;
                    lastKept = pos;
                    dropAt = -1;
                }
                else if (f == NameFolding.Drop) { if (dropAt < 0) dropAt = pos; }
                else if (f != Ignore) break;
            }
            word = new CutWord(start, lastKept + 1, length, possLength, possEnd, hash, possHash);
            return true;
        }
        word = default;
        return false;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var f = NameFolding.FoldChar(c);
            table[i] = f == NameFolding.Separator && MatchChars.IsIgnorable(c) ? Ignore : f;
        }
        return table;
    }
}
