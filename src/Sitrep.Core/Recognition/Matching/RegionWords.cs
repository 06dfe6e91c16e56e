using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// The words of one region, cut and folded once (as <see cref="TokenReader"/> cuts them) so that several matchers
/// share one pass over its characters: each then only looks the words up in its own dictionary. One instance per
/// thread, reused: <see cref="Cut"/> overwrites it.
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

    private Word[] _words = new Word[256];
    private char[] _folded = new char[64];
    private int _count;

    public string Text { get; private set; } = "";

    public TextSpan Range { get; private set; }

    /// <summary>The lexicon the words were looked up in.</summary>
    public WordLexicon? Lexicon { get; private set; }

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
        _count = 0;
        if (range.IsEmpty) return;
        // Start and stop on word boundaries so that a word cut by the range is seen whole (and then left out).
        var start = range.Start;
        while (start > 0 && TokenReader.Fold(text[start - 1]) != NameFolding.Separator) start--;
        var scanEnd = range.End;
        while (scanEnd < text.Length && TokenReader.Fold(text[scanEnd]) != NameFolding.Separator) scanEnd++;

        var gap = default(GapTracker);
        var pos = start;
        while (pos < scanEnd)
        {
            var c = text[pos];
            var f = TokenReader.Fold(c);
            if (!MatchChars.IsKept(f))
            {
                // Drops and marks outside a word are neither word nor punctuation.
                if (f == NameFolding.Separator) gap.Feed(c, pos + 1 < text.Length ? text[pos + 1] : '\0');
                pos++;
                continue;
            }

            int wordStart = pos, length = 0, lastKept = pos, dropAt = -1, possLength = -1, possEnd = 0;
            for (; pos < scanEnd; pos++)
            {
                c = text[pos];
                f = TokenReader.Fold(c);
                if (MatchChars.IsKept(f))
                {
                    // "KH’s": remember where the name ends if this final "s" turns out to be the last letter.
                    if (f == 's' && dropAt >= 0 && length > 0) { possLength = length; possEnd = dropAt; }
                    else possLength = -1;
                    if (length == _folded.Length) Array.Resize(ref _folded, _folded.Length * 2);
                    _folded[length] = f;
                    length++;
                    lastKept = pos;
                    dropAt = -1;
                }
                else if (f == NameFolding.Drop) { if (dropAt < 0) dropAt = pos; }
                else if (!TokenReader.IsIgnored(f)) break;
            }

            if (_count == _words.Length) Array.Resize(ref _words, _words.Length * 2);
            _words[_count++] = new Word
            {
                Start = wordStart, End = lastKept + 1, LexId = lexicon.Find(_folded.AsSpan(0, length)),
                PossLexId = possLength > 0 ? lexicon.Find(_folded.AsSpan(0, possLength)) : -1,
                PossLength = possLength, PossEnd = possEnd, Gap = gap.Kind,
            };
            gap.Reset();
        }
    }

    /// <summary>Words cut, known to a matcher or not: enough room for its tokens.</summary>
    public int Count => _count;

    /// <summary>
    /// Writes the words a matcher knows as tokens, as <see cref="TokenReader.Fill"/> does: a word it does not know (or
    /// one the range cuts) is left out and makes the next gap hard. <paramref name="map"/> takes a lexicon id to the
    /// matcher's own. Returns the number written.
    /// </summary>
    public int Tokens(TextToken[] tokens, int[] map)
    {
        var count = 0;
        var hard = false;
        int rangeStart = Range.Start, rangeEnd = Range.End;
        for (var k = 0; k < _count; k++)
        {
            ref readonly var w = ref _words[k];
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
}
