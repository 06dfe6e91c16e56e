using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Text;
using static Sitrep.Core.Recognition.Quantities.QuantityLexicon;

namespace Sitrep.Core.Recognition.Quantities;

/// <summary>
/// Finds counted amounts: a number (digits, number words, "a dozen", vague plurals such as "dozens") with its qualifier
/// ("at least", "over", "an estimated") and its unit (a measure right after it, a participle such as "injured", or the
/// first count noun within four words: "14 KH members"). Dates, years, ordinals, clock times, identifiers ("Article
/// 140") and item numbers at a line start are not quantities. Tokenises only around digits and number words, plus one
/// date scan; thread-safe.
/// </summary>
public sealed class QuantityRecognizer
{
    private const int NounWindow = 4;

    public IReadOnlyList<QuantityMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, new TextSpan(0, text.Length));
    }

    // Token lists up to this size (16 bytes a token) are kept per thread and reused, so a call allocates no big array.
    private const int MaxCachedTokens = 1 << 18;

    [ThreadStatic] private static List<Token>? cachedTokens;

    /// <summary>Quantities inside <paramref name="range"/>; spans are offsets into the whole <paramref name="text"/>.</summary>
    public IReadOnlyList<QuantityMention> Recognize(string text, TextSpan range) => Recognize(text, range, null);

    /// <summary>
    /// Quantities inside <paramref name="range"/>, given the spans of the dates in it, so a caller that has already run
    /// <see cref="DateRecognizer"/> over the same range does not scan for dates twice. Pass the spans of its mentions
    /// (in text order, not overlapping), found with a context that has an anchor (an item date, a period or a
    /// publication date); they are then the spans this method would find itself. Null: find them here.
    /// </summary>
    public IReadOnlyList<QuantityMention> Recognize(string text, TextSpan range, IReadOnlyList<TextSpan>? dateSpans) => Find(text, range, dateSpans, false);

    /// <summary>The same, tokenising the whole range and trying every token: what the windowed scan must match.</summary>
    internal IReadOnlyList<QuantityMention> RecognizeByFullScan(string text, TextSpan range, IReadOnlyList<TextSpan>? dateSpans) => Find(text, range, dateSpans, true);

    private static List<QuantityMention> Find(string text, TextSpan range, IReadOnlyList<TextSpan>? dateSpans, bool fullScan)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start) throw new ArgumentOutOfRangeException(nameof(range), $"{range} is outside the text (length {text.Length}).");
        if (dateSpans is not null)
            for (var k = 1; k < dateSpans.Count; k++)
                if (dateSpans[k].Start < dateSpans[k - 1].End) throw new ArgumentException("Date spans must be in text order and must not overlap.", nameof(dateSpans));
        if (range.IsEmpty) return [];
        if (dateSpans is null)
        {
            var found = new List<TextSpan>();
            DateRecognizer.CollectDateSpans(text, range, found);
            dateSpans = found;
        }
        var tokens = cachedTokens ?? new List<Token>(range.Length / 5 + 4);
        cachedTokens = null;
        try
        {
            tokens.Clear();
            if (!fullScan) return new Scan(text, range, tokens, new TokenCursor(text, range.Start, range.End), dateSpans).RunAroundCandidates();
            Tokenizer.Tokenize(text, range, tokens);
            return new Scan(text, range, tokens, new TokenCursor(text, range.End, range.End), dateSpans).Run();
        }
        finally
        {
            if (tokens.Capacity <= MaxCachedTokens) cachedTokens = tokens;
        }
    }

    /// <param name="tokens">The tokens read so far (from the cursor's start); more are read as the scan looks ahead.</param>
    private sealed class Scan(string text, TextSpan range, List<Token> tokens, TokenCursor cursor, IReadOnlyList<TextSpan> dates)
    {
        // Tokens BackQualifier and ReadDigits may look back from a number's first token ("US", "$", then "no fewer than").
        private const int LookBehind = 5;

        private readonly List<QuantityMention> result = [];
        private int nextDigit = -1, nextWordA = -1, nextWordB = -1; // found candidates; below the search start: not looked for yet

        /// <summary>Tries every token of the range.</summary>
        public List<QuantityMention> Run()
        {
            for (var i = 0; Has(i); i++) Visit(ref i);
            return result;
        }

        /// <summary>
        /// What <see cref="Run"/> finds, trying only the tokens near candidates: a digit, a number word, or a word that
        /// makes the "a" before it a number ("a dozen", "a few"). Every other token reads as no number without looking at
        /// its neighbours, so text between candidates is skipped untokenised. The cursor restarts at the start of the
        /// whitespace-separated chunk <see cref="LookBehind"/> chunks before the candidate's (each chunk holds a token or
        /// more): there it gives the full scan's tokens, and the candidate, or the "a" before it, has its look-behind.
        /// Look-ahead reads on as far as it goes. The restart happens only past the last token tried, so a number's own
        /// tokens are passed over as in <see cref="Run"/>.
        /// </summary>
        public List<QuantityMention> RunAroundCandidates()
        {
            var i = 0;
            var from = range.Start;
            while (NextCandidate(from) is var at && at >= 0)
            {
                var restart = RestartBefore(at);
                if (restart > Untried(i))
                {
                    tokens.Clear();
                    cursor = new TokenCursor(text, restart, range.End);
                    i = 0;
                }
                for (; Has(i) && tokens[i].Start <= at; i++) Visit(ref i);
                from = Untried(i);
            }
            return result;
        }

        // Where the first token not yet tried starts (or whitespace before it).
        private int Untried(int i) => i < tokens.Count ? tokens[i].Start : cursor.Position;

        private int RestartBefore(int at)
        {
            var p = at;
            while (p > range.Start && !char.IsWhiteSpace(text[p - 1])) p--;
            for (var chunks = 0; chunks < LookBehind && p > range.Start; chunks++)
            {
                while (p > range.Start && char.IsWhiteSpace(text[p - 1])) p--;
                while (p > range.Start && !char.IsWhiteSpace(text[p - 1])) p--;
            }
            return p;
        }

        /// <summary>An offset at or after <paramref name="from"/> inside the next candidate token, or -1.</summary>
        private int NextCandidate(int from)
        {
            if (nextDigit < from) nextDigit = Offset(from, text.AsSpan(from, range.End - from).IndexOfAnyInRange('0', '9'));
            if (nextWordA < from) nextWordA = NextNumberWord(from, NumberWordNeedlesA);
            if (nextWordB < from) nextWordB = NextNumberWord(from, NumberWordNeedlesB);
            var at = Math.Min(nextDigit, Math.Min(nextWordA, nextWordB));
            return at == int.MaxValue ? -1 : at;
        }

        private static int Offset(int from, int index) => index < 0 ? int.MaxValue : from + index;

        // A needle inside a word is checked against the whole word (letters either side, as the tokenizer cuts it).
        private int NextNumberWord(int from, System.Buffers.SearchValues<string> needles)
        {
            while (from < range.End)
            {
                var at = Offset(from, text.AsSpan(from, range.End - from).IndexOfAny(needles));
                if (at == int.MaxValue) break;
                int start = at, end = at;
                while (start > range.Start && char.IsLetter(text[start - 1])) start--;
                while (end < range.End && char.IsLetter(text[end])) end++;
                var word = text.AsSpan(start, end - start);
                if (NumberWordsBySpan.Contains(word) || IsAmountHead(word)) return at;
                from = end;
            }
            return int.MaxValue;
        }

        private void Visit(ref int i)
        {
            if (ReadNumber(i) is not { } n) return;
            if (InsideDate(tokens[i].Start)) return;
            Emit(n);
            i = n.Last; // the number's own tokens; "168 of 329 MPs" still reaches 329
        }

        /// <summary>Whether token <paramref name="k"/> exists, reading up to it if need be.</summary>
        private bool Has(int k) => k < tokens.Count || ReadUpTo(k);

        private bool ReadUpTo(int k)
        {
            while (k >= tokens.Count)
                if (!cursor.Read(tokens)) return false;
            return true;
        }

        private readonly record struct Number(int First, int Last, double Value, bool Vague, bool IsWord, bool Needy, string? Unit, int UnitEnd, int StartOverride, string? Range = null);

        private void Emit(Number n)
        {
            var start = n.StartOverride >= 0 ? n.StartOverride : tokens[n.First].Start;
            var end = tokens[n.Last].End;
            var unit = n.Unit;
            var unitEnd = n.UnitEnd;
            var qualifier = n.Range;

            if (unit is null) (unit, unitEnd) = FindUnit(n);
            var partOf = unit is null ? PartOf(n.Last) : null;
            if (partOf is { } p)
            {
                // "11 of the 14 suspects": the part takes the whole's unit; the whole is found on its own later.
                unit = p.Unit;
                unitEnd = p.End;
                qualifier = "of " + Format(p.Whole);
            }
            if (n.Needy && unit is null) return; // "one", "several", "a few" count nothing on their own
            if (tokens[n.First].LineStart && !n.IsWord && unit is null) return; // an item number
            if (!n.IsWord && tokens[n.First].LineStart && Next(n.Last) is { } t && t.Attached && t.Is(".):")) return;

            if (BackQualifier(n.First, start) is { } q)
            {
                start = q.Start;
                qualifier = qualifier is null ? q.Text : q.Text + " " + qualifier;
            }
            if (unitEnd > end) end = unitEnd;
            result.Add(new QuantityMention(new TextSpan(start, end), text[start..end], n.Value, unit, qualifier, n.Vague));
        }

        // ---- numbers ----

        private Number? ReadNumber(int i)
        {
            var t = tokens[i];
            return t.Kind switch
            {
                TokenKind.Digits => ReadDigits(i),
                TokenKind.Word => ReadWords(i),
                _ => null,
            };
        }

        private Number? ReadDigits(int i)
        {
            var t = tokens[i];
            var prev = Prev(i);
            var next = Next(i);
            // Parts of something else: "COVID-19", "F-16", "10:30", "3/4", "#3", "A4", a footnote glued to a sentence end.
            if (t.Attached && prev is { } p)
            {
                if (p.Is("/:#)]") || p.Kind == TokenKind.Word) return null; // ")1" is a footnote mark
                if (p.Is("-.") && p.Attached && Prev(i - 1) is { Kind: TokenKind.Word }) return null;
            }
            if (next is { Attached: true } sep && sep.Is(":/") && Next(i + 1) is { Kind: TokenKind.Digits, Attached: true }) return null;
            if (next is { Kind: TokenKind.Word, Attached: true } suffix && IsOrdinalOrDecade(suffix)) return null;
            if (next is { Kind: TokenKind.Word } clock && IsClock(i + 1)) return null;
            if (IdentifierHeadsBySpan.Contains(PrevWord(i))) return null;

            var digits = t.Span(text);
            var hasComma = digits.Contains(',');
            var value = ParseNumber(digits);
            string? unit = null;
            var unitEnd = -1;
            var start = -1;

            // "$5 billion", "US$5 million"
            if (t.Attached && prev is { } dollar && dollar.Is("$"))
            {
                unit = "USD";
                start = dollar.Start;
                if (dollar.Attached && Prev(i - 1) is { Kind: TokenKind.Word } us && us.Span(text) is "US") start = us.Start;
            }

            // A year: a plain 19xx/20xx is never a count unless a count noun follows at once ("2000 protesters").
            if (!hasComma && digits.Length == 4 && value is >= 1900 and <= 2099 && !digits.Contains('.'))
                if (next is not { Kind: TokenKind.Word } w || !CountNounsBySpan.Contains(w.Span(text))) return null;

            var last = ReadMultipliers(i, ref value);
            string? range = null;
            // "10-15 people", "10 to 15 people": the lower figure, as ACLED codes fatalities conservatively.
            if (Next(last) is { } dash && (dash.Is("-\u2013") || dash.Span(text) is "to") && Next(last + 1) is { Kind: TokenKind.Digits } high
                && !InsideDate(high.Start))
            {
                var hv = ParseNumber(high.Span(text));
                if (hv > value)
                {
                    range = $"between {Format(value)} and {Format(hv)}";
                    last = ReadMultipliers(last + 2, ref hv);
                }
            }
            // A measure glued on: "107mm", "3km", "8%".
            if (unit is null && Next(last) is { Attached: true } glued)
            {
                if (glued.Is("%")) (unit, unitEnd) = ("percent", glued.End);
                else if (glued.Kind == TokenKind.Word && MeasuresBySpan.TryGetValue(glued.Span(text), out var m)) (unit, unitEnd) = (m, glued.End);
            }
            return new Number(i, last, value, false, false, false, unit, unitEnd, start, range);
        }

        // "5 pm", "5 p.m.", "5 am"
        private bool IsClock(int k)
        {
            var w = tokens[k].Span(text);
            if (w is "pm" or "am" or "PM" or "AM") return true;
            return w is "p" or "a" && Next(k) is { Attached: true } dot && dot.Is(".") && Next(k + 1) is { Attached: true } m && m.Span(text) is "m";
        }

        private bool IsOrdinalOrDecade(Token suffix) => suffix.Span(text) is "st" or "nd" or "rd" or "th" or "s" or "ST" or "ND" or "RD" or "TH";

        private Number? ReadWords(int i)
        {
            var t = tokens[i];
            var w = t.Span(text);
            if (!MayBeNumberWord(w) || !NumberWordsBySpan.Contains(w)) return null; // most words: a bit test, else one lookup

            if (CardinalsBySpan.TryGetValue(w, out var card))
            {
                if (IdentifierHeadsBySpan.Contains(PrevWord(i))) return null; // "Phase Four"
                double value = card;
                var last = i;
                // "twenty-one"
                if (card >= 20 && card % 10 == 0 && Next(i) is { Attached: true } h && h.Is("-") && Next(i + 1) is { Kind: TokenKind.Word, Attached: true } o
                    && CardinalsBySpan.TryGetValue(o.Span(text), out var ones) && ones < 10)
                {
                    value += ones;
                    last = i + 2;
                }
                last = ReadMultipliers(last, ref value);
                // "one" is a pronoun more often than a count ("one of the", "no one"): it needs a unit.
                var needy = card == 1 && last == i;
                if (needy && PrevWord(i) is "no" or "the" or "any" or "every" or "each" or "which" or "that" or "this") return null;
                return new Number(i, last, value, false, true, needy, null, -1, -1);
            }
            if (VaguePluralsBySpan.TryGetValue(w, out var vague))
            {
                var last = i;
                var value = vague.Value;
                if (vague.NeedsOf && !(Next(i) is { Kind: TokenKind.Word } of && of.Span(text) is "of")) return null;
                // "tens of thousands", "hundreds of thousands"
                if (Next(i) is { } of2 && of2.Span(text) is "of" && Next(i + 1) is { Kind: TokenKind.Word } big && VaguePluralsBySpan.TryGetValue(big.Span(text), out var bigger) && bigger.Value >= 1000)
                {
                    value *= bigger.Value;
                    last = i + 2;
                }
                return new Number(i, last, value, true, true, IsWord(w, "several"), null, -1, -1);
            }
            if (IsWord(w, "a") || IsWord(w, "an"))
            {
                // The words tried here are AmountHeads: the windowed scan finds "a" through them.
                if (Next(i) is not { Kind: TokenKind.Word } n) return null;
                var nw = n.Span(text);
                if (IsWord(nw, "dozen")) return new Number(i, i + 1, 12, false, true, false, null, -1, -1);
                if (IsWord(nw, "hundred") || IsWord(nw, "thousand") || IsWord(nw, "million") || IsWord(nw, "billion"))
                {
                    var value = 1.0;
                    var last = ReadMultipliers(i, ref value);
                    return new Number(i, last, value, false, true, false, null, -1, -1);
                }
                if (IsWord(nw, "few")) return new Number(i, i + 1, 2, true, true, true, null, -1, -1);
                if ((IsWord(nw, "number") || IsWord(nw, "handful") || IsWord(nw, "couple")) && Next(i + 1) is { } of && of.Span(text) is "of")
                    return new Number(i, i + 2, 2, true, true, true, null, -1, -1);
                return null;
            }
            if (IsWord(w, "dozen")) return new Number(i, i, 12, false, true, false, null, -1, -1);
            return null;
        }

        private int ReadMultipliers(int last, ref double value)
        {
            while (Next(last) is { Kind: TokenKind.Word } m && MultipliersBySpan.TryGetValue(m.Span(text), out var f))
            {
                value *= f;
                last++;
            }
            return last;
        }

        // ---- units ----

        private (string? Unit, int End) FindUnit(Number n)
        {
            var j = n.Last + 1;
            // Past a closing quote ("Killing “Dozens” of Protesters") and a calibre ("two 107mm rockets").
            while (Has(j) && tokens[j].Is("\u201d\u2019\"'")) j++;
            if (Has(j + 1) && tokens[j].Kind == TokenKind.Digits && tokens[j + 1] is { Kind: TokenKind.Word, Attached: true } cal && cal.Span(text) is "mm" or "cm") j += 2;
            if (!Has(j)) return (null, -1);
            var first = tokens[j];
            // "8-percent", "a 150-fighter force"
            if (first.Is("-") && first.Attached && Has(j + 1) && tokens[j + 1] is { Kind: TokenKind.Word, Attached: true }) first = tokens[++j];
            if (first.Is("%")) return ("percent", first.End);
            if (first.Kind != TokenKind.Word) return (null, -1);
            var w = first.Span(text);
            if (MeasuresBySpan.TryGetValue(w, out var measure)) return (measure, first.End);
            if (w is "US" && Next(j) is { Kind: TokenKind.Word } dollars && MeasuresBySpan.TryGetValue(dollars.Span(text), out var usd) && usd == "USD") return (usd, dollars.End);
            if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && Next(j) is { } cent && cent.Span(text) is "cent") return ("percent", cent.End);
            // "10 injured", "14 were killed"
            for (int k = j, steps = 0; Has(k) && steps < 3 && tokens[k].Kind == TokenKind.Word; k++, steps++)
            {
                var word = tokens[k].Span(text);
                if (ParticiplesBySpan.Contains(word)) return (tokens[k].Text(text).ToLowerInvariant(), tokens[k].End);
                if (!AuxiliariesBySpan.Contains(word)) break;
            }
            // A vague plural counts what follows "of": "dozens of fighters".
            var startK = n.Vague && w is "of" ? j + 1 : j;
            var words = 0;
            for (var k = startK; Has(k) && words < NounWindow; k++)
            {
                var t = tokens[k];
                // A calibre between number and noun: "two 107mm rockets".
                if (t.Kind == TokenKind.Digits && Next(k) is { Kind: TokenKind.Word, Attached: true } calibre && calibre.Span(text) is "mm" or "cm") { k++; continue; }
                if (t.Kind == TokenKind.Digits) break;
                if (t.Kind != TokenKind.Word)
                {
                    if (t.Is("-'\u2019")) continue;
                    break;
                }
                words++;
                var word = t.Span(text);
                if (CountNounsBySpan.TryGetValue(word, out var noun)) return (noun, t.End);
                // A singular right after the number or for one: "a 150 fighter force", "one Katyusha rocket";
                // but a modifier gives way to the noun after it ("five rocket attacks").
                if ((words == 1 || (n.Value == 1 && char.IsLower(word[0]))) && PluralOf(t.Text(text)) is { } plural)
                {
                    if (Next(k) is { Kind: TokenKind.Word } head && (CountNounsBySpan.TryGetValue(head.Span(text), out var headNoun) || LooksPlural(head.Span(text))))
                        return (headNoun ?? head.Text(text), head.End);
                    if (Next(k) is { Kind: TokenKind.Word } head2 && char.IsLower(text[head2.Start]) && PluralOf(head2.Text(text)) is { } plural2)
                        return (plural2, head2.End); // "one Katyusha rocket"
                    return (plural, t.End);
                }
                if (StopWordsBySpan.Contains(word) || CardinalsBySpan.ContainsKey(word) || ParticiplesBySpan.Contains(word)) break;
                if (LooksPlural(word)) return (t.Text(text), t.End);
            }
            return (null, -1);
        }

        private static bool LooksPlural(ReadOnlySpan<char> w)
        {
            if (w.Length < 4 || NotPluralsBySpan.Contains(w)) return false;
            // "MPs", "IEDs": an acronym with a plural s.
            if (char.IsUpper(w[0])) return w.Length >= 3 && w[^1] == 's' && w[..^1].IndexOfAnyExceptInRange('A', 'Z') < 0;
            return w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'');
        }

        /// <summary>"of [the] N [unit]" after a number: the whole it is part of.</summary>
        private (double Whole, string? Unit, int End)? PartOf(int last)
        {
            var k = last + 1;
            if (Has(k) && tokens[k].Span(text) is "out") k++; // "19 out of 329"
            if (!Has(k) || tokens[k].Span(text) is not "of") return null;
            k++;
            if (Has(k) && tokens[k].Span(text) is "the" or "its" or "their" or "these" or "those") k++;
            if (!Has(k) || ReadNumber(k) is not { } whole || InsideDate(tokens[k].Start)) return null;
            var (unit, end) = whole.Unit is not null ? (whole.Unit, whole.UnitEnd) : FindUnit(whole);
            return (whole.Value, unit, Math.Max(end, tokens[whole.Last].End));
        }

        private (int Start, string Text)? BackQualifier(int first, int start)
        {
            var before = first - 1;
            while (before >= 0 && tokens[before].Start >= start) before--; // past a "$" that opens the amount
            foreach (var phrase in Qualifiers)
            {
                var k = before;
                var ok = true;
                for (var p = phrase.Length - 1; p >= 0 && ok; p--, k--)
                    ok = k >= 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Span(text).Equals(phrase[p], StringComparison.OrdinalIgnoreCase);
                if (ok) return (tokens[k + 1].Start, string.Join(' ', phrase));
            }
            return null;
        }

        // ---- helpers ----

        // Date spans come in text order without overlap, so a binary search finds the one that could hold the offset.
        private bool InsideDate(int offset)
        {
            int lo = 0, hi = dates.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (dates[mid].End <= offset) lo = mid + 1;
                else if (dates[mid].Start > offset) hi = mid - 1;
                else return true;
            }
            return false;
        }

        private Token? Prev(int i) => i > 0 ? tokens[i - 1] : null;
        private Token? Next(int i) => Has(i + 1) ? tokens[i + 1] : null;

        /// <summary>The word before token <paramref name="i"/> (past a "."), or an empty span.</summary>
        private ReadOnlySpan<char> PrevWord(int i)
        {
            var k = i - 1;
            if (k >= 0 && tokens[k].Is(".")) k--;
            return k >= 0 && tokens[k].Kind == TokenKind.Word ? tokens[k].Span(text) : default;
        }

        // What comparing the word's ToLowerInvariant() with a lower-case ASCII word gives, without the copy.
        private static bool IsWord(ReadOnlySpan<char> word, string lower) => System.Text.Ascii.EqualsIgnoreCase(word, lower);

        private static double ParseNumber(ReadOnlySpan<char> digits)
        {
            if (!digits.Contains(',')) return double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return double.Parse(digits.ToString().Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
