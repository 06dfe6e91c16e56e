namespace Sitrep.Storage.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_adds_from_one_store_and_a_second_store_all_land_once()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        await using var other = db.NewStore(); // a second writer on the same file, as another process would be
        var docs = Enumerable.Range(0, 20)
            .Select(i => Docs.Make($"Checkpoint log entry {i}: vehicles were searched and waved through.", $"log{i}.txt"))
            .ToList();

        // Every document is added twice at once, through different stores; exactly one of each pair wins.
        var results = await Task.WhenAll(docs.SelectMany(d => new[]
        {
            Task.Run(() => store.AddDocumentAsync(d)),
            Task.Run(() => other.AddDocumentAsync(d)),
        }));

        Assert.Equal(20, results.Count(r => r == AddResult.Added));
        Assert.Equal(20, results.Count(r => r == AddResult.AlreadyStored));
        Assert.Equal(20, await other.CountDocumentsAsync());
        Assert.Equal(20, (await store.SearchAsync("checkpoint", 50)).Count);
    }
}
