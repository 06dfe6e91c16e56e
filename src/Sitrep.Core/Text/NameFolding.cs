using System.Globalization;
using System.Text;

namespace Sitrep.Core.Text;

/// <summary>
/// Folds names so that spelling variants meet: lower case, diacritics removed, apostrophes and ayn/hamza marks dropped
/// (Kata'ib = Kataib, Qa'im = Qaim), and hyphens, dots, commas, slashes and brackets turned into word breaks
/// (al-Qaim = al qaim, U.S. = u s). The same rule serves the knowledge-base lookups and the text matcher, so both must use
/// <see cref="FoldChar"/>.
/// </summary>
public static class NameFolding
{
    /// <summary>Returned by <see cref="FoldChar"/> for a character that separates words.</summary>
    public const char Separator = ' ';
    /// <summary>Returned by <see cref="FoldChar"/> for a character that is dropped inside a word.</summary>
    public const char Drop = '\0';

    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character: a lower-case base letter or digit, <see cref="Separator"/> or <see cref="Drop"/>.</summary>
    public static char FoldChar(char c)
    {
        if (c < Table.Length) return Table[c];
        return c switch
        {
            '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u2032' or '\u00B4' or '\u0060' => Drop,
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => Separator,
            '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => Separator,
            _ when char.IsWhiteSpace(c) => Separator,
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => Separator,
        };
    }

    /// <summary>The folded form of a name: words of folded characters joined by single spaces.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            var f = FoldChar(c);
            if (f == Drop) continue;
            if (f == Separator) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Folds <paramref name="name"/> into <paramref name="destination"/> as <see cref="Fold(ReadOnlySpan{char})"/> does,
    /// without a string: the length written, or -1 when it does not fit.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            var f = FoldChar(c);
            if (f == Drop) continue;
            if (f == Separator) { pendingSpace = length > 0; continue; }
            if (length + (pendingSpace ? 2 : 1) > destination.Length) return -1;
            if (pendingSpace) { destination[length++] = ' '; pendingSpace = false; }
            destination[length++] = f;
        }
        return length;
    }

    private static char[] BuildTable()
    {
        // Up to Latin Extended Additional (Ḥ, Ṣ, ṭ: scholarly transliteration of Arabic); beyond it FoldChar decides per char.
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            // Apostrophes and the marks that transliterate ayn and hamza vanish inside a word.
            if (c is '\'' or '`' or '\u00B4' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE') { table[i] = Drop; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var b = decomposed[0];
                table[i] = c switch
                {
                    'ß' => 's', 'æ' or 'Æ' => 'a', 'ø' or 'Ø' => 'o', 'ł' or 'Ł' => 'l', 'đ' or 'Đ' => 'd', 'ı' => 'i',
                    _ => CharUnicodeInfo.GetUnicodeCategory(b) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                         or UnicodeCategory.DecimalDigitNumber ? char.ToLowerInvariant(b) : char.ToLowerInvariant(c),
                };
            }
            else table[i] = Separator;
        }
        return table;
    }
}
