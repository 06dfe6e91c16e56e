using Sitrep.Core.Text;

namespace Sitrep.Storage.Tests;

public class OffsetMapCodecTests
{
    [Theory]
    [InlineData("A line.\n")]
    [InlineData("Two lines.\nThe second one.\n\n\n")]
    [InlineData("x\r\n")]
    public void A_map_that_only_cut_the_end_encodes_as_its_offsets_do_without_building_them(string raw)
    {
        var map = new Sitrep.Core.Normalisation.TextNormaliser().Normalise(raw).Map;
        Assert.True(map.TryGetIdentityPrefix(out var rawEnd));
        Assert.True(rawEnd > map.Length);

        var encoded = OffsetMapCodec.Encode(map);
        Assert.True(map.TryGetIdentityPrefix(out _)); // encoding did not materialise the offsets
        Assert.Equal(OffsetMapCodec.Encode(map.RawOffsets), encoded);
        Assert.Equal(map.RawOffsets.ToArray(), OffsetMapCodec.DecodeOffsets(encoded));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void An_identity_map_encodes_as_its_offsets_do_and_round_trips(int length)
    {
        var identity = OffsetMap.Identity(length);
        var offsets = Enumerable.Range(0, length + 1).ToArray();
        Assert.Equal(OffsetMapCodec.Encode(offsets), OffsetMapCodec.Encode(identity));
        Assert.Equal(offsets, OffsetMapCodec.Decode(OffsetMapCodec.Encode(identity)).RawOffsets.ToArray());
    }

    [Fact]
    public void Identity_map_of_a_long_text_takes_a_few_bytes()
    {
        var map = OffsetMap.Identity(100_000);
        var blob = OffsetMapCodec.Encode(map);
        Assert.True(blob.Length < 16, $"{blob.Length} bytes");
        Assert.Equal(map.RawOffsets.ToArray(), OffsetMapCodec.Decode(blob).RawOffsets.ToArray());
    }

    [Fact]
    public void Repaired_map_round_trips()
    {
        // "ﬁnd" repaired to "find": both letters of the ligature point at raw 0; then a dropped hyphen+newline.
        int[] offsets = [0, 0, 1, 2, 5, 6, 7, 8];
        var decoded = OffsetMapCodec.DecodeOffsets(OffsetMapCodec.Encode(new OffsetMap(offsets)));
        Assert.Equal(offsets, decoded);
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 5, 3, 9, 2, 2, 2 })]                       // going backwards must still round-trip
    [InlineData(new[] { int.MinValue, int.MaxValue, int.MinValue, 0 })] // deltas beyond int range
    public void Arbitrary_offsets_round_trip(int[] offsets) =>
        Assert.Equal(offsets, OffsetMapCodec.DecodeOffsets(OffsetMapCodec.Encode(offsets)));

    [Fact]
    public void Random_maps_round_trip()
    {
        var random = new Random(20200625);
        for (var n = 0; n < 200; n++)
        {
            var offsets = new int[random.Next(1, 400)];
            for (var i = 1; i < offsets.Length; i++)
                offsets[i] = offsets[i - 1] + random.Next(4) switch { 0 => 0, 1 => 1, 2 => 1, _ => random.Next(2, 1_000_000) };
            Assert.Equal(offsets, OffsetMapCodec.DecodeOffsets(OffsetMapCodec.Encode(offsets)));
        }
    }

    [Fact]
    public void Damaged_blobs_are_refused()
    {
        var good = OffsetMapCodec.Encode(new OffsetMap([0, 1, 3, 4]));
        Assert.Throws<FormatException>(() => OffsetMapCodec.Decode([]));
        Assert.Throws<FormatException>(() => OffsetMapCodec.Decode([9, .. good[1..]]));        // unknown version
        Assert.Throws<FormatException>(() => OffsetMapCodec.Decode(good.AsSpan(0, good.Length - 1))); // truncated
        Assert.Throws<FormatException>(() => OffsetMapCodec.Decode([.. good, 0]));             // trailing byte
        Assert.Throws<FormatException>(() => OffsetMapCodec.Decode([1, 2, 2, 5]));             // run longer than the count
    }
}
