using System.Text.Json;
using Sitrep.Core.Text;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public class CompactMapTests
{
    private static CompactMap<TextSpan> Map(params (string Key, int Start)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, new TextSpan(e.Start, e.Start + 3))).ToList(), k => k);

    [Fact]
    public void Finds_keys_ordinally_and_keeps_the_stored_order()
    {
        var map = Map(("date", 10), ("place", 2), ("count:killed", 40));
        Assert.Equal(3, map.Count);
        Assert.Equal(["date", "place", "count:killed"], map.Keys);
        Assert.Equal(new TextSpan(2, 5), map["place"]);
        Assert.True(map.TryGetValue("count:killed", out var span));
        Assert.Equal(40, span.Start);
        Assert.False(map.ContainsKey("Date"));
        Assert.False(map.TryGetValue("actor1", out _));
        Assert.Throws<KeyNotFoundException>(() => map["actor1"]);
        Assert.Equal([10, 2, 40], map.Select(kv => kv.Value.Start));
    }

    [Fact]
    public void Serialises_as_the_dictionary_it_replaces()
    {
        IReadOnlyDictionary<string, double> compact = new CompactMap<double>(
            new Dictionary<string, double> { ["killed"] = 3, ["injured"] = 12 }, k => k);
        IReadOnlyDictionary<string, double> plain = new Dictionary<string, double> { ["killed"] = 3, ["injured"] = 12 };
        Assert.Equal(JsonSerializer.Serialize(plain), JsonSerializer.Serialize(compact));
    }

    [Fact]
    public void Keys_come_from_the_given_function_so_rows_can_share_them()
    {
        var pool = new StringPool();
        var first = new CompactMap<int>(new Dictionary<string, int> { [new string("date".ToCharArray())] = 1 }, pool.Required);
        var second = new CompactMap<int>(new Dictionary<string, int> { [new string("date".ToCharArray())] = 2 }, pool.Required);
        Assert.Same(first.Keys.Single(), second.Keys.Single());
    }
}
