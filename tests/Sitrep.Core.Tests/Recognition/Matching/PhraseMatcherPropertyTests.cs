using System.Globalization;
using System.Text;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Matching;

/// <summary>
/// Random texts from a small, tricky vocabulary (case, apostrophes, possessives, articles, punctuation, diacritics):
/// the matcher must give exactly what a naive matcher gives that tries every phrase at every word.
/// </summary>
public sealed class PhraseMatcherPropertyTests
{
    private static readonly string[] Words =
    [
        "Baghdad", "baghdad", "BAGHDAD", "al", "Al", "AL", "the", "The", "el", "Qaim", "Qa'im", "Qa’im", "qaim's", "KH", "Kh", "kh",
        "KH's", "KH’s", "IS", "is", "Is", "Iraq", "Iraq’s", "Iraq's", "iraqs", "Anbar", "Province", "province", "Kata'ib", "Kataib",
        "Kata’ib", "Hezbollah", "Hezbollah’s", "International", "Airport", "Ramadi", "Ramadiyah", "Ḥalabja", "H\u0323alabja",
        "Halabja", "U.S.", "Army", "Gen.", "camp", "7", "convoy", "reported", "s", "'s", "’", "x’s", "Ramadi's",
        "U.S. Army", "Anbar. Province", "Anbar Province", "Baghdad International Airport",
    ];

    // Multi-word phrases likely to occur in the random texts, so that long matches and punctuated gaps are exercised.
    private static readonly string[] Fixed = ["U.S. Army", "Anbar Province", "Baghdad International Airport", "al-Qaim", "KH", "IS"];

    private static readonly string[] Breaks =
    [
        " ", " ", " ", " ", " ", "-", "\n", "\n\n", ". ", ", ", " (", ") ", "\u00A0", "\u200B", ".", "/", "\r\n\r\n", "'", " ’",
        "! ", ": ", "—", "  ", ".\n", "\u2029", "😀",
    ];

