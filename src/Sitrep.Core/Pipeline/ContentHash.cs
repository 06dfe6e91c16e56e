using System.Security.Cryptography;

namespace Sitrep.Core.Pipeline;

/// <summary>Document ids are content hashes, so re-ingesting the same bytes under any name is recognised.</summary>
public static class ContentHash
{
    /// <summary>First 16 bytes of SHA-256, lower-case hex (32 chars): collision-safe for any real corpus, short to type.</summary>
    public static string Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
