using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>One surface form of an actor. <see cref="CaseSensitive"/>: a matcher must only match it as written (KH, IS, MoI).</summary>
public readonly record struct ActorAlias(string Alias, Actor Actor, bool CaseSensitive);

/// <summary>One surface form of a role title ("the Prime Minister" → "Prime Minister of Iraq").</summary>
public readonly record struct RoleAlias(string Alias, string Role);

/// <summary>A person's tenure in a role; <see cref="To"/> is exclusive, null while current.</summary>
public readonly record struct RoleTenure(string Title, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly when) => From <= when && (To is null || when < To.Value);
}

/// <summary>
/// The actor registry: entries of Resources/Knowledge/actors.json (schema "sitrep-actors/1") with alias, role and
/// hierarchy lookups. Immutable after loading, so one instance serves all threads.
/// </summary>
public sealed partial class ActorRegistry
{
    public const string SchemaId = "sitrep-actors/1";
    public const string ResourceName = "Sitrep.Core.Resources.Knowledge.actors.json";

    /// <summary>The map-legend groups an entry may use.</summary>
    public static readonly IReadOnlySet<string> LegendCategories = new[]
    {
        "Iraqi Security Forces", "Iranian Proxy Militias", "ISIS", "Anti-ISIS Coalition", "Kurdistan Regional Government",
        "Demonstration", "Prime Minister and Cabinet", "Council of Representatives", "Iran", "Religious Figures", "Turkey",
        "Political Parties", "United States", "Other",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<ActorRegistry> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The registry embedded in Sitrep.Core, loaded on first use.</summary>
    public static ActorRegistry Default => DefaultInstance.Value;

    private readonly FrozenDictionary<string, Actor> _byId;
    private readonly FrozenDictionary<string, int> _depth;
    private readonly FrozenDictionary<string, AliasEntry[]> _primary;     // folded alias → entries
    private readonly FrozenDictionary<string, AliasEntry[]> _secondary;   // folded alias without leading the/al → entries
    private readonly FrozenDictionary<string, string[]> _ambiguousOrder;  // folded alias → ids in the declared order
    private readonly FrozenDictionary<string, Actor[]> _generic;          // folded generic phrase → candidate entries
    private readonly FrozenDictionary<string, RoleKey> _roleByKey;
    private readonly FrozenDictionary<string, (Actor Actor, RoleTenure Tenure)[]> _holders; // role title → holders
    private readonly FrozenDictionary<string, RoleTenure[]> _tenures;     // actor id → roles
    private readonly RoleAlias[] _roleAliases;
    private readonly ActorAlias[] _aliases;

    /// <summary>The file's version field (e.g. "2021.1"), or null.</summary>
    public string? Version { get; }

    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Folded keys of phrases (Baghdad, the brigades, counterterrorism) that name an actor only in context; Lookup never returns them.</summary>
    public IReadOnlySet<string> GenericAliases { get; }

    public Actor? ById(string id) => id is not null && _byId.TryGetValue(id, out var a) ? a : null;

    public IEnumerable<ActorAlias> Aliases() => _aliases.AsReadOnly();

    public IEnumerable<RoleAlias> RoleAliases() => _roleAliases.AsReadOnly();

    /// <summary>The entries a generic phrase may stand for (Baghdad → Government of Iraq), for a recognizer that has context; else empty.</summary>
    public IReadOnlyList<Actor> GenericCandidates(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return [];
        var key = NameFolding.Fold(phrase);
        return _generic.TryGetValue(key, out var c) || _generic.TryGetValue(StripArticles(key), out c) ? c : [];
    }

    /// <summary>The dated roles of a person (empty for others).</summary>
    public IReadOnlyList<RoleTenure> RolesOf(Actor actor) => _tenures.TryGetValue(actor.Id, out var t) ? t : [];

    /// <summary>True for aliases a matcher must match only as written: all capitals and at most 5 letters (KH, ISF, U.S.).</summary>
    public static bool IsCaseSensitive(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters is > 0 and <= 5;
    }

    public Actor? Parent(Actor actor) => actor.ParentId is { } p ? ById(p) : null;

    /// <summary>Parent, grandparent, ... up to a root.</summary>
    public IEnumerable<Actor> Ancestors(Actor actor)
    {
        // Cycles are rejected at load; the bound only guards against actors from another registry.
        var current = Parent(actor);
        for (var i = 0; current is not null && i < 64; i++)
        {
            yield return current;
            current = Parent(current);
        }
    }

    /// <summary>True when <paramref name="actor"/> is the entry <paramref name="ancestorId"/> or part of it (KH within PMF).</summary>
    public bool IsWithin(Actor actor, string ancestorId) =>
        actor.Id == ancestorId || Ancestors(actor).Any(a => a.Id == ancestorId);

    /// <summary>
    /// True when both are organs of one state: their topmost ancestors are the same government body or state force
    /// (the Prime Minister and the security forces, both within the Government of Iraq).
    /// </summary>
    public bool CommonStateAncestor(Actor a, Actor b)
    {
        var top = RootOf(a);
        return top.Id == RootOf(b).Id && top.Type is ActorType.GovernmentBody or ActorType.StateForce or ActorType.ForeignState;
    }

    /// <summary>The topmost entry <paramref name="actor"/> is part of (itself when it has no parent); linking asks often.</summary>
    public Actor RootOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _roots.GetOrAdd(actor.Id, static (_, x) => x.Registry.Ancestors(x.Actor).LastOrDefault() ?? x.Actor, (Registry: this, Actor: actor));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Actor> _roots = new(StringComparer.Ordinal);

    /// <summary>The person holding the role named by <paramref name="phrase"/> ("the Prime Minister", "Parliamentary Speaker") on <paramref name="when"/>.</summary>
    public Actor? ResolveRole(string phrase, DateOnly when)
    {
        if (string.IsNullOrWhiteSpace(phrase) || phrase.Length > 200) return null;
        // Role phrases recur on every page ("the Prime Minister"); their folding and variants are worked out once.
        var key = (phrase, when);
        if (_resolvedRoles.TryGetValue(key, out var known)) return known;
        var found = ResolveRoleUncached(phrase, when);
        if (_resolvedRoles.Count < 100_000) _resolvedRoles.TryAdd(key, found);
        return found;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Phrase, DateOnly When), Actor?> _resolvedRoles = new();

    private Actor? ResolveRoleUncached(string phrase, DateOnly when)
    {
        foreach (var raw in RawVariants(phrase))
        {
            var key = NameFolding.Fold(raw);
            if (!_roleByKey.TryGetValue(key, out var role) && !_roleByKey.TryGetValue(StripArticles(key), out role)) continue;
            if (role.CaseSensitive && !Letters(raw).Contains(role.Letters, StringComparison.Ordinal)) continue;
            if (!_holders.TryGetValue(role.Title, out var holders)) return null;
            Actor? best = null;
            var bestFrom = DateOnly.MinValue;
            foreach (var (actor, tenure) in holders)
                if (tenure.Covers(when) && (best is null || tenure.From > bestFrom)) (best, bestFrom) = (actor, tenure.From);
            return best;
        }
        return null;
    }

    private static ActorRegistry LoadDefault()
    {
        using var stream = typeof(ActorRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ActorRegistryException(null, $"embedded resource {ResourceName} not found in {typeof(ActorRegistry).Assembly.GetName().Name}");
        return Load(stream);
    }

    private sealed record AliasEntry(string Alias, Actor Actor, bool CaseSensitive, string Letters);

    private sealed record RoleKey(string Title, bool CaseSensitive, string Letters);

    /// <summary>Letters and digits only, case kept: how a case-sensitive alias is checked against the text it came from.</summary>
    private static string Letters(string s) => string.Concat(s.Where(char.IsLetterOrDigit));

    /// <summary>The folded key without a leading "the" or "al" (al-Kadhimi = Kadhimi, the PMF = PMF).</summary>
    internal static string StripArticles(string key)
    {
        for (var i = 0; i < 2; i++)
        {
            if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
            else if (key.StartsWith("al ", StringComparison.Ordinal)) key = key[3..];
            else break;
        }
        return key;
    }
}
