using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Knowledge;

public sealed class ActorRegistryTests
{
    private static readonly ActorRegistry Registry = ActorRegistry.Default;

    private static ActorRegistry LoadJson(string json) => ActorRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    // A minimal valid file; tests splice one fault into it.
    private static string Small(string actors, string extra = "") => $$"""
        { "schema": "sitrep-actors/1", {{extra}}
          "roles": [ { "title": "Prime Minister of Iraq", "aliases": ["the Prime Minister", "PM"] } ],
          "actors": [
            { "id": "pmf", "name": "Popular Mobilization Forces", "type": "Militia", "inter": 1, "legend": "Iranian Proxy Militias", "aliases": ["PMF", "al-Hashd al-Sha'bi"] },
            { "id": "kh", "name": "Kata'ib Hezbollah", "type": "militia", "parent": "pmf", "inter": 3, "legend": "Iranian Proxy Militias", "aliases": ["KH"], "genericAliases": ["the brigades"] },
            { "id": "pm-a", "name": "Adil Abdul-Mahdi", "type": "Person", "inter": 1, "legend": "Prime Minister and Cabinet",
              "roles": [ { "title": "Prime Minister of Iraq", "from": "2018-10-25", "to": "2020-05-07" } ] },
            { "id": "pm-b", "name": "Mustafa al-Kadhimi", "type": "Person", "inter": 1, "legend": "Prime Minister and Cabinet", "aliases": ["Kadhimi"],
              "roles": [ { "title": "Prime Minister of Iraq", "from": "2020-05-07", "to": null } ] }
            {{actors}}
          ] }
        """;

    [Fact]
    public void Small_file_loads()
    {
        var r = LoadJson(Small(""));
        Assert.Equal(4, r.Actors.Count);
        Assert.Equal("kh", Assert.Single(r.Lookup("Kataib Hezbollah")).Id);
        Assert.True(r.IsWithin(r.ById("kh")!, "pmf"));
        Assert.Contains("the brigades", r.GenericAliases);
        Assert.Equal("pm-b", r.ResolveRole("PM", new DateOnly(2021, 3, 1))?.Id);
    }

