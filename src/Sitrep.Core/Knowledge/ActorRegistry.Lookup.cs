using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

public sealed partial class ActorRegistry
{
    // Leading words that qualify rather than name ("likely Iranian proxies", "dozens of KH fighters", "new Iraqi government").
    private static readonly string[] Modifiers =
    [
        "tens of thousands of ", "thousands of ", "hundreds of ", "dozens of ", "scores of ", "busloads of ", "truckloads of ",
        "carloads of ", "a group of ", "groups of ", "a number of ", "members of ", "fighters of ", "fighters from ", "elements of ",
        "likely ", "suspected ", "alleged ", "allegedly ", "reportedly ", "possible ", "probable ", "purported ", "presumed ",
        "new ", "current ", "several ", "some ", "two ", "three ",
    ];

    // A person's name after one of these is the person ("KH Secretary General Ahmad al-Hammadawi", "Lieutenant Gen. X").
    private static readonly FrozenSet<string> TitleWords = new[]
    {
        "minister", "president", "speaker", "general", "gen", "brigadier", "lieutenant", "lt", "colonel", "col", "major", "maj",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "commander", "chief", "leader", "cleric", "ayatollah", "sayyid",
        "sayyed", "sheikh", "shaykh", "mp", "chairman", "head", "ambassador", "envoy", "director", "governor", "adviser", "advisor",
        "king", "prince", "premier", "pm", "mr", "dr", "judge", "imam", "emir", "deputy", "official", "lawmaker", "founder",
        "analyst", "activist", "staff", "officer", "admiral", "sergeant", "captain", "capt",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Trailing words that make a name stand for its organisation ("Pentagon spokesperson", "Iraqi intelligence chief", "KH fighters").
    private static readonly FrozenSet<string> OrgSuffixes = new[]
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "chief", "head", "official", "officials", "leadership",
        "fighters", "members", "militants", "militiamen", "elements", "forces", "force", "unit", "units", "troops", "personnel",
        "commander", "commanders", "statement", "militia", "militias", "headquarters", "hq", "leaders", "leader", "operatives",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Iraqi X", "Iraq's X": X must belong to that country.
    private static readonly FrozenDictionary<string, string> CountryWords = new Dictionary<string, string>
    {
        ["iraqi"] = "Iraq", ["iraqs"] = "Iraq", ["iraq"] = "Iraq", ["iranian"] = "Iran", ["irans"] = "Iran", ["iran"] = "Iran",
        ["american"] = "United States", ["americas"] = "United States", ["turkish"] = "Turkey", ["turkeys"] = "Turkey",
        ["saudi"] = "Saudi Arabia", ["lebanese"] = "Lebanon", ["lebanons"] = "Lebanon", ["israeli"] = "Israel", ["kurdish"] = "Iraq",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Letters a PDF loses into U+FFFD (ligatures: Th, fi, fl, ff, ffi, ffl, ft).
    private static readonly string[] LigatureRepairs = ["Th", "fi", "fl", "ff", "ffi", "ffl", "ft"];

    /// <summary>
    /// Entries named by <paramref name="name"/>: the alias folding to the same key, else the same key without a leading
    /// "the"/"al", else after taking off what only qualifies the name (a parenthesised abbreviation, a possessive 's,
    /// "likely", a title before a person's name, "Iraqi"/"Iraq's" before an Iraqi body, "spokesperson" after an
    /// organisation). Declared ambiguous aliases come in the declared order, otherwise deeper (more specific) entries
    /// first. Generic phrases give nothing. Never throws.
    /// </summary>
    public IReadOnlyList<Actor> Lookup(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 300) return [];
        var variants = RawVariants(name).ToArray();
        foreach (var raw in variants)
        {
            var hits = Match(NameFolding.Fold(raw), raw);
            if (hits.Count > 0) return hits;
        }
        foreach (var raw in variants)
        {
            var hits = Reduce(NameFolding.Fold(raw), raw, 3);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    /// <summary>The text as given, without a possessive 's, outside and inside a final parenthesis, and with U+FFFD repaired.</summary>
    private static IEnumerable<string> RawVariants(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new List<string> { name.Trim() };
        for (var i = 0; i < queue.Count; i++)
        {
            var s = queue[i];
            if (!seen.Add(s)) continue;
            yield return s;
            if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("\u2019s", StringComparison.Ordinal)) queue.Add(s[..^2].TrimEnd());
            var open = s.LastIndexOf('(');
            if (open > 0 && s.TrimEnd().EndsWith(')'))
            {
                queue.Add(s[..open].Trim());
                queue.Add(s[(open + 1)..s.LastIndexOf(')')].Trim());
            }
            if (i == 0 && s.Contains('\uFFFD')) queue.AddRange(RepairLigatures(s));
        }
    }

    private static IEnumerable<string> RepairLigatures(string s)
    {
        var parts = s.Split('\uFFFD');
        if (parts.Length > 4) yield break; // at most three damaged spots; beyond that the name is not recoverable this way
        var choices = new int[parts.Length - 1];
        while (true)
        {
            var sb = new System.Text.StringBuilder(parts[0]);
            for (var i = 0; i < choices.Length; i++)
            {
                var rep = LigatureRepairs[choices[i]];
                // "Th" starts a word; inside a word the lower-case form is what was lost.
                sb.Append(sb.Length > 0 && char.IsLetter(sb[^1]) ? rep.ToLowerInvariant() : rep).Append(parts[i + 1]);
            }
            yield return sb.ToString();
            var k = 0;
            while (k < choices.Length && ++choices[k] == LigatureRepairs.Length) choices[k++] = 0;
            if (k == choices.Length) yield break;
        }
    }

    private IReadOnlyList<Actor> Match(string key, string raw)
    {
        if (key.Length == 0) return [];
        if (_primary.TryGetValue(key, out var entries))
        {
            var hits = Order(key, entries, raw);
            if (hits.Count > 0) return hits;
        }
        var bare = StripArticles(key);
        return _secondary.TryGetValue(bare, out entries) ? Order(bare, entries, raw) : [];
    }

    private IReadOnlyList<Actor> Order(string key, AliasEntry[] entries, string raw)
    {
        string? rawLetters = null;
        var actors = new List<Actor>();
        foreach (var e in entries)
        {
            // A case-sensitive alias counts only when written in its own capitals (KH, not "kh"; IS, not "is").
            if (e.CaseSensitive && !(rawLetters ??= Letters(raw)).Contains(e.Letters, StringComparison.Ordinal)) continue;
            if (!actors.Contains(e.Actor)) actors.Add(e.Actor);
        }
        if (actors.Count < 2) return actors;
        if (_ambiguousOrder.TryGetValue(key, out var order))
            return [.. actors.OrderBy(a => System.Array.IndexOf(order, a.Id) is var i && i < 0 ? int.MaxValue : i)];
        return [.. actors.OrderByDescending(a => _depth[a.Id])];
    }

    /// <summary>Takes off qualifying words and tries again, at most <paramref name="budget"/> times in a chain.</summary>
    private IReadOnlyList<Actor> Reduce(string key, string raw, int budget)
    {
        if (budget == 0 || key.Length == 0) return [];
        var tokens = key.Split(' ');

        foreach (var m in Modifiers)
            if (key.StartsWith(m, StringComparison.Ordinal) && Retry(key[m.Length..]) is { Count: > 0 } r) return r;

        // Title + person's name: the longest tail after a title word that names a person.
        for (var i = 1; i < tokens.Length; i++)
            if (TitleWords.Contains(tokens[i - 1]))
            {
                var hits = Match(string.Join(' ', tokens[i..]), raw).Where(a => a.Type == ActorType.Person).ToArray();
                if (hits.Length > 0) return hits;
            }

        if (tokens.Length > 1 && CountryWords.TryGetValue(tokens[0], out var country))
        {
            var hits = Match(string.Join(' ', tokens[1..]), raw).Where(a => a.Country == country).ToArray();
            if (hits.Length > 0) return hits;
            if (Reduce(string.Join(' ', tokens[1..]), raw, budget - 1).Where(a => a.Country == country).ToArray() is { Length: > 0 } deeper)
                return deeper;
        }

        if (tokens.Length > 1 && OrgSuffixes.Contains(tokens[^1]))
        {
            var head = string.Join(' ', tokens[..^1]);
            var hits = Match(head, raw).Where(a => a.Type != ActorType.Person).ToArray();
            if (hits.Length == 0 && tokens[^1] == "commander") hits = [.. Match(head + " command", raw)];
            if (hits.Length > 0) return hits;
        }
        return [];

        IReadOnlyList<Actor> Retry(string rest) => Match(rest, raw) is { Count: > 0 } h ? h : Reduce(rest, raw, budget - 1);
    }
}
