using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Html;

/// <summary>Decodes HTML bytes: a BOM wins, then a meta charset near the top, else UTF-8 (Windows-1252 if that fails).</summary>
public static partial class HtmlDecoder
{
    /// <summary>Browsers only look this far for a meta charset, and so do we.</summary>
    private const int SniffBytes = 4096;

    public static DecodedText Decode(byte[] content)
    {
        if (HasBom(content))
            return TextDecoder.Decode(content);

        var declared = DeclaredCharset(content);
        var encoding = declared is null ? null : CodePages.TryGet(MapLabel(declared));
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
            return TextDecoder.Decode(content);
        // UTF-16 declared without a BOM is a lie (the meta tag itself was readable as ASCII).
        if (encoding.CodePage is 1200 or 1201)
            return TextDecoder.Decode(content);
        return new DecodedText(encoding.GetString(content), encoding.WebName, false, null);
    }

    private static bool HasBom(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    private static string? DeclaredCharset(byte[] content)
    {
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, SniffBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    // The WHATWG encoding standard reads these labels as Windows-1252.
    private static string MapLabel(string label) =>
        label.Trim().ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "l1" ? "windows-1252" : label;

    // Matches <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
