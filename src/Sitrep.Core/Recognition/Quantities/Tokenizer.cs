using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Quantities;

internal enum TokenKind : byte
{
    Word,
    Digits,
    Punct,
}

/// <summary>
/// A word, a number ("2,200", "4.19") or one punctuation character. <see cref="Attached"/>: no space before it (so
/// "107mm", "$5", "COVID-19" can be told apart from "107 rockets"); <see cref="LineStart"/>: first on its line.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool Attached, bool LineStart)
{
    public string Text(string text) => text[Start..End];
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);
    public bool Is(string chars) => Kind == TokenKind.Punct && End - Start == 1 && chars.Contains(Char);
    private char Char { get; init; }

    public static Token Punct(int at, char c, bool attached, bool lineStart) => new(at, at + 1, TokenKind.Punct, attached, lineStart) { Char = c };
}

internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(range.Length / 5 + 4);
        Tokenize(text, range, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="range"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan range, List<Token> tokens)
    {
        var cursor = new TokenCursor(text, range.Start, range.End);
        while (cursor.Read(tokens)) { }
    }
}

/// <summary>
/// Tokenises from <see cref="Position"/> one token at a time, so a scan can read only as far as it looks. Started at
/// the start of a range or just after a whitespace character of it, it gives the same tokens (flags included) as
/// tokenising the whole range: a token never holds whitespace, whitespace clears <see cref="Token.Attached"/>, and
/// <see cref="Token.LineStart"/> depends only on the text back to the last newline.
/// </summary>
internal struct TokenCursor
{
    private readonly string text;
    private readonly int end;
    private int pos;
    private bool attached;
    private bool lineStart;

    public TokenCursor(string text, int start, int end)
    {
        this.text = text;
        this.end = end;
        pos = start;
        // Whether the start is at a line start (only spaces back to a newline or the start of the text).
        lineStart = true;
        for (var k = start - 1; k >= 0 && text[k] != '\n'; k--)
            if (!char.IsWhiteSpace(text[k])) { lineStart = false; break; }
    }

    /// <summary>Where the next token starts, or whitespace before it, or the end of the range.</summary>
    public readonly int Position => pos;

    /// <summary>Appends the next token to <paramref name="tokens"/>; false at the end of the range.</summary>
    public bool Read(List<Token> tokens)
    {
        var i = pos;
        while (i < end)
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
                while (i < end && char.IsAsciiDigit(text[i])) i++;
                // Thousands groups "2,200" (exactly three digits after each comma), then decimals "4.19".
                while (i < end && text[i] == ',' && IsDigits(text, i + 1, 3, end) && !(i + 4 < end && char.IsAsciiDigit(text[i + 4]))) i += 4;
                if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < end && char.IsAsciiDigit(text[i])) i++;
                }
                tokens.Add(new Token(start, i, TokenKind.Digits, attached, lineStart));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end && char.IsLetter(text[i])) i++;
                tokens.Add(new Token(start, i, TokenKind.Word, attached, lineStart));
            }
            else
            {
                tokens.Add(Token.Punct(i, c, attached, lineStart));
                i++;
            }
            attached = true;
            lineStart = false;
            pos = i;
            return true;
        }
        pos = i;
        return false;
    }

    private static bool IsDigits(string text, int from, int count, int end)
    {
        if (from + count > end) return false;
        for (var k = from; k < from + count; k++)
            if (!char.IsAsciiDigit(text[k])) return false;
        return true;
    }
}
