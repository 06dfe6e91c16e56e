using System.Runtime.CompilerServices;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// A one-sided test that spares the dictionary lookup for most unknown words: a bit per (first char, second char,
/// length) class of the known tokens. A clear bit proves the word is not in the dictionary; a set bit proves nothing.
/// Most words of a text are unknown to a matcher, and the bit test is far cheaper than hashing them.
/// </summary>
internal sealed class TokenPrefilter
{
    private const int LengthClasses = 32;
    private readonly ulong[] _bits = new ulong[32 * 32 * LengthClasses / 64];

    public TokenPrefilter(IEnumerable<string> tokens)
    {
        foreach (var t in tokens)
            if (t.Length > 0)
            {
                var b = Bit(t);
                _bits[b >> 6] |= 1UL << b;
            }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> token)
    {
        var b = Bit(token);
        return (_bits[b >> 6] & (1UL << b)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(ReadOnlySpan<char> token)
    {
        var second = token.Length > 1 ? token[1] & 31 : 0;
        return ((token[0] & 31) << 10) | (second << 5) | Math.Min(token.Length, LengthClasses - 1);
    }
}