    [Theory]
    [InlineData(""", { "id": "kh", "name": "Duplicate", "type": "Militia", "inter": 3, "legend": "Other" }""", "kh", "duplicate id")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "parent": "nowhere", "inter": 3, "legend": "Other" }""", "x", "parent")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "inter": 9, "legend": "Other" }""", "x", "1-8")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "inter": 3, "legend": "Martians" }""", "x", "legend")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Spaceship", "inter": 3, "legend": "Other" }""", "x", "type")]
    [InlineData(""", { "id": "x", "name": "Hizbullah Brigades", "type": "Militia", "inter": 3, "legend": "Other", "aliases": ["Kata’ib Hezbollah"] }""", "x", "also an alias of 'kh'")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "inter": 3, "legend": "Other", "genericAliases": ["PMF"] }""", "x", "generic")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "inter": 3, "legend": "Other", "roles": [ { "title": "Prime Minister of Iraq", "from": "2020-01-01" } ] }""", "x", "only persons")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Person", "inter": 1, "legend": "Other", "roles": [ { "title": "Emperor", "from": "2020-01-01" } ] }""", "x", "not declared")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Person", "inter": 1, "legend": "Other", "roles": [ { "title": "Prime Minister of Iraq", "from": "2020-13-01" } ] }""", "x", "ISO date")]
    [InlineData(""", { "id": "x", "name": "X", "type": "Militia", "parent": "y", "inter": 3, "legend": "Other" }, { "id": "y", "name": "Y", "type": "Militia", "parent": "x", "inter": 3, "legend": "Other" }""", "x", "loops")]
    public void Validation_failures_name_the_entry(string extraActor, string id, string problem)
    {
        var e = Assert.Throws<ActorRegistryException>(() => LoadJson(Small(extraActor)));
        Assert.Equal(id, e.EntryId);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Declared_ambiguity_is_allowed_and_ordered()
    {
        var actors = """
            , { "id": "ayad", "name": "Ayad Allawi", "type": "Person", "inter": 8, "legend": "Political Parties", "aliases": ["Allawi"] }
            , { "id": "ali", "name": "Ali Allawi", "type": "Person", "inter": 1, "legend": "Prime Minister and Cabinet", "aliases": ["Allawi"] }
            """;
        Assert.Throws<ActorRegistryException>(() => LoadJson(Small(actors)));
        var r = LoadJson(Small(actors, """ "ambiguous": [ { "alias": "Allawi", "ids": ["ali", "ayad"] } ], """));
        Assert.Equal(["ali", "ayad"], r.Lookup("Allawi").Select(a => a.Id));
    }

    [Fact]
    public void Bad_schema_and_bad_json_are_rejected()
    {
        Assert.Throws<ActorRegistryException>(() => LoadJson(Small("").Replace("sitrep-actors/1", "sitrep-actors/0")));
        Assert.Throws<ActorRegistryException>(() => LoadJson("{ not json"));
    }

    [Theory]
    [InlineData("KH")]
    [InlineData("Kata'ib Hezbollah")]
    [InlineData("Kata’ib Hezbollah")]
    [InlineData("Kataib Hezbollah")]
    [InlineData("Kata'ib Hizballah")]
    [InlineData("Hizbullah Brigades")]
    [InlineData("“Hizbullah Brigades”")]
    [InlineData("Hezbollah Brigades")]
    [InlineData("Brigades of Hezbollah")]
    [InlineData("Kata’ib Hezbollah (KH)")]
    [InlineData("the Kata'ib Hezbollah")]
    [InlineData("KH fighters")]
    [InlineData("dozens of KH fighters")]
    public void Kataib_hezbollah_aliases_resolve_to_KH(string alias) =>
        Assert.Equal("kataib-hezbollah", Registry.Lookup(alias).FirstOrDefault()?.Id);

    [Fact]
    public void KH_is_within_the_PMF()
    {
        var kh = Registry.ById("kataib-hezbollah")!;
        Assert.Equal("popular-mobilization-forces", Registry.Parent(kh)?.Id);
        Assert.True(Registry.IsWithin(kh, "popular-mobilization-forces"));
        Assert.False(Registry.IsWithin(Registry.ById("popular-mobilization-forces")!, "kataib-hezbollah"));
        Assert.True(Registry.IsWithin(Registry.ById("emergency-response-division")!, "ministry-of-interior"));
        Assert.True(Registry.IsWithin(Registry.ById("peshmerga")!, "kurdistan-regional-government"));
        Assert.Contains(Registry.Ancestors(Registry.ById("ahmad-al-hammadawi")!), a => a.Id == "popular-mobilization-forces");
    }

    [Theory]
    [InlineData("PMF", "popular-mobilization-forces")]
    [InlineData("PMUs", "popular-mobilization-forces")]
    [InlineData("al-Hashd al-Sha'bi", "popular-mobilization-forces")]
    [InlineData("Hashd", "popular-mobilization-forces")]
    [InlineData("Popular Mobilisation Forces", "popular-mobilization-forces")]
    [InlineData("CTS", "counter-terrorism-service")]
    [InlineData("Counterterrorism Services", "counter-terrorism-service")]
    [InlineData("Golden Division", "counter-terrorism-service")]
    [InlineData("AAH", "asaib-ahl-al-haq")]
    [InlineData("Asaib Ahl al-Haq", "asaib-ahl-al-haq")]
    [InlineData("Daesh", "isis")]
    [InlineData("ISIL", "isis")]
    [InlineData("al-Kadhimi", "mustafa-al-kadhimi")]
    [InlineData("Prime Minister Mustafa al-Kadhimi", "mustafa-al-kadhimi")]
    [InlineData("Iraq’s Joint Operations Command", "joint-operations-command")]
    [InlineData("Ministry of Defense’s", "ministry-of-defense")]
    [InlineData("Pentagon spokesperson", "pentagon")]
    [InlineData("�ar al-Muhandis", "thar-al-muhandis")]
    [InlineData("Saraya �awra al-Ashreen al-�aniya", "saraya-thawra-al-ishreen-al-thaniya")]
    [InlineData("likely Iranian proxy militants", "iran-aligned-militias")]
    public void Common_names_resolve(string name, string id) => Assert.Equal(id, Registry.Lookup(name).FirstOrDefault()?.Id);

    [Fact]
    public void Ambiguous_surnames_return_every_candidate_and_generic_phrases_none()
    {
        Assert.Equal(["ali-allawi", "ayad-allawi"], Registry.Lookup("Allawi").Select(a => a.Id));
        Assert.Empty(Registry.Lookup("Baghdad"));
        Assert.Contains(NameFolding.Fold("Baghdad"), Registry.GenericAliases);
        Assert.Equal("government-of-iraq", Registry.GenericCandidates("Baghdad").Single().Id);
        Assert.Equal("kataib-hezbollah", Registry.GenericCandidates("The brigades").Single().Id);
        Assert.Empty(Registry.Lookup(""));
        Assert.Empty(Registry.Lookup("   "));
        Assert.Empty(Registry.Lookup("no such group anywhere"));
        Assert.Empty(Registry.Lookup(new string('\uFFFD', 40)));
    }

    [Theory]
    [InlineData("the Prime Minister", "2019-06-01", "adil-abdul-mahdi")]
    [InlineData("the Prime Minister", "2021-06-01", "mustafa-al-kadhimi")]
    [InlineData("Iraqi Prime Minister", "2020-05-07", "mustafa-al-kadhimi")]
    [InlineData("Iraq's Prime Minister", "2020-05-06", "adil-abdul-mahdi")]
    [InlineData("PM", "2023-01-01", "mohammed-shia-al-sudani")]
    [InlineData("the speaker of parliament", "2020-07-01", "mohammed-al-halbousi")]
    [InlineData("US President", "2020-12-31", "donald-trump")]
    [InlineData("US President", "2021-02-01", "joe-biden")]
    [InlineData("Quds Force commander", "2019-12-01", "qassem-soleimani")]
    [InlineData("Quds Force commander", "2020-02-01", "esmail-ghaani")]
    [InlineData("PMF deputy chief", "2019-12-01", "abu-mahdi-al-muhandis")]
    [InlineData("Iran's Supreme Leader", "2020-07-01", "ali-khamenei")]
    public void Roles_resolve_by_date(string phrase, string date, string id) =>
        Assert.Equal(id, Registry.ResolveRole(phrase, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Fact]
    public void Roles_outside_any_tenure_or_unknown_give_null()
    {
        Assert.Null(Registry.ResolveRole("PMF deputy chief", new DateOnly(2020, 1, 10)));
        Assert.Null(Registry.ResolveRole("the Emperor", new DateOnly(2020, 1, 1)));
        Assert.Null(Registry.ResolveRole("pm", new DateOnly(2020, 7, 1))); // "pm" is a time of day
        Assert.Contains(Registry.RoleAliases(), r => r.Alias == "Iraqi Prime Minister" && r.Role == "Prime Minister of Iraq");
    }

    [Fact]
    public void Short_capitals_are_case_sensitive()
    {
        var flags = Registry.Aliases().ToLookup(a => a.Alias, a => a.CaseSensitive);
        foreach (var alias in new[] { "KH", "AAH", "PMF", "CTS", "ISF", "JOC", "ERD", "KDP", "PUK", "IS", "U.S.", "MoI", "CoR", "STAT" })
            Assert.True(flags[alias].All(f => f), alias);
        foreach (var alias in new[] { "Kata'ib Hezbollah", "Daesh", "IRGC-QF", "Peshmerga", "Badr" })
            Assert.False(flags[alias].Any(f => f), alias);
        Assert.True(ActorRegistry.IsCaseSensitive("ISIS"));
        Assert.False(ActorRegistry.IsCaseSensitive("UNAMIX"));
        Assert.Empty(Registry.Lookup("is"));
        Assert.Empty(Registry.Lookup("us"));
        Assert.Equal("isis", Registry.Lookup("IS").Single().Id);
        Assert.Equal("united-states", Registry.Lookup("US").Single().Id);
    }

    [Fact]
    public void Default_registry_is_broad_and_consistent()
    {
        Assert.True(Registry.Actors.Count >= 250, $"{Registry.Actors.Count} entries");
        Assert.Same(ActorRegistry.Default, Registry);
        Assert.All(Registry.Actors, a => Assert.Contains(a.Name, a.Aliases));
        Assert.All(Registry.Actors, a => Assert.Contains(a.LegendCategory!, ActorRegistry.LegendCategories));
        // Every role declared has a holder on some date, so role aliases are never dead ends.
        var held = Registry.Actors.SelectMany(Registry.RolesOf).Select(t => t.Title).ToHashSet();
        Assert.All(Registry.RoleAliases(), r => Assert.Contains(r.Role, held));
    }
}
