using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

/// <summary>A map kept lazy (no array) must behave exactly as the same map written out as an array.</summary>
public sealed class OffsetMapTests
{
    [Fact]
    public void An_identity_prefix_is_the_identity_with_the_raw_end()
    {
        var map = OffsetMap.IdentityPrefix(4, 6);
        Assert.False(map.IsIdentity);
        Assert.Equal(4, map.Length);
        Assert.Equal(6, map.ToRaw(4));
        Assert.Equal(2, map.ToRaw(2));
        Assert.Equal(new TextSpan(1, 3), map.ToRaw(new TextSpan(1, 3)));
        Assert.Equal(new TextSpan(6, 6), map.ToRaw(new TextSpan(4, 4)));
        Assert.Equal([0, 1, 2, 3, 6], map.RawOffsets.ToArray());
        Assert.True(OffsetMap.IdentityPrefix(4, 4).IsIdentity);
    }

    public static IEnumerable<object[]> Pairs()
    {
        // outer maps C to B (B has 6 chars), inner maps B to A.
        int[][] outers = [[0, 1, 2, 3, 6], [0, 1, 2, 3, 4, 5, 6], [0, 0, 2, 5, 6], [1, 2, 6]];
        int[][] inners = [[0, 1, 2, 3, 4, 5, 8], [0, 1, 2, 3, 4, 5, 6], [0, 2, 3, 3, 5, 7, 9]];
        foreach (var outer in outers)
            foreach (var inner in inners)
                yield return [outer, inner];
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Composition_does_not_depend_on_how_the_maps_are_held(int[] outer, int[] inner)
    {
        var expected = outer.Select(o => inner[o]).ToArray();
        foreach (var o in Forms(outer))
            foreach (var i in Forms(inner))
                Assert.Equal(expected, o.ComposeWith(i).RawOffsets.ToArray());
    }

    // The array form, and the lazy form where the offsets allow one.
    private static IEnumerable<OffsetMap> Forms(int[] offsets)
    {
        yield return new OffsetMap(offsets);
        var length = offsets.Length - 1;
        if (Enumerable.Range(0, length).All(k => offsets[k] == k))
            yield return OffsetMap.IdentityPrefix(length, offsets[length]);
    }
}
