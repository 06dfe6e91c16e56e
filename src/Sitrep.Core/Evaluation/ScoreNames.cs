using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Evaluation;

/// <summary>score.py's name normalisation (<c>norm</c>) and governorate canonicaliser (<c>admin1</c>), to the letter.</summary>
public static partial class ScoreNames
{
    // score.py's ADMIN1 table, unchanged (even the entries norm() can never produce), so both give the same answers.
    private static readonly Dictionary<string, string> Admin1Table = new(StringComparer.Ordinal)
    {
        ["baghdad"] = "Baghdad", ["anbar"] = "Anbar", ["al anbar"] = "Anbar", ["al-anbar"] = "Anbar",
        ["basra"] = "Basra", ["basrah"] = "Basra", ["al basrah"] = "Basra", ["maysan"] = "Maysan", ["missan"] = "Maysan",
        ["dhi qar"] = "Dhi Qar", ["thi qar"] = "Dhi Qar", ["thi-qar"] = "Dhi Qar", ["dhiqar"] = "Dhi Qar",
        ["qadisiyah"] = "Qadisiyah", ["al-qadisiyah"] = "Qadisiyah", ["al qadisiyah"] = "Qadisiyah", ["qadisiyyah"] = "Qadisiyah", ["diwaniyah"] = "Qadisiyah",
        ["diyala"] = "Diyala", ["salah ad-din"] = "Salah ad-Din", ["salah al din"] = "Salah ad-Din", ["sala al-din"] = "Salah ad-Din",
        ["salahuddin"] = "Salah ad-Din", ["salah al-din"] = "Salah ad-Din", ["saladin"] = "Salah ad-Din", ["salah ad din"] = "Salah ad-Din",
        ["kirkuk"] = "Kirkuk", ["tamim"] = "Kirkuk", ["at-tamim"] = "Kirkuk", ["ninewa"] = "Ninewa", ["nineveh"] = "Ninewa", ["ninawa"] = "Ninewa",
        ["erbil"] = "Erbil", ["arbil"] = "Erbil", ["irbil"] = "Erbil", ["duhok"] = "Duhok", ["dahuk"] = "Duhok", ["dohuk"] = "Duhok", ["dihok"] = "Duhok",
        ["sulaymaniyah"] = "Sulaymaniyah", ["as sulaymaniyah"] = "Sulaymaniyah", ["sulaimaniya"] = "Sulaymaniyah", ["sulaymaniyah province"] = "Sulaymaniyah",
        ["babil"] = "Babil", ["babylon"] = "Babil", ["karbala"] = "Karbala", ["karbala'"] = "Karbala", ["najaf"] = "Najaf", ["an najaf"] = "Najaf",
        ["muthanna"] = "Muthanna", ["al muthanna"] = "Muthanna", ["wasit"] = "Wasit", ["halabja"] = "Halabja",
    };

    /// <summary>
    /// NFKD, drop everything outside ASCII, lower-case, drop apostrophes and backquotes, every other run of
    /// non-alphanumerics becomes one space, trimmed: "Kata’ib Hezbollah" → "kataib hezbollah".
    /// </summary>
    public static string? Norm(string? s)
    {
        if (s is null) return null;
        string decomposed;
        try { decomposed = s.Normalize(NormalizationForm.FormKD); }
        catch (ArgumentException) { decomposed = s; } // a lone surrogate: Python drops it below anyway
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            if (ch >= 128 || ch is '\'' or '`') continue;
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else space = true;
        }
        return sb.ToString();
    }

    /// <summary>The canonical governorate for a spelling ("Al Anbar" → "Anbar"); an unknown one comes back normalised; empty → null.</summary>
    public static string? Admin1(string? s)
    {
        var n = Norm(s);
        if (string.IsNullOrEmpty(n)) return null;
        n = RegionWord().Replace(n, "").Trim();
        return Admin1Table.TryGetValue(n, out var c) ? c
            : Admin1Table.TryGetValue(n.Replace(' ', '-'), out c) ? c
            : n;
    }

    [GeneratedRegex(@"\b(governorate|province)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RegionWord();
}
