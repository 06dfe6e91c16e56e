using System.Text;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Quantities;

/// <summary>
/// <see cref="TokenCursor"/> reads the quantity tokens one at a time; it must give the tokens the earlier tokenizer,
/// which cut a whole range in one loop (kept below as the reference), gave, and the same tokens again when started
/// just after any whitespace of the range, since the windowed quantity scan restarts there.
/// </summary>
public sealed class TokenCursorTests
{
    private static readonly string[] Pieces =
    [
        "2,200", "4.19", "1,000,000", "12,34", "5.", ".5", "107mm", "$5", "US$", "COVID-19", "10:30", "3/4", "#3", "A4",
        "one", "Twenty", "dozen", "killed", "at", "least", "the", "ÖZ", "é", "ſix", "\u201d", "'", "\"", "-", "\u2013", "%",
        "(", ")", ".", ",", ":", "1.", "\uFFFD", "\U0001F600", "x",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "", "\n", "\n\n", " \n ", "\t", "\r\n", "\u00A0", "  "];

    [Fact]
    public void Gives_the_tokens_of_the_whole_range_tokenizer_from_any_restart()
    {
        var random = new Random(20201126);
        for (var n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            if (random.Next(4) == 0) sb.Append(Separators[random.Next(Separators.Length)]);
            var count = random.Next(1, 25);
            for (var k = 0; k < count; k++)
            {
                if (k > 0) sb.Append(Separators[random.Next(Separators.Length)]);
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var text = sb.ToString();
            var a = random.Next(text.Length + 1);
            var b = a + random.Next(text.Length - a + 1);
            foreach (var range in new[] { new TextSpan(0, text.Length), new TextSpan(a, b) })
            {
                var expected = Reference.Tokenize(text, range);
                Assert.Equal(expected, Tokenizer.Tokenize(text, range));
                for (var p = range.Start + 1; p < range.End; p++)
                {
                    if (!char.IsWhiteSpace(text[p - 1])) continue;
                    var tokens = new List<Token>();
                    var cursor = new TokenCursor(text, p, range.End);
                    while (cursor.Read(tokens)) { }
                    Assert.Equal(expected.Where(t => t.Start >= p), tokens);
                }
            }
        }
    }

    /// <summary>The tokenizer as it was before it read one token at a time.</summary>
    private static class Reference
    {
        public static List<Token> Tokenize(string text, TextSpan range)
        {
            var tokens = new List<Token>();
            var lineStart = true;
            for (var k = range.Start - 1; k >= 0 && text[k] != '\n'; k--)
                if (!char.IsWhiteSpace(text[k])) { lineStart = false; break; }
            var attached = false;
            var i = range.Start;
            while (i < range.End)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (c == '\n') lineStart = true;
                    attached = false;
                    i++;
                    continue;
                }
                var start = i;
                if (char.IsAsciiDigit(c))
                {
                    i++;
                    while (i < range.End && char.IsAsciiDigit(text[i])) i++;
                    while (i < range.End && text[i] == ',' && IsDigits(text, i + 1, 3, range.End) && !(i + 4 < range.End && char.IsAsciiDigit(text[i + 4]))) i += 4;
                    if (i + 1 < range.End && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                    {
                        i++;
                        while (i < range.End && char.IsAsciiDigit(text[i])) i++;
                    }
                    tokens.Add(new Token(start, i, TokenKind.Digits, attached, lineStart));
                }
                else if (char.IsLetter(c))
                {
                    i++;
                    while (i < range.End && char.IsLetter(text[i])) i++;
                    tokens.Add(new Token(start, i, TokenKind.Word, attached, lineStart));
                }
                else
                {
                    tokens.Add(Token.Punct(i, c, attached, lineStart));
                    i++;
                }
                attached = true;
                lineStart = false;
            }
            return tokens;
        }

        private static bool IsDigits(string text, int from, int count, int end)
        {
            if (from + count > end) return false;
            for (var k = from; k < from + count; k++)
                if (!char.IsAsciiDigit(text[k])) return false;
            return true;
        }
    }
}
