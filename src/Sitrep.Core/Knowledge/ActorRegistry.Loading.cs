using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

public sealed partial class ActorRegistry
{
    /// <summary>Reads and validates a registry file; throws <see cref="ActorRegistryException"/> naming the bad entry.</summary>
    public static ActorRegistry Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ActorRegistryException(null, "not valid JSON: " + e.Message);
        }
        using (doc) return new ActorRegistry(doc.RootElement);
    }

    private ActorRegistry(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ActorRegistryException(null, "the root must be an object");
        var schema = OptString(root, "schema", null);
        if (schema != SchemaId) throw new ActorRegistryException(null, $"schema is '{schema}', expected '{SchemaId}'");
        Version = OptString(root, "version", null);

        // Roles first: persons refer to their titles.
        var roleTitles = new HashSet<string>(StringComparer.Ordinal);
        var roleByKey = new Dictionary<string, RoleKey>(StringComparer.Ordinal);
        var roleAliases = new List<RoleAlias>();
        foreach (var r in Array(root, "roles", null))
        {
            var title = ReqString(r, "title", null);
            if (!roleTitles.Add(title)) throw new ActorRegistryException(title, "duplicate role title");
            foreach (var alias in Strings(r, "aliases", title).Prepend(title).Distinct(StringComparer.Ordinal))
            {
                var key = FoldNonEmpty(alias, title);
                var rk = new RoleKey(title, IsCaseSensitive(alias), Letters(alias));
                foreach (var k in new[] { key, StripArticles(key) }.Distinct())
                {
                    if (roleByKey.TryGetValue(k, out var other) && other.Title != title)
                        throw new ActorRegistryException(title, $"role alias '{alias}' also names role '{other.Title}'");
                    roleByKey.TryAdd(k, rk);
                }
                roleAliases.Add(new RoleAlias(alias, title));
            }
        }

        // Actors.
        var actors = new List<Actor>();
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var explicitCase = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var genericPhrases = new List<(string Phrase, string? Id)>();
        var tenures = new Dictionary<string, RoleTenure[]>(StringComparer.Ordinal);
        foreach (var e in Array(root, "actors", null))
        {
            var id = ReqString(e, "id", null);
            if (id.Length == 0 || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                throw new ActorRegistryException(id, "ids are lower-case letters, digits and hyphens");
            if (byId.ContainsKey(id)) throw new ActorRegistryException(id, "duplicate id");
            var name = ReqString(e, "name", id);
            var typeText = ReqString(e, "type", id);
            if (!Enum.TryParse<ActorType>(typeText.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var type) || int.TryParse(typeText, out _))
                throw new ActorRegistryException(id, $"unknown type '{typeText}' (one of {string.Join(", ", Enum.GetNames<ActorType>())})");
            int? inter = null;
            if (e.TryGetProperty("inter", out var ie) && ie.ValueKind != JsonValueKind.Null)
            {
                if (ie.ValueKind != JsonValueKind.Number || !ie.TryGetInt32(out var iv) || iv is < 1 or > 8)
                    throw new ActorRegistryException(id, $"ACLED inter code must be 1-8, got {ie.GetRawText()}");
                inter = iv;
            }
            var legend = ReqString(e, "legend", id);
            if (!LegendCategories.Contains(legend)) throw new ActorRegistryException(id, $"unknown legend category '{legend}'");
            var aliases = Strings(e, "aliases", id).Prepend(name).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var a in aliases) FoldNonEmpty(a, id);
            var cs = Strings(e, "caseSensitive", id).ToHashSet(StringComparer.Ordinal);
            foreach (var c in cs)
                if (!aliases.Contains(c, StringComparer.Ordinal)) throw new ActorRegistryException(id, $"caseSensitive '{c}' is not one of its aliases");
            explicitCase[id] = cs;
            foreach (var g in Strings(e, "genericAliases", id)) genericPhrases.Add((g, id));

            var roles = new List<RoleTenure>();
            foreach (var r in Array(e, "roles", id))
            {
                var title = ReqString(r, "title", id);
                if (!roleTitles.Contains(title)) throw new ActorRegistryException(id, $"role '{title}' is not declared under roles");
                var from = ReqDate(r, "from", id) ?? throw new ActorRegistryException(id, $"role '{title}' has no start date");
                var to = ReqDate(r, "to", id);
                if (to is { } t && t <= from) throw new ActorRegistryException(id, $"role '{title}' ends before it starts");
                roles.Add(new RoleTenure(title, from, to));
            }
            if (roles.Count > 0 && type != ActorType.Person) throw new ActorRegistryException(id, "only persons hold dated roles");
            if (roles.Count > 0) tenures[id] = [.. roles];

            var actor = new Actor
            {
                Id = id, Name = name, Type = type, Aliases = aliases, ParentId = OptString(e, "parent", id),
                Affiliation = OptString(e, "affiliation", id), AcledInter = inter, LegendCategory = legend,
                Country = OptString(e, "country", id), Role = OptString(e, "role", id),
                IsCollective = e.TryGetProperty("collective", out var collective) && collective.ValueKind == JsonValueKind.True,
            };
            byId.Add(id, actor);
            actors.Add(actor);
        }

        // Hierarchy: parents exist, no cycles.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in actors)
        {
            if (a.ParentId is { } p && !byId.ContainsKey(p)) throw new ActorRegistryException(a.Id, $"parent '{p}' does not exist");
            var d = 0;
            for (var cur = a; cur.ParentId is { } pid; cur = byId[pid])
                if (++d > actors.Count) throw new ActorRegistryException(a.Id, "parent chain loops");
            depth[a.Id] = d;
        }

        // Declared ambiguities.
        var ambiguous = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var amb in Array(root, "ambiguous", null))
        {
            var alias = ReqString(amb, "alias", null);
            var ids = Strings(amb, "ids", alias).ToArray();
            if (ids.Length < 2) throw new ActorRegistryException(alias, "an ambiguous alias lists at least two ids");
            foreach (var i in ids)
                if (!byId.TryGetValue(i, out var a)) throw new ActorRegistryException(alias, $"ambiguous id '{i}' does not exist");
            ambiguous[FoldNonEmpty(alias, alias)] = ids;
        }

        // Alias index; a folded alias shared by two entries must be declared ambiguous with both.
        var primary = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        var all = new List<ActorAlias>();
        foreach (var a in actors)
            foreach (var alias in a.Aliases)
            {
                var caseSensitive = IsCaseSensitive(alias) || explicitCase[a.Id].Contains(alias);
                all.Add(new ActorAlias(alias, a, caseSensitive));
                var key = NameFolding.Fold(alias);
                if (!primary.TryGetValue(key, out var list)) primary[key] = list = [];
                if (list.Any(x => x.Actor == a)) { list.Add(new AliasEntry(alias, a, caseSensitive, Letters(alias))); continue; }
                if (list.Count > 0)
                {
                    var other = list[0].Actor.Id;
                    if (!ambiguous.TryGetValue(key, out var declared) || !declared.Contains(a.Id) || !declared.Contains(other))
                        throw new ActorRegistryException(a.Id, $"alias '{alias}' is also an alias of '{other}' (declare it under ambiguous)");
                }
                list.Add(new AliasEntry(alias, a, caseSensitive, Letters(alias)));
            }
        foreach (var (key, ids) in ambiguous)
            foreach (var i in ids)
                if (!primary.TryGetValue(key, out var l) || l.All(x => x.Actor.Id != i))
                    throw new ActorRegistryException(i, $"ambiguous alias '{key}' is not among its aliases");

        var secondary = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        foreach (var (key, list) in primary)
        {
            var k = StripArticles(key);
            if (!secondary.TryGetValue(k, out var s)) secondary[k] = s = [];
            s.AddRange(list);
        }

        // Generic phrases: with and without a leading article, never also an ordinary alias.
        var generic = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var g in Array(root, "generic", null))
            genericPhrases.Add((ReqString(g, "phrase", null), OptString(g, "id", null)));
        foreach (var (phrase, id) in genericPhrases)
        {
            var owner = id ?? phrase;
            var key = FoldNonEmpty(phrase, owner);
            var bare = StripArticles(key);
            foreach (var k in new[] { key, bare, "the " + bare })
            {
                if (primary.TryGetValue(k, out var clash))
                    throw new ActorRegistryException(owner, $"generic phrase '{phrase}' is also an alias of '{clash[0].Actor.Id}'");
                if (!generic.TryGetValue(k, out var c)) generic[k] = c = [];
                if (id is not null && !c.Contains(byId[id])) c.Add(byId[id]);
            }
        }

        var holders = new Dictionary<string, List<(Actor, RoleTenure)>>(StringComparer.Ordinal);
        foreach (var (id, ts) in tenures)
            foreach (var t in ts)
            {
                if (!holders.TryGetValue(t.Title, out var h)) holders[t.Title] = h = [];
                h.Add((byId[id], t));
            }

        Actors = actors.AsReadOnly();
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _depth = depth.ToFrozenDictionary(StringComparer.Ordinal);
        _primary = primary.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _secondary = secondary.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _ambiguousOrder = ambiguous.ToFrozenDictionary(StringComparer.Ordinal);
        _generic = generic.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        GenericAliases = _generic.Keys.ToFrozenSet(StringComparer.Ordinal);
        _roleByKey = roleByKey.ToFrozenDictionary(StringComparer.Ordinal);
        _roleAliases = [.. roleAliases];
        _holders = holders.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _tenures = tenures.ToFrozenDictionary(StringComparer.Ordinal);
        _aliases = [.. all];
    }

    private static string FoldNonEmpty(string alias, string? owner)
    {
        var key = NameFolding.Fold(alias);
        return key.Length > 0 ? key : throw new ActorRegistryException(owner, $"alias '{alias}' folds to nothing");
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string property, string? owner)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind != JsonValueKind.Array) throw new ActorRegistryException(owner, $"'{property}' must be an array");
        return v.EnumerateArray().ToArray();
    }

    private static IEnumerable<string> Strings(JsonElement e, string property, string? owner) =>
        Array(e, property, owner).Select(x => x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString())
            ? x.GetString()!
            : throw new ActorRegistryException(owner, $"'{property}' holds a non-string or empty value"));

    private static string ReqString(JsonElement e, string property, string? owner) =>
        OptString(e, property, owner) ?? throw new ActorRegistryException(owner, $"missing '{property}'");

    private static string? OptString(JsonElement e, string property, string? owner)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ActorRegistryException(owner, "an entry must be an object");
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw new ActorRegistryException(owner, $"'{property}' must be a string");
        var s = v.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    private static DateOnly? ReqDate(JsonElement e, string property, string owner)
    {
        var s = OptString(e, property, owner);
        if (s is null) return null;
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ActorRegistryException(owner, $"'{property}' is not an ISO date: '{s}'");
    }
}
