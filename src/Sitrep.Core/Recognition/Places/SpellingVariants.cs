using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Places;

/// <summary>
/// Arabic names reach English in endless spellings (Khanaqin, Khanaquin, Khaniqeen; Dhuluiya, Dhuliyah). For a name
/// the gazetteer does not hold, this compares consonant skeletons: articles dropped, vowels and w/y dropped after the
/// first letter, a final h after a vowel dropped, q read as k, doubled letters single. Only used where the text says
/// the word is a place ("X village", "the town of X"), and only when the skeleton points to one place.
/// </summary>
public sealed class SpellingVariants
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
        { "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az", "the" };

    /// <summary>Words that say the name before them is a place ("Hanbas area", "Tatran village").</summary>
    public static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "village", "town", "city", "area", "district", "subdistrict", "sub-district", "region", "neighborhood",
        "neighbourhood", "quarter", "suburb", "province", "governorate", "nahiya", "qadha", "camp", "base", "airbase",
    };

    private readonly Dictionary<string, List<Place>> _bySkeleton = new(StringComparer.Ordinal);

    public SpellingVariants(Gazetteer gazetteer)
    {
        foreach (var (alias, place) in gazetteer.Aliases())
        {
            var key = Skeleton(alias);
            if (key.Length < MinKey) continue;
            if (!_bySkeleton.TryGetValue(key, out var list)) _bySkeleton[key] = list = [];
            if (!list.Contains(place)) list.Add(place);
        }
    }

    /// <summary>Shorter skeletons ("ks", "hl") match too many places to mean anything.</summary>
    private const int MinKey = 3;

    /// <summary>The places whose skeleton equals the name's, in the given governorate when one is known.</summary>
    public IReadOnlyList<Place> Find(string name, IReadOnlySet<string>? governorates = null)
    {
        var key = Skeleton(name);
        if (key.Length < MinKey || !_bySkeleton.TryGetValue(key, out var list)) return [];
        if (governorates is { Count: > 0 })
        {
            var inside = list.Where(p => p.Governorate is not null && governorates.Contains(p.Governorate)).ToList();
            return inside.Count > 0 ? inside : [];
        }
        return list;
    }

    public static string Skeleton(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var token in NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Articles.Contains(token) || PlaceWords.Contains(token)) continue;
            var t = token.Length > 3 && token[^1] == 'h' && IsVowel(token[^2]) ? token[..^1] : token;
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i] == 'q' ? 'k' : t[i];
                if (i > 0 && (IsVowel(c) || c is 'w' or 'y')) continue;
                if (sb.Length > 0 && sb[^1] == c) continue;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
