using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>What lies between two tokens, as far as a match may cross it.</summary>
internal enum GapKind : byte
{
    /// <summary>Spaces, single newlines, hyphens, slashes, quotes: crossable.</summary>
    None = 0,
    /// <summary>A sentence end (". ") or clause punctuation (, ; : brackets): crossable only where the phrase has one too.</summary>
    Soft = 1,
    /// <summary>A paragraph break, or a token the matcher does not know: never crossed.</summary>
    Hard = 2,
}

/// <summary>Classifies the characters between two tokens; one instance per gap, fed char by char.</summary>
internal struct GapTracker
{
    private int _newlines;
    private bool _terminator;
    public GapKind Kind;

    public void Reset()
    {
        _newlines = 0;
        _terminator = false;
        Kind = GapKind.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Feed(char c, char next)
    {
        if (c == ' ') { if (_terminator) Upgrade(GapKind.Soft); return; }
        FeedRare(c, next);
    }

    private void FeedRare(char c, char next)
    {
        switch (c)
        {
            case '\n' or '\u2028': _newlines++; break;
            // A lone CR is a line break too; CR LF counts once (at the LF).
            case '\r': if (next != '\n') _newlines++; break;
            case '\u2029' or '\f' or '\v': _newlines += 2; break;
            case '.' or '!' or '?' or '\u2026': _terminator = true; return;
            case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}': Upgrade(GapKind.Soft); return;
        }
        if (_newlines >= 2) Upgrade(GapKind.Hard);
        // "Anbar. Province": a terminator only ends a sentence when whitespace follows it ("U.S" does not).
        else if (_terminator && char.IsWhiteSpace(c)) Upgrade(GapKind.Soft);
    }

    public void Upgrade(GapKind kind)
    {
        if (kind > Kind) Kind = kind;
    }
}

/// <summary>Character classes of the matcher's tokeniser, on top of <see cref="NameFolding.FoldChar"/>.</summary>
internal static class MatchChars
{
    /// <summary>
    /// Combining marks fold to a separator in <see cref="NameFolding"/>; inside a word of decomposed text (H + U+0323)
    /// they must not split it, so the tokeniser ignores them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIgnorable(char c) => c >= '\u0300' && IsMark(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>A folded char that belongs to a token (letters and digits; Drop is '\0' and Separator is ' ').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKept(char folded) => folded > NameFolding.Separator;
}

/// <summary>A phrase split into tokens: folded forms, the original kept chars (for case checks) and the gaps between.</summary>
internal sealed record PhraseShape(string[] Tokens, string Surface, ulong PunctuatedGaps)
{
    public const int MaxTokens = 64;

    public static PhraseShape Parse(string phrase)
    {
        var tokens = new List<string>();
        var surface = new System.Text.StringBuilder(phrase.Length);
        var word = new System.Text.StringBuilder();
        var gap = new GapTracker();
        ulong punctuated = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var c = i < phrase.Length ? phrase[i] : ' ';
            var f = NameFolding.FoldChar(c);
            if (MatchChars.IsKept(f))
            {
                if (word.Length == 0 && tokens.Count > 0 && gap.Kind != GapKind.None && tokens.Count <= MaxTokens)
                    punctuated |= 1UL << (tokens.Count - 1);
                if (word.Length == 0) gap.Reset();
                word.Append(f);
                surface.Append(c);
                continue;
            }
            if (f == NameFolding.Drop || MatchChars.IsIgnorable(c)) continue;
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
                gap.Reset();
            }
            if (i < phrase.Length) gap.Feed(c, i + 1 < phrase.Length ? phrase[i + 1] : '\0');
        }
        return new PhraseShape([.. tokens], surface.ToString(), punctuated);
    }
}
