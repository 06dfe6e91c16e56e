namespace Sitrep.Storage.Tests;

public class LookupTests
{
    [Fact]
    public async Task Finds_by_id_prefix_and_file_name()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var a = Docs.Make("Patrol found a weapons cache near a farm.", "cache.txt");
        var b = Docs.Make("Two roadside bombs were defused on a highway.", "bombs.txt");
        await store.AddDocumentAsync(a);
        await store.AddDocumentAsync(b);

        Assert.Equal(a.Id, (await store.GetDocumentAsync(a.Id))?.Id);
        Assert.Equal(a.Id, (await store.GetDocumentAsync(a.Id.ToUpperInvariant()))?.Id);
        Assert.Equal(b.Id, (await store.GetDocumentAsync(b.Id[..8]))?.Id);
        Assert.Equal(b.Id, (await store.GetDocumentAsync("bombs.txt"))?.Id);
        Assert.Equal(a.Id, (await store.GetDocumentAsync("  cache.txt "))?.Id);
        Assert.Null(await store.GetDocumentAsync("missing.txt"));
        Assert.Null(await store.GetDocumentAsync(""));
        // Too short to count as a prefix, even though it is one.
        Assert.Null(await store.GetDocumentAsync(a.Id[..5]));
    }

    [Fact]
    public async Task Ambiguous_file_name_lists_the_ids()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var first = Docs.Make("Monday edition: a curfew was lifted in the old town.", "daily.txt");
        var second = Docs.Make("Tuesday edition: the curfew was imposed again after unrest.", "daily.txt");
        await store.AddDocumentAsync(first);
        await store.AddDocumentAsync(second);

        var error = await Assert.ThrowsAsync<AmbiguousDocumentException>(() => store.GetDocumentAsync("daily.txt"));
        Assert.Equal([first.Id, second.Id], error.CandidateIds);
        Assert.Contains(first.Id, error.Message);
        Assert.Contains(second.Id, error.Message);
        // Either id still reaches its document.
        Assert.Equal(second.Id, (await store.GetDocumentAsync(second.Id))?.Id);
    }

    [Fact]
    public async Task Ambiguous_prefix_is_an_error_not_a_guess()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        // Real hashes almost never share six digits, so set the ids by hand (the store does not recompute them).
        var one = Docs.Make("Shelling reported overnight in a river town.", "one.txt") with { Id = "abcdef0123456789abcdef0123456789" };
        var two = Docs.Make("Shelling resumed at dawn in the same river town.", "two.txt") with { Id = "abcdef9876543210abcdef9876543210" };
        await store.AddDocumentAsync(one);
        await store.AddDocumentAsync(two);

        var error = await Assert.ThrowsAsync<AmbiguousDocumentException>(() => store.GetDocumentAsync("abcdef"));
        Assert.Equal([one.Id, two.Id], error.CandidateIds);
        Assert.Equal(two.Id, (await store.GetDocumentAsync("abcdef9"))?.Id);
    }
}
