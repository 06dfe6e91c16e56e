namespace Sitrep.Storage.Tests;

public class AtomicityTests
{
    [Fact]
    public async Task Cancelling_in_the_middle_of_an_add_leaves_nothing_behind()
    {
        using var db = new TempDatabase();
        await using var store = await db.MigratedStoreAsync();
        var doc = Docs.Make("Militia commanders met in a village hall to discuss a ceasefire.", "meeting.txt", "Ceasefire talks");

        // The user presses Ctrl+C after the row (and, by trigger, its index entry) is written but before commit.
        using var cts = new CancellationTokenSource();
        store.BeforeCommit = cts.Cancel;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddDocumentAsync(doc, cts.Token));
        store.BeforeCommit = null;

        Assert.Equal(0, await store.CountDocumentsAsync());
        Assert.Empty(await store.ListDocumentsAsync());
        Assert.Null(await store.GetDocumentAsync(doc.Id));
        Assert.Empty(await store.SearchAsync("ceasefire", 10));
        // The index agrees with the table (FTS5's own consistency check raises if not).
        MigrationTests.Execute(db.Path, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1);");

        // Nothing was left locked or half-open: the same document goes in cleanly afterwards.
        Assert.Equal(AddResult.Added, await store.AddDocumentAsync(doc));
        Assert.Equal("meeting.txt", Assert.Single(await store.SearchAsync("ceasefire", 10)).FileName);
    }
}
