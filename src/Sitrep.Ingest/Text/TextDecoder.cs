using System.Text;

namespace Sitrep.Ingest.Text;

/// <summary>
/// Decodes file bytes: a BOM decides when present; otherwise strict UTF-8, and Windows-1252 when the bytes are not UTF-8
/// (old Office exports). Only the BOM is removed so offsets match the file text.
/// </summary>
public static class TextDecoder
{
    private static readonly (byte[] Bom, string Name, Func<bool, Encoding> Make)[] Boms =
    [
        // UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with the UTF-16 LE BOM.
        ([0xFF, 0xFE, 0x00, 0x00], "utf-32le", strict => new UTF32Encoding(false, false, strict)),
        ([0x00, 0x00, 0xFE, 0xFF], "utf-32be", strict => new UTF32Encoding(true, false, strict)),
        ([0xEF, 0xBB, 0xBF], "utf-8", strict => new UTF8Encoding(false, strict)),
        ([0xFF, 0xFE], "utf-16le", strict => new UnicodeEncoding(false, false, strict)),
        ([0xFE, 0xFF], "utf-16be", strict => new UnicodeEncoding(true, false, strict)),
    ];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var (bom, name, make) in Boms)
        {
            if (bytes.StartsWith(bom))
            {
                var body = bytes[bom.Length..];
                var wide = !name.StartsWith("utf-8", StringComparison.Ordinal);
                try
                {
                    return new DecodedText(make(true).GetString(body), name, wide, null);
                }
                catch (DecoderFallbackException)
                {
                    // The BOM is a clear statement of intent: keep the encoding, mark the bad bytes.
                    return new DecodedText(make(false).GetString(body), name, wide,
                        $"invalid {name} byte sequences replaced with U+FFFD");
                }
            }
        }

        try
        {
            return new DecodedText(new UTF8Encoding(false, true).GetString(bytes), "utf-8", false, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(CodePages.Windows1252.GetString(bytes), "windows-1252", false,
                "not valid UTF-8; decoded as Windows-1252");
        }
    }
}
