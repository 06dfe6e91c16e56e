using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Actors;

/// <summary>
/// Finds registry actors in a text with one multi-pattern pass. Role phrases ("the Prime Minister") resolve to whoever
/// held the role on the text's date; generic phrases ("the brigades") resolve only to an actor already named before
/// them, and are dropped otherwise; an alias shared by several actors goes to the one named earlier.
/// </summary>
public sealed class ActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> Shared = new(() => new ActorRecognizer(ActorRegistry.Default));

    /// <summary>What a matched phrase can stand for.</summary>
    private sealed record Target(Actor? Actor, string? Role, bool Generic);

    private readonly ActorRegistry _registry;
    private readonly PhraseMatcher<Target> _matcher;

    public ActorRecognizer(ActorRegistry registry)
    {
        _registry = registry;
        var builder = new PhraseMatcherBuilder<Target>();
        foreach (var a in registry.Aliases())
            builder.Add(a.Alias, new Target(a.Actor, null, registry.GenericAliases.Contains(NameFolding.Fold(a.Alias))), a.CaseSensitive);
        // Generic phrases ("the brigades", "Baghdad" for the government) stand only for an actor named before them.
        foreach (var phrase in registry.GenericAliases)
            foreach (var candidate in registry.GenericCandidates(phrase))
                builder.Add(phrase, new Target(candidate, null, true));
        foreach (var r in registry.RoleAliases())
            builder.Add(r.Alias, new Target(null, r.Role, false));
        builder.OptionalLeadingTokens("the");
        _matcher = builder.Build();
    }

    public static ActorRecognizer Default => Shared.Value;

    public ActorRegistry Registry => _registry;

    /// <summary>The folded words of the matcher's phrases, for a lexicon shared with other recognizers.</summary>
    internal Dictionary<string, int> TokenIds => _matcher.TokenIds;

    /// <param name="when">The date the text speaks of (an item's date, the report period's end, the publication date),
    /// for role phrases; null leaves them unresolved.</param>
    public IReadOnlyList<ActorMention> Recognize(string text, TextSpan range, DateOnly? when)
    {
        var matches = new List<PhraseMatch<Target>>();
        _matcher.MatchInto(text, range, matches);
        return Recognize(text, range, matches, when);
    }

    /// <summary>The actors of <paramref name="range"/>, a part of what <paramref name="words"/> was cut from (cut once
    /// for every recognizer).</summary>
    internal IReadOnlyList<ActorMention> Recognize(RegionWords words, TextSpan range, DateOnly? when)
    {
        // One match list per thread, reused: every region of every document needs one, and Recognize only reads it.
        var matches = t_matches ?? [];
        t_matches = null; // a nested call on this thread would get its own
        try
        {
            matches.Clear();
            _matcher.MatchWordsInto(words, range, matches);
            return Recognize(words.Text, range, matches, when);
        }
        finally
        {
            matches.Clear();
            t_matches = matches;
        }
    }

    [ThreadStatic] private static List<PhraseMatch<Target>>? t_matches;

    private IReadOnlyList<ActorMention> Recognize(string text, TextSpan range, List<PhraseMatch<Target>> matches, DateOnly? when)
    {
        var result = new List<ActorMention>();
        var lastWasRole = false;
        foreach (var match in matches)
        {
            var m = IncludeClosingBracket(text, range, match);
            var surface = text.Substring(m.Span.Start, m.Span.Length);
            var isRole = AllRoles(m.Values);
            var mention = Resolve(text, m, surface, result, when);
            if (mention is null) { lastWasRole = false; continue; }
            if (isRole && IsPreceded(text, m.Span.Start, FormerWords))
                mention = mention with { Actor = null, Confidence = 0.2 };   // "former Prime Minister": not today's holder
            // A role right before a name is that person's title: "former Prime Minister Adel Abdul-Mahdi" is one mention of him.
            if (result.Count > 0 && lastWasRole && !isRole && mention.Actor is { Type: Knowledge.ActorType.Person }
                && IsOnlySpace(text, result[^1].Span.End, mention.Span.Start))
            {
                var titled = new TextSpan(result[^1].Span.Start, mention.Span.End);
                result[^1] = new ActorMention(titled, text.Substring(titled.Start, titled.Length), mention.Actor, mention.Confidence);
                lastWasRole = false;
                continue;
            }
            lastWasRole = isRole;
            // "Iraqi Prime Minister" + "Mustafa al-Kadhimi", side by side and the same person: one mention.
            if (result.Count > 0 && result[^1] is { } last && last.Actor is not null && ReferenceEquals(last.Actor, mention.Actor)
                && IsOnlySpace(text, last.Span.End, mention.Span.Start))
            {
                var merged = new TextSpan(last.Span.Start, mention.Span.End);
                result[^1] = new ActorMention(merged, text.Substring(merged.Start, merged.Length), mention.Actor, Math.Max(last.Confidence, mention.Confidence));
                continue;
            }
            result.Add(mention);
        }
        return result;
    }

    public IReadOnlyList<ActorMention> Recognize(string text, DateOnly? when = null) => Recognize(text, new TextSpan(0, text.Length), when);

    private static bool IsMetonym(string surface) => surface.Length > 0 && char.IsUpper(surface[0]) && !surface.Contains(' ');

    private static readonly HashSet<string> ActorVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "announced", "announces", "condemned", "condemns", "rejected", "rejects", "demanded", "demands",
        "denied", "denies", "accused", "accuses", "agreed", "agrees", "warned", "warns", "insisted", "insists", "responded",
        "responds", "refused", "refuses", "claimed", "claims", "pledged", "pledges", "has", "had", "will", "would",
    };

    private static readonly HashSet<string> FromNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "condemnation", "condemnations", "criticism", "pressure", "demands", "response", "objections", "protest", "support", "approval",
    };

    /// <summary>"Baghdad said", "Baghdad and Washington agreed", "condemnations from Baghdad".</summary>
    private static bool MetonymContext(string text, TextSpan span)
    {
        var nextWord = Words.After(text, span.End, " ");
        var next = Words.Text(text, nextWord);
        if (next is not null && ActorVerbs.Contains(next)) return true;
        if (next is "and" && Words.Text(text, Words.After(text, nextWord.End, " ")) is { } third && char.IsUpper(third[0]))
            return true;
        var prevWord = Words.Before(text, span.Start, " ");
        return Words.Text(text, prevWord) is "from" && Words.Text(text, Words.Before(text, prevWord.Start, " ")) is { } noun
            && FromNouns.Contains(noun);
    }

    /// <summary>"Popular Mobilization Forces (PMF)": the matcher stops at the last word; the bracket belongs to the name.</summary>
    private static PhraseMatch<Target> IncludeClosingBracket(string text, TextSpan range, PhraseMatch<Target> m) =>
        m.Phrase.EndsWith(')') && m.Span.End < range.End && text[m.Span.End] == ')'
            ? m with { Span = new TextSpan(m.Span.Start, m.Span.End + 1) }
            : m;

    private static readonly string[] FormerWords = ["former", "ex", "late", "then", "previous", "outgoing"];

    private static bool IsPreceded(string text, int start, string[] words)
    {
        var before = Words.Before(text, start, " ");
        if (before.IsEmpty) return false;
        var w = text.AsSpan(before.Start, before.Length);
        foreach (var x in words)
            if (w.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool AllRoles(IReadOnlyList<Target> values)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i].Role is null) return false;
        return true;
    }

    private static bool IsOnlySpace(string text, int from, int to)
    {
        if (to < from || to - from > 2) return false;
        for (var i = from; i < to; i++) if (text[i] != ' ') return false;
        return true;
    }

    private ActorMention? Resolve(string text, PhraseMatch<Target> m, string surface, List<ActorMention> before, DateOnly? when)
    {
        var values = m.Values;
        // Loops over the values rather than LINQ or lists of them: this runs for every actor phrase of every document.
        Actor? firstActor = null, firstSpecific = null;
        var specificCount = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Actor is not { } actor) continue;
            firstActor ??= actor;
            if (values[i].Generic) continue;
            firstSpecific ??= actor;
            specificCount++;
        }
        if (firstActor is null)
        {
            // A role phrase only: whoever held the role then.
            var holder = when is { } d ? _registry.ResolveRole(surface, d) : null;
            return new ActorMention(m.Span, surface, holder, holder is null ? 0.2 : 0.8);
        }
        if (firstSpecific is null)
        {
            // A capital standing for its government ("condemnations from Baghdad", "Tehran said") is read so only where
            // the words around it make the city an actor; elsewhere it is the place.
            if (IsMetonym(surface))
                return MetonymContext(text, m.Span) ? new ActorMention(m.Span, surface, firstActor, 0.6) : null;
            // Other generic phrases ("the brigades") point back to an actor the text has already named.
            for (var i = before.Count - 1; i >= 0; i--)
                if (before[i].Actor is { } earlier && HasActor(values, earlier))
                    return new ActorMention(m.Span, surface, earlier, 0.6);
            return null;
        }
        if (specificCount == 1) return new ActorMention(m.Span, surface, firstSpecific, 1.0);
        // Shared alias: prefer an actor the text named before, else the registry's first (most specific) entry.
        for (var i = before.Count - 1; i >= 0; i--)
            if (before[i].Actor is { } earlier && HasSpecific(values, earlier))
                return new ActorMention(m.Span, surface, earlier, 0.8);
        return new ActorMention(m.Span, surface, firstSpecific, 0.5);
    }

    /// <summary>Whether a value (all generic here) stands for this very actor object.</summary>
    private static bool HasActor(IReadOnlyList<Target> values, Actor actor)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i].Actor is { } a && ReferenceEquals(a, actor)) return true;
        return false;
    }

    /// <summary>Whether a specific (not generic) value is this actor, compared as a list of actors compares them.</summary>
    private static bool HasSpecific(IReadOnlyList<Target> values, Actor actor)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { Actor: { } a, Generic: false } && EqualityComparer<Actor>.Default.Equals(a, actor)) return true;
        return false;
    }
}
