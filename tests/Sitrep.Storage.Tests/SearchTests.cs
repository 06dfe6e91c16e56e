namespace Sitrep.Storage.Tests;

public class SearchTests
{
    private static async Task<Sqlite.SqliteEventStore> SeededAsync(TempDatabase db)
    {
        var store = await db.MigratedStoreAsync();
        await store.AddDocumentAsync(Docs.Make(
            "Drone strike on a convoy. The drone was seen by farmers; a second drone followed an hour later.",
            "drones.txt", "Convoy hit"));
        await store.AddDocumentAsync(Docs.Make(
            "Protesters gathered at the provincial council. Police used tear gas. Later a single drone was heard overhead, " +
            "but officials said it was a surveying flight and nobody was hurt during the long afternoon of demonstrations.",
            "protest.txt", "Council protest"));
        await store.AddDocumentAsync(Docs.Make("Flooding closed the road to al-Qaim for two days.", "flood.txt", "Road closed"));
        await store.AddDocumentAsync(Docs.Make("Officials in Erbil opened a new border market.", "market.txt", "Market opens"));
        await store.AddDocumentAsync(Docs.Make("Électricité restored to the northern districts after repairs.", "power.txt", "Power back"));
        return store;
    }

    [Fact]
    public async Task Finds_a_word_and_ranks_the_denser_match_first()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);

        var hits = await store.SearchAsync("drone", 10);

        Assert.Equal(["drones.txt", "protest.txt"], hits.Select(h => h.FileName));
        Assert.True(hits[0].Rank > hits[1].Rank);
        Assert.Contains(SearchHit.MatchStart + "drone" + SearchHit.MatchEnd, hits[1].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Docs.Hash("Flooding closed the road to al-Qaim for two days."),
            Assert.Single(await store.SearchAsync("flooding ROAD", 10)).DocumentId);
    }

    [Fact]
    public async Task Title_diacritics_and_prefixes_are_searchable()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal("market.txt", Assert.Single(await store.SearchAsync("market opens", 10)).FileName);
        Assert.Equal("Power back", Assert.Single(await store.SearchAsync("electricite", 10)).Title);
        Assert.Equal("protest.txt", Assert.Single(await store.SearchAsync("demonstr*", 10)).FileName);
        Assert.Single(await store.SearchAsync("drone", 1));
        Assert.Empty(await store.SearchAsync("submarine", 10));
    }

    [Theory]
    [InlineData("al-Qaim")]
    [InlineData("\"unbalanced")]
    [InlineData("(")]
    [InlineData("NOT")]
    [InlineData("drone NOT")]
    [InlineData("drone OR")]
    [InlineData("-drone")]
    [InlineData("title:drone")]
    [InlineData("NEAR(drone convoy)")]
    [InlineData("*")]
    [InlineData("drone'); DROP TABLE documents; --")]
    [InlineData("")]
    public async Task Odd_queries_do_not_throw(string query)
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        await store.SearchAsync(query, 10);
        Assert.Equal(5, await store.CountDocumentsAsync());
    }

    [Fact]
    public async Task Punctuated_place_names_match_as_phrases()
    {
        using var db = new TempDatabase();
        await using var store = await SeededAsync(db);
        Assert.Equal("flood.txt", Assert.Single(await store.SearchAsync("al-Qaim", 10)).FileName);
        Assert.Equal("flood.txt", Assert.Single(await store.SearchAsync("(al-Qaim)", 10)).FileName);
        // Operators in the query are words, not syntax: nothing says "NOT".
        Assert.Empty(await store.SearchAsync("drone NOT", 10));
    }

    [Fact]
    public async Task Limit_must_be_positive()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SearchAsync("drone", 0));
    }
}
