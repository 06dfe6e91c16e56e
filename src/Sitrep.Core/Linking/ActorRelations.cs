using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Linking;

/// <summary>
/// The registry's actors numbered, and how two of them relate as linking weighs it (the same, one within the other,
/// organs of one state, a collective and a member), worked out once per pair rather than once per comparison: the
/// registry answers by walking parents through its id lookup, and linking asks millions of times about a few hundred
/// actors.
/// </summary>
internal sealed class ActorRelations
{
    // A pair's answer, coded in one byte so a table of all pairs stays small (333 actors: 111 KB).
    private const sbyte Unknown = 0, Within = 1, OneState = 2, Undecided = 3, Different = 4;

    private readonly ActorRegistry _registry;
    private readonly Actor[] _actors;
    private readonly Dictionary<Actor, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly string[] _rootIds;
    private readonly sbyte[] _pairs;

    public ActorRelations(ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _actors = [.. registry.Actors];
        _rootIds = new string[_actors.Length];
        for (var i = 0; i < _actors.Length; i++)
        {
            _index[_actors[i]] = i;
            _rootIds[i] = registry.RootOf(_actors[i]).Id;
        }
        _pairs = new sbyte[_actors.Length * _actors.Length];
    }

    /// <summary>The number of the entry <paramref name="id"/> names, or -1 when there is no id or the registry does not know it.</summary>
    public int IndexOf(string? id) => id is not null && _registry.ById(id) is { } actor ? _index[actor] : -1;

    /// <summary>
    /// How the entries numbered <paramref name="x"/> and <paramref name="y"/> relate, as linking's actor test reads two
    /// known entries: 0.8 one within the other, 0.5 a person or government body and another organ of the same state,
    /// null a collective and an entry of its legend category, else 0.
    /// </summary>
    public double? Relation(int x, int y)
    {
        var at = x * _actors.Length + y;
        var code = _pairs[at];
        if (code == Unknown) _pairs[at] = code = Work(_actors[x], _actors[y]);
        return code switch { Within => 0.8, OneState => 0.5, Undecided => null, _ => 0 };
    }

    /// <summary>Whether the two entries sit under the same topmost entry (two PMF units).</summary>
    public bool SameRoot(int x, int y) => _rootIds[x] == _rootIds[y];

    private sbyte Work(Actor x, Actor y)
    {
        if (_registry.IsWithin(x, y.Id) || _registry.IsWithin(y, x.Id)) return Within;
        // The state acts through its organs: the Prime Minister agrees to what the security forces then carry out.
        // Two forces of one state (police and army) are two units, and armed groups under one umbrella (KH, AAH
        // within the PMF) are rivals: neither is one actor.
        if ((x.Type is ActorType.Person or ActorType.GovernmentBody) != (y.Type is ActorType.Person or ActorType.GovernmentBody)
            && _registry.CommonStateAncestor(x, y)) return OneState;
        // "Iran-backed militias" in one report may be KH in another: a collective neither confirms nor rules out a member.
        if ((x.IsCollective || y.IsCollective) && x.LegendCategory is not null && x.LegendCategory == y.LegendCategory) return Undecided;
        return Different;
    }
}
