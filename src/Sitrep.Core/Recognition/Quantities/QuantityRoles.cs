using Sitrep.Core.Model;

namespace Sitrep.Core.Recognition.Quantities;

/// <summary>What a quantity counts, as event counts need it.</summary>
public enum QuantityRole
{
    Other,
    Killed,
    Injured,
    Detained,
    Released,
    Participants,
    Rockets,
    Vehicles,
    /// <summary>Armed men of a force: "over 100 armed members", "a 150 fighter force", "dozens of militiamen".</summary>
    Fighters,
}

/// <summary>
/// Classifies a <see cref="QuantityMention"/> by its unit and the verbs around it: "Eight people were killed" → Killed,
/// "arrested 14 KH members" → Detained, "the release of 11 detainees" → Released, "30 rockets" → Rockets.
/// Passive forms right after the number win over verbs before it; a harm verb beats a people noun
/// ("5 protesters were killed" is Killed, not Participants).
/// </summary>
public static class QuantityRoles
{
    private const int WordsAfter = 4;
    private const int WordsBefore = 3;

    public static QuantityRole Classify(string text, QuantityMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var unit = mention.Unit?.ToLowerInvariant();
        // "10 injured", "14 were released": the participle is the role.
        if (unit is not null && QuantityLexicon.Participles.Contains(unit) && ByWord(unit) is { } byUnit) return byUnit;
        if (unit is not null && ByNoun(unit) is { } thing and (QuantityRole.Rockets or QuantityRole.Vehicles)) return thing;
        if (unit is "mm" or "km" or "percent" or "usd" or "hours" or "days" or "weeks" or "months" or "years") return QuantityRole.Other;

        if (After(text, mention.Span.End) is { } after) return after;
        if (Before(text, mention.Span.Start) is { } before) return before;
        if (unit is not null)
        {
            if (ByNoun(unit) is { } noun) return noun;
            if (ByWord(unit) is { } participle) return participle;
        }
        return QuantityRole.Other;
    }

    // "were killed", "died", "had been arrested": auxiliaries and adverbs may come first.
    private static QuantityRole? After(string text, int from)
    {
        var i = from;
        for (var n = 0; n < WordsAfter; n++)
        {
            if (!NextWord(text, ref i, out var word)) return null;
            if (ByWord(word) is { } role) return role;
            if (!QuantityLexicon.Auxiliaries.Contains(word) && word is not ("people" or "persons" or "others" or "more" or "men")) return null;
        }
        return null;
    }

    // "killing 5", "arrested 14 KH members", "the release of 11": the nearest verb before, in the same clause.
    private static QuantityRole? Before(string text, int from)
    {
        var i = from;
        for (var n = 0; n < WordsBefore; n++)
        {
            if (!PrevWord(text, ref i, out var word)) return null;
            if (ByWord(word) is { } role) return role;
        }
        return null;
    }

    private static QuantityRole? ByWord(string w) => w.ToLowerInvariant() switch
    {
        "killed" or "killing" or "kill" or "dead" or "died" or "die" or "slain" or "executed" or "assassinated" or "deaths" or "fatalities" or "bodies"
            => QuantityRole.Killed,
        "wounded" or "wounding" or "injured" or "injuring" or "injuries" or "hurt" => QuantityRole.Injured,
        "arrested" or "arresting" or "arrest" or "arrests" or "detained" or "detaining" or "detention" or "captured" or "capturing" or "apprehended"
            or "detainees" => QuantityRole.Detained,
        "released" or "releasing" or "release" or "freed" or "freeing" => QuantityRole.Released,
        "protested" or "protesting" or "demonstrated" or "rallied" or "marched" or "gathered" => QuantityRole.Participants,
        "fired" or "launched" => QuantityRole.Rockets,
        _ => null,
    };

    private static QuantityRole? ByNoun(string unit) => unit switch
    {
        "protesters" or "protestors" or "demonstrators" or "participants" or "marchers" => QuantityRole.Participants,
        "rockets" or "missiles" or "mortars" or "shells" or "projectiles" or "katyushas" => QuantityRole.Rockets,
        "vehicles" or "trucks" or "cars" or "tankers" or "buses" or "pickups" => QuantityRole.Vehicles,
        "detainees" or "prisoners" => QuantityRole.Detained,
        // Last resort only (after the verbs around the number): "arrested 14 members" stays Detained.
        "fighters" or "fighter" or "militiamen" or "gunmen" or "militants" or "members" or "militias" or "troops" or "soldiers"
            or "personnel" or "operatives" => QuantityRole.Fighters,
        _ => null,
    };

    // Words within the clause: stop at sentence or clause punctuation (not a decimal point) and at another number.
    private static bool NextWord(string text, ref int i, out string word)
    {
        word = "";
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            if (IsBoundary(text, i)) return false;
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        word = text[start..i];
        return i > start;
    }

    private static bool PrevWord(string text, ref int i, out string word)
    {
        word = "";
        while (i > 0 && !char.IsLetter(text[i - 1]))
        {
            if (IsBoundary(text, i - 1)) return false;
            i--;
        }
        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        word = text[i..end];
        return end > i;
    }

    private static bool IsBoundary(string text, int i) => text[i] switch
    {
        '.' => !(i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1])),
        ';' or ',' or '!' or '?' or ':' or '(' or ')' or '\n' => true,
        _ => char.IsAsciiDigit(text[i]),
    };
}