    private static readonly string[] Optional = ["al", "the"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 300).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Matcher_agrees_with_the_naive_reference(int seed)
    {
        var (text, expected, actual) = Run(seed);
        Assert.Equal(expected.Select(e => e.Span), actual.Select(a => a.Span));
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].Values.Order(), actual[k].Values.Order());
            Assert.Contains(actual[k].Phrase, expected[k].Phrases);
        }
        Assert.All(actual, a => Assert.False(a.Span.IsEmpty || a.Span.End > text.Length));
    }

    [Fact]
    public void Random_cases_exercise_the_tricky_paths()
    {
        // Guards the property test itself: agreement on texts without matches would prove nothing.
        var all = Enumerable.Range(1, 49).Select(Run).ToList();
        var matches = all.SelectMany(r => r.Actual.Select(m => (r.Text, Match: m))).ToList();
        Assert.True(matches.Count > 200, $"{matches.Count} matches");
        Assert.Contains(matches, m => m.Match.Values.Count > 1);
        Assert.Contains(matches, m => m.Text.AsSpan(m.Match.Span.End).StartsWith("'s") || m.Text.AsSpan(m.Match.Span.End).StartsWith("’s"));
        Assert.Contains(matches, m => m.Match.Span.Slice(m.Text).StartsWith("al", StringComparison.OrdinalIgnoreCase)
            && !m.Match.Phrase.StartsWith("al", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(matches, m => m.Match.Span.Slice(m.Text).ToString().Contains(". ", StringComparison.Ordinal));
    }

    private static (string Text, List<Reference.Expected> Expected, IReadOnlyList<PhraseMatch<int>> Actual) Run(int seed)
    {
        var random = new Random(seed);
        var entries = new List<(string Phrase, int Value, bool CaseSensitive)>();
        for (var k = random.Next(1, 25); k > 0; k--)
        {
            var sb = new StringBuilder(Pick(random, Words));
            for (var w = random.Next(0, 3); w > 0; w--)
                sb.Append(random.Next(6) switch { 0 => "-", 1 => ". ", 2 => ", ", _ => " " }).Append(Pick(random, Words));
            entries.Add((sb.ToString(), random.Next(0, 4), random.Next(3) == 0));
        }
        foreach (var phrase in Fixed)
            if (random.Next(2) == 0) entries.Add((phrase, random.Next(0, 4), random.Next(3) == 0));
        var useOptional = seed % 2 == 0;
        var builder = new PhraseMatcherBuilder<int>();
        if (useOptional) builder.OptionalLeadingTokens(Optional);
        foreach (var (phrase, value, cs) in entries) builder.Add(phrase, value, cs);
        var matcher = builder.Build();

        // Most texts are short; a few are long enough to cross the reader's token windows many times.
        var wordCount = seed % 50 == 0 ? 30000 : random.Next(0, 60);
        var text = new StringBuilder();
        for (var w = 0; w < wordCount; w++) text.Append(Pick(random, Breaks)).Append(Pick(random, Words));
        var s = text.ToString();

        return (s, Reference.Match(s, entries, useOptional ? Optional : []), matcher.Match(s));
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Tries every phrase form at every word; slow and obvious.</summary>
    private static class Reference
    {
        private enum Gap { None, Soft, Hard }

        private sealed record Token(string Fold, string? AltFold, int Start, int End, int AltEnd, Gap GapBefore);

        private sealed record Form(string[] Tokens, string? Surface, Gap[] Gaps, string Phrase, int Value);

        public sealed record Expected(TextSpan Span, HashSet<int> Values, HashSet<string> Phrases);

        private static bool IsMark(char c) =>
            c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

        private static bool IsKept(char c) => NameFolding.FoldChar(c) > ' ' && !IsMark(c);

        private static bool InWord(char c) => IsKept(c) || NameFolding.FoldChar(c) == NameFolding.Drop || IsMark(c);

        private static Gap Classify(string gap)
        {
            var newlines = 0;
            for (var k = 0; k < gap.Length; k++)
            {
                var c = gap[k];
                if (c is '\n' or '\u2028') newlines++;
                else if (c == '\r' && (k + 1 >= gap.Length || gap[k + 1] != '\n')) newlines++;
                else if (c is '\u2029' or '\f' or '\v') newlines += 2;
            }
            if (newlines >= 2) return Gap.Hard;
            if (gap.IndexOfAny([',', ';', ':', '(', ')', '[', ']', '{', '}']) >= 0) return Gap.Soft;
            var terminator = gap.IndexOfAny(['.', '!', '?', '\u2026']);
            if (terminator >= 0 && gap[terminator..].Any(char.IsWhiteSpace)) return Gap.Soft;
            return Gap.None;
        }

        private static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            var previousEnd = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsKept(text[i])) { i++; continue; }
                var kept = new List<int>();
                var j = i;
                while (j < text.Length && InWord(text[j]))
                {
                    if (IsKept(text[j])) kept.Add(j);
                    j++;
                }
                var fold = string.Concat(kept.Select(p => NameFolding.FoldChar(text[p])));
                string? alt = null;
                var altEnd = 0;
                if (kept.Count >= 2 && fold[^1] == 's')
                {
                    for (var p = kept[^2] + 1; p < kept[^1]; p++)
                        if (NameFolding.FoldChar(text[p]) == NameFolding.Drop) { alt = fold[..^1]; altEnd = p; break; }
                }
                var end = kept[^1] + 1;
                tokens.Add(new Token(fold, alt, i, end, altEnd, Classify(text[previousEnd..i])));
                previousEnd = end;
                i = j;
            }
            return tokens;
        }

        private static string KeptChars(string text, int start, int end) =>
            string.Concat(text[start..end].Where(IsKept));

        private static IEnumerable<Form> Forms(IEnumerable<(string Phrase, int Value, bool CaseSensitive)> entries, string[] optional)
        {
            foreach (var (phrase, value, cs) in entries)
            {
                var tokens = Tokenize(phrase);
                if (tokens.Count == 0) continue;
                var folds = tokens.Select(t => t.Fold).ToArray();
                var gaps = tokens.Skip(1).Select(t => t.GapBefore).ToArray();
                var surface = cs ? KeptChars(phrase, 0, phrase.Length) : null;
                yield return new Form(folds, surface, gaps, phrase, value);
                if (folds.Length > 1 && optional.Contains(folds[0]))
                    yield return new Form(folds[1..], surface?[folds[0].Length..], gaps[1..], phrase, value);
            }
        }

        private static bool CaseAgrees(string text, List<Token> tokens, int s, int e, bool alt, string surface)
        {
            var sb = new StringBuilder();
            for (var j = s; j <= e; j++) sb.Append(KeptChars(text, tokens[j].Start, alt && j == e ? tokens[j].AltEnd : tokens[j].End));
            var kept = sb.ToString();
            return kept.Length == surface.Length && kept.Zip(surface).All(p => char.IsUpper(p.First) == char.IsUpper(p.Second));
        }

        /// <summary>The forms that match from word s, grouped by where they end (word, possessive or not).</summary>
        private static IEnumerable<(int End, bool Alt, Form Form)> MatchesFrom(string text, List<Token> tokens, int s, List<Form> forms)
        {
            foreach (var form in forms)
            {
                var e = s + form.Tokens.Length - 1;
                if (e >= tokens.Count) continue;
                var ok = true;
                for (var k = 0; k < form.Tokens.Length - 1 && ok; k++)
                {
                    var gap = tokens[s + k + 1].GapBefore;
                    ok = tokens[s + k].Fold == form.Tokens[k] && gap != Gap.Hard && (gap == Gap.None || form.Gaps[k] != Gap.None);
                }
                if (!ok) continue;
                var last = form.Tokens[^1];
                if (tokens[e].Fold == last && (form.Surface is null || CaseAgrees(text, tokens, s, e, false, form.Surface)))
                    yield return (e, false, form);
                if (tokens[e].AltFold == last && (form.Surface is null || CaseAgrees(text, tokens, s, e, true, form.Surface)))
                    yield return (e, true, form);
            }
        }

        public static List<Expected> Match(string text, List<(string Phrase, int Value, bool CaseSensitive)> entries, string[] optional)
        {
            var forms = Forms(entries, optional).ToList();
            var tokens = Tokenize(text);
            var result = new List<Expected>();
            var i = 0;
            while (i < tokens.Count)
            {
                int EndOf((int End, bool Alt, Form Form) m) => m.Alt ? tokens[m.End].AltEnd : tokens[m.End].End;
                var direct = MatchesFrom(text, tokens, i, forms).ToList();
                var skipped = optional.Contains(tokens[i].Fold) && i + 1 < tokens.Count && tokens[i + 1].GapBefore == Gap.None
                    ? MatchesFrom(text, tokens, i + 1, forms).ToList()
                    : [];
                var bestDirect = direct.Count == 0 ? -1 : direct.Max(EndOf);
                var bestSkipped = skipped.Count == 0 ? -1 : skipped.Max(EndOf);
                if (bestDirect < 0 && bestSkipped < 0) { i++; continue; }
                var winners = bestDirect >= bestSkipped ? direct.Where(m => EndOf(m) == bestDirect) : skipped.Where(m => EndOf(m) == bestSkipped);
                var list = winners.ToList();
                result.Add(new Expected(new TextSpan(tokens[i].Start, EndOf(list[0])), list.Select(m => m.Form.Value).ToHashSet(),
                    list.Select(m => m.Form.Phrase).ToHashSet()));
                i = list[0].End + 1;
            }
            return result;
        }
    }
}
