using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// The words of one region, cut and folded once (as <see cref="TokenReader"/> cuts them) so that several matchers
/// share one pass over its characters: each then only looks the words up in its own dictionary. One instance per
/// thread, reused: <see cref="Cut"/> overwrites it.
/// </summary>
internal sealed class RegionWords
{
    /// <summary>A word: its span, its folded chars, its possessive form's length and end, and the gap before it.</summary>
    private struct Word
    {
        public int Start;
        public int End;
        public int FoldStart;
        public int FoldLength;
        public int PossLength;
        public int PossEnd;
        public GapKind Gap;
    }

    private Word[] _words = new Word[256];
    private char[] _folded = new char[2048];
    private int _count;
    private int _foldedCount;

    public string Text { get; private set; } = "";

    public TextSpan Range { get; private set; }

    /// <summary>Cuts <paramref name="range"/> of <paramref name="text"/> into words, forgetting the last region.</summary>
    public void Cut(string text, TextSpan range)
    {
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start)
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} is outside a text of length {text.Length}.");
        Text = text;
        Range = range;
        _count = 0;
        _foldedCount = 0;
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
            var foldStart = _foldedCount;
            for (; pos < scanEnd; pos++)
            {
                c = text[pos];
                f = TokenReader.Fold(c);
                if (MatchChars.IsKept(f))
                {
                    // "KH’s": remember where the name ends if this final "s" turns out to be the last letter.
                    if (f == 's' && dropAt >= 0 && length > 0) { possLength = length; possEnd = dropAt; }
                    else possLength = -1;
                    if (foldStart + length == _folded.Length) Array.Resize(ref _folded, _folded.Length * 2);
                    _folded[foldStart + length] = f;
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
                Start = wordStart, End = lastKept + 1, FoldStart = foldStart, FoldLength = length,
                PossLength = possLength, PossEnd = possEnd, Gap = gap.Kind,
            };
            _foldedCount += length;
            gap.Reset();
        }
    }

    /// <summary>Words cut, known to a matcher or not: enough room for its tokens.</summary>
    public int Count => _count;

    /// <summary>
    /// Writes the words <paramref name="lookup"/> knows as tokens, as <see cref="TokenReader.Fill"/> does: a word it
    /// does not know (or one the range cuts) is left out and makes the next gap hard. Returns the number written.
    /// </summary>
    public int Tokens(TextToken[] tokens, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup,
        TokenPrefilter prefilter, int maxTokenLength)
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
                var folded = _folded.AsSpan(w.FoldStart, w.FoldLength);
                if (w.End <= rangeEnd && w.FoldLength <= maxTokenLength && prefilter.MayContain(folded)
                    && lookup.TryGetValue(folded, out var found))
                    id = found;
                if (w.PossLength > 0 && w.PossEnd <= rangeEnd && w.PossLength <= maxTokenLength
                    && prefilter.MayContain(folded[..w.PossLength]) && lookup.TryGetValue(folded[..w.PossLength], out var foundAlt))
                    altId = foundAlt;
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
