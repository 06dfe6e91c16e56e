using System.Buffers;
using System.Collections.Frozen;

namespace Sitrep.Core.Recognition.Quantities;

/// <summary>Word lists behind <see cref="QuantityRecognizer"/> and <see cref="QuantityRoles"/> (all lower case, ordinal comparison).</summary>
internal static class QuantityLexicon
{
    public static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9,
    };

    /// <summary>
    /// Indefinite amounts as ACLED codes them: "dozens" 12, "tens" 10; the rest are this project's conservative choices
    /// (ACLED defines none): "scores" 20, "hundreds" 100, "thousands" 1000, "several" 2 (the smallest plural, not 3).
    /// The bool: the word must be followed by "of" to count ("tens of", "scores of"; "scores" alone is usually a verb).
    /// </summary>
    public static readonly Dictionary<string, (double Value, bool NeedsOf)> VaguePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (12, false), ["tens"] = (10, true), ["scores"] = (20, true), ["hundreds"] = (100, false),
        ["thousands"] = (1000, false), ["millions"] = (1e6, false), ["several"] = (2, false),
    };

    /// <summary>Measures, time spans and currencies: taken only right after the number, mapped to one spelling.</summary>
    public static readonly Dictionary<string, string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mm"] = "mm", ["cm"] = "cm", ["km"] = "km", ["kg"] = "kg", ["kilometers"] = "km", ["kilometres"] = "km", ["kilometer"] = "km",
        ["kilometre"] = "km", ["miles"] = "miles", ["mile"] = "miles", ["meters"] = "m", ["metres"] = "m", ["meter"] = "m", ["metre"] = "m",
        ["tons"] = "tons", ["tonnes"] = "tons", ["ton"] = "tons", ["tonne"] = "tons", ["percent"] = "percent", ["pct"] = "percent",
        ["hours"] = "hours", ["hour"] = "hours", ["minutes"] = "minutes", ["minute"] = "minutes", ["days"] = "days", ["day"] = "days",
        ["weeks"] = "weeks", ["week"] = "weeks", ["months"] = "months", ["month"] = "months", ["years"] = "years", ["year"] = "years",
        ["usd"] = "USD", ["dollars"] = "USD", ["dollar"] = "USD", ["iqd"] = "IQD", ["dinars"] = "IQD", ["dinar"] = "IQD",
        ["euros"] = "EUR", ["eur"] = "EUR", ["barrels"] = "barrels", ["bpd"] = "bpd", ["megawatts"] = "MW", ["mw"] = "MW",
    };

    /// <summary>Count nouns (plural); a singular is accepted for one, or right after the number ("a 150 fighter force").</summary>
    public static readonly HashSet<string> CountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "members", "militants", "fighters", "people", "persons", "protesters", "protestors", "demonstrators", "participants",
        "rockets", "missiles", "mortars", "shells", "projectiles", "katyushas", "grenades", "drones", "bombs", "IEDs", "UAVs",
        "vehicles", "trucks", "cars", "tankers", "buses", "pickups", "convoys", "soldiers", "troops", "civilians", "policemen",
        "officers", "officials", "detainees", "prisoners", "hostages", "suspects", "villages", "seats", "MPs", "cases", "gunmen",
        "men", "women", "children", "commanders", "leaders", "militiamen", "tribesmen", "insurgents", "jihadists", "terrorists",
        "personnel", "employees", "workers", "students", "pilgrims", "refugees", "families", "houses", "homes", "buildings",
        "attacks", "airstrikes", "strikes", "explosions", "raids", "arrests", "operations", "incidents", "casualties", "deaths",
        "fatalities", "bodies", "victims", "infections", "positions", "posts", "checkpoints", "bases", "sites", "crossings",
        "provinces", "districts", "governorates", "ministers", "ministries", "candidates", "parties", "votes", "individuals",
        "guards", "contractors", "diplomats", "journalists", "activists", "brigades", "battalions", "weapons", "rifles", "tanks",
    };

    /// <summary>Participles that stand for the counted people ("10 injured", "14 were killed").</summary>
    public static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "dead", "wounded", "injured", "arrested", "detained", "released", "freed", "kidnapped", "abducted", "missing",
    };

    public static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "allegedly", "also", "later", "all", "subsequently",
    };

    /// <summary>Qualifiers read backwards from the number, longest first.</summary>
    public static readonly string[][] Qualifiers =
    [
        ["no", "fewer", "than"], ["no", "less", "than"], ["no", "more", "than"], ["as", "many", "as"], ["as", "few", "as"],
        ["in", "excess", "of"], ["at", "least"], ["at", "most"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"],
        ["upwards", "of"], ["close", "to"], ["an", "estimated"], ["over"], ["under"], ["nearly"], ["almost"], ["approximately"],
        ["about"], ["around"], ["roughly"], ["some"], ["estimated"], ["approx"], ["circa"], ["exactly"],
    ];

    /// <summary>Words that end the search for a counted noun.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might",
        "can", "did", "do", "does", "and", "or", "but", "in", "on", "at", "to", "from", "by", "with", "for", "of", "as", "than", "that",
        "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their", "his", "her", "our", "into", "onto", "after",
        "before", "during", "since", "while", "when", "where", "per", "each", "against", "near", "across", "including", "the", "a", "an",
        "said", "says", "reportedly", "allegedly", "also", "not", "out", "up", "over", "under", "between", "among", "about",
    };

    /// <summary>Words before a number that make it a name or reference, not a count ("Article 140", "Brigade 45", "No. 3").</summary>
    public static readonly HashSet<string> IdentifierHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "resolution", "law", "no", "nos", "number", "item", "items", "chapter", "section", "page", "pages", "pp", "p",
        "brigade", "brigades", "division", "regiment", "battalion", "route", "highway", "camp", "paragraph", "decree", "order",
        "phase", "level", "room", "sector", "gate", "block", "street", "road", "building", "flight", "vol", "volume", "figure", "table",
        "week", "day", "round", "episode", "district", "zone", "km", "kilometre", "kilometer", "mile", "junction", "exit", "covid",
    };

    public static readonly HashSet<string> NotPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "says", "claims", "remains", "seems", "becomes", "includes", "contains", "comes", "goes", "does", "this", "thus", "always",
        "perhaps", "towards", "besides", "afterwards", "whereas", "yours", "hers", "theirs", "ours", "news", "sources", "reports",
        "years", "days", "months", "weeks", "hours", "times", "percent", "mm", "km",
    };

    // The same tables looked up by a slice of the text, so a token needs no string of its own.
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CardinalsBySpan = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> MultipliersBySpan = Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, (double Value, bool NeedsOf)>.AlternateLookup<ReadOnlySpan<char>> VaguePluralsBySpan = VaguePlurals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MeasuresBySpan = Measures.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNounsBySpan = CountNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticiplesBySpan = Participles.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesBySpan = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierHeadsBySpan = IdentifierHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralsBySpan = NotPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word a number may start with (cardinals, vague plurals, "a"/"an", "dozen"): a quick first test.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordsBySpan =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [.. Cardinals.Keys, .. VaguePlurals.Keys, "a", "an", "dozen"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words after "a"/"an" that make it a number ("a dozen", "a few", "a number of").</summary>
    public static readonly string[] AmountHeads = ["dozen", "hundred", "thousand", "million", "billion", "few", "number", "handful", "couple"];

    /// <summary>Whether <paramref name="word"/> is one of <see cref="AmountHeads"/>, ASCII case aside (as the scan compares them).</summary>
    public static bool IsAmountHead(ReadOnlySpan<char> word)
    {
        foreach (var head in AmountHeads)
            if (System.Text.Ascii.EqualsIgnoreCase(word, head)) return true;
        return false;
    }

    // Every number word but "a"/"an", and every amount head, holds one of these (ASCII case aside): a search for them
    // finds the words a number can start at without cutting the text into words. Two sets, because one set of all of
    // them made the vectorised search several times slower.
    public static readonly SearchValues<string> NumberWordNeedlesA = SearchValues.Create(
        ["one", "two", "thre", "four", "five", "six", "seven", "eigh", "nine", "ten", "elev", "twel", "twen", "thir", "fort", "fift"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> NumberWordNeedlesB = SearchValues.Create(
        ["dozen", "score", "hundred", "thousand", "million", "billion", "few", "number", "handful", "couple", "sever"], StringComparison.OrdinalIgnoreCase);

    // A bit per (first letter, last letter, length) of the number words, case aside: most words of a text fail this
    // test, which is much cheaper than hashing them for NumberWordsBySpan.
    private static readonly ulong[] NumberWordShapes = BuildNumberWordShapes();

    /// <summary>False only for a word that cannot be in <see cref="NumberWordsBySpan"/>.</summary>
    public static bool MayBeNumberWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return true;
        char first = word[0], last = word[^1];
        // Outside ASCII, case-insensitive equality has other pairs (dotless i, long s): no shortcut there.
        if (first > 0x7F || last > 0x7F || word.Length > 63) return true;
        return (NumberWordShapes[ShapeIndex(first, last)] & (1UL << word.Length)) != 0;
    }

    private static int ShapeIndex(char first, char last) => ((first | 0x20) & 31) * 32 + ((last | 0x20) & 31);

    private static ulong[] BuildNumberWordShapes()
    {
        var shapes = new ulong[32 * 32];
        foreach (var w in (IEnumerable<string>)[.. Cardinals.Keys, .. VaguePlurals.Keys, "a", "an", "dozen"])
        {
            if (w.Length == 0 || w.Length > 63 || w[0] > 0x7F || w[^1] > 0x7F) throw new InvalidOperationException($"Number word '{w}' does not fit the shape test.");
            shapes[ShapeIndex(w[0], w[^1])] |= 1UL << w.Length;
        }
        return shapes;
    }

    /// <summary>The plural a count noun's singular takes ("fighter" → "fighters", "gunman" → "gunmen", "family" → "families").</summary>
    public static string? PluralOf(string singular)
    {
        string plural;
        if (singular.Equals("child", StringComparison.OrdinalIgnoreCase)) plural = "children";
        else if (singular.Equals("person", StringComparison.OrdinalIgnoreCase)) plural = "people";
        else if (singular.EndsWith("man", StringComparison.OrdinalIgnoreCase)) plural = singular[..^3] + "men";
        else if (singular.Length > 2 && singular.EndsWith('y') && !"aeiou".Contains(singular[^2])) plural = singular[..^1] + "ies";
        else if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)) plural = singular + "es";
        else plural = singular + "s";
        return CountNouns.TryGetValue(plural, out var canonical) ? canonical : null;
    }
}
