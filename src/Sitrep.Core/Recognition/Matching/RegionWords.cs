using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// The words of a text (or of one region of it), cut, folded and looked up once (as <see cref="TokenReader"/> cuts
/// them) so that several matchers share one pass over its characters, each over any part of it: a matcher then only
/// maps the shared word ids to its own. One instance per thread, reused: <see cref="Cut"/> overwrites it.
/// </summary>
internal sealed class RegionWords
{
    /// <summary>A word: its span, its lexicon ids (with and without a possessive "’s"), where the name ends before the
    /// "’s", and the gap before it.</summary>
    private struct Word
    {
        public int Start;
        public int End;
        public int LexId;
        public int PossLexId;
        public int PossLength;
        public int PossEnd;
        public GapKind Gap;
    }

    [ThreadStatic] private static RegionWords? t_current;

    /// <summary>This thread's instance: cutting reuses its buffers, so a document's words cost no allocation.</summary>
    public static RegionWords ForThisThread => t_current ??= new RegionWords();

    private Word[] _words = new Word[256];
    private char[] _folded = new char[64];
    private int _count;

    public string Text { get; private set; } = "";

    public TextSpan Range { get; private set; }

    /// <summary>The lexicon the words were looked up in.</summary>
    public WordLexicon? Lexicon { get; private set; }

    /// <summary>Bumped by every <see cref="Cut"/>: a holder of this instance can tell whether it still has its cut.</summary>
    public int Generation { get; private set; }

    /// <summary>
    /// Cuts <paramref name="range"/> of <paramref name="text"/> into words and looks each up in
    /// <paramref name="lexicon"/>, forgetting the last region.
    /// </summary>
    public void Cut(string text, TextSpan range, WordLexicon lexicon)
    {
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start)
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} is outside a text of length {text.Length}.");
        Text = text;
        Range = range;
        Lexicon = lexicon;
        Generation++;
        _count = 0;
        if (range.IsEmpty) return;
        var (pos, scanEnd) = TokenReader.ScanBounds(text, range);

        // Folded chars beyond the longest known word are not kept: such a word is no known one.
        if (_folded.Length < lexicon.MaxTokenLength + 1) _folded = new char[lexicon.MaxTokenLength + 1];
        var folded = _folded;
        var gap = default(GapTracker);
        while (TokenReader.NextWord(text, ref pos, scanEnd, folded, ref gap, out var word))
        {
            var lexId = Find(lexicon, folded, word.Length, word.Hash);
            var possLexId = word.PossLength > 0 ? Find(lexicon, folded, word.PossLength, word.PossHash) : -1;
            // A word no matcher knows is not kept: no match crosses it, so it only makes the next gap hard (most words
            // of a text are such words, and every matcher's token pass walks what is kept).
            if (lexId < 0 && possLexId < 0)
            {
                gap.Upgrade(GapKind.Hard);
                continue;
            }
            if (_count == _words.Length) Array.Resize(ref _words, _words.Length * 2);
            _words[_count++] = new Word
            {
                Start = word.Start, End = word.End, LexId = lexId, PossLexId = possLexId,
                PossLength = word.PossLength, PossEnd = word.PossEnd, Gap = gap.Kind,
            };
            gap.Reset();
        }
    }

    private static int Find(WordLexicon lexicon, char[] folded, int length, uint hash) =>
        length <= lexicon.MaxTokenLength ? lexicon.Find(folded.AsSpan(0, length), hash) : -1;

    /// <summary>Words kept (those some matcher knows): enough room for any matcher's tokens.</summary>
    public int Count => _count;

    /// <summary>
    /// Writes the words of <paramref name="range"/> (a part of the range cut) that a matcher knows as tokens, as
    /// <see cref="TokenReader.Fill"/> does: a word it does not know (or one the range cuts) is left out and makes the
    /// next gap hard. <paramref name="map"/> takes a lexicon id to the matcher's own. Returns the number written. One
    /// cut of a whole text serves every region of it: words are cut at separators only, so a word is the same whichever
    /// range it was cut for; only the gap before a range's first token may differ, and no match reads that.
    /// </summary>
    public int Tokens(TextSpan range, TextToken[] tokens, int[] map)
    {
        if (range.Start < Range.Start || range.End > Range.End || range.End < range.Start)
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} is outside the range cut, {Range}.");
        var count = 0;
        var hard = false;
        int rangeStart = range.Start, rangeEnd = range.End;
        for (var k = FirstEndingAfter(rangeStart); k < _count; k++)
        {
            ref readonly var w = ref _words[k];
            if (w.Start >= rangeEnd) break;
            int id = -1, altId = -1;
            if (w.Start >= rangeStart)
            {
                if (w.End <= rangeEnd && w.LexId >= 0) id = map[w.LexId];
                if (w.PossLength > 0 && w.PossEnd <= rangeEnd && w.PossLexId >= 0) altId = map[w.PossLexId];
            }
            if (id < 0 && altId < 0)
            {
                hard = true;
                continue;
            }
            tokens[count++] = new TextToken
            {
                Start = w.Start, End = w.End, Id = id, AltId = altId, AltEnd = w.PossEnd, Gap = hard ? GapKind.Hard : w.Gap,
            };
            hard = false;
        }
        return count;
    }

    /// <summary>The first word that ends after <paramref name="position"/>: words are in text order.</summary>
    private int FirstEndingAfter(int position)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_words[mid].End > position) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
