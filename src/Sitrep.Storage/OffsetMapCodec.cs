using Sitrep.Core.Text;

namespace Sitrep.Storage;

/// <summary>
/// Compact binary form of an <see cref="OffsetMap"/> for storage (BLOB / bytea).
/// Layout: version byte (1), varint entry count, then runs of (zig-zag varint delta, varint run length):
/// the delta from the previous entry (the first from 0) repeated run-length times. A map of untouched text is
/// one run of delta 1, so it costs a few bytes however long the text; repairs only add a run each.
/// Zig-zag keeps the format total for any int[], even one that goes backwards.
/// </summary>
public static class OffsetMapCodec
{
    private const byte Version = 1;

    public static byte[] Encode(OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        // Text normalisation left every character where it was (perhaps cutting the end): the runs come from the
        // length and the raw end, without building the offsets array.
        return map.TryGetIdentityPrefix(out var rawEnd)
            ? Encode(new PrefixOffsets(map.Length, rawEnd))
            : Encode(new SpanOffsets(map.RawOffsets));
    }

    public static byte[] Encode(ReadOnlySpan<int> offsets) => Encode(new SpanOffsets(offsets));

    private static byte[] Encode<T>(T offsets) where T : IOffsets, allows ref struct
    {
        var buffer = new List<byte>(16) { Version };
        WriteVarint(buffer, (ulong)offsets.Count);
        long previous = 0;
        var i = 0;
        while (i < offsets.Count)
        {
            // long arithmetic: the delta between int.MinValue and int.MaxValue does not fit an int.
            var delta = offsets[i] - previous;
            var run = 1;
            while (i + run < offsets.Count && (long)offsets[i + run] - offsets[i + run - 1] == delta) run++;
            WriteVarint(buffer, ZigZag(delta));
            WriteVarint(buffer, (ulong)run);
            previous = offsets[i + run - 1];
            i += run;
        }
        return buffer.ToArray();
    }

    private interface IOffsets
    {
        int Count { get; }
        int this[int index] { get; }
    }

    private readonly ref struct SpanOffsets(ReadOnlySpan<int> offsets) : IOffsets
    {
        private readonly ReadOnlySpan<int> _offsets = offsets;
        public int Count => _offsets.Length;
        public int this[int index] => _offsets[index];
    }

    /// <summary>Entries 0..length-1 are their own index; entry length is the raw end.</summary>
    private readonly struct PrefixOffsets(int length, int rawEnd) : IOffsets
    {
        public int Count => length + 1;
        public int this[int index] => index < length ? index : rawEnd;
    }

    /// <summary>Decodes what <see cref="Encode(OffsetMap)"/> wrote; throws <see cref="FormatException"/> on damaged input.</summary>
    public static OffsetMap Decode(ReadOnlySpan<byte> data) => new(DecodeOffsets(data));

    public static int[] DecodeOffsets(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) throw new FormatException("Offset map blob is empty.");
        if (data[0] != Version) throw new FormatException($"Offset map blob has unknown version {data[0]}.");
        var pos = 1;
        var count = ReadVarint(data, ref pos);
        // Every run takes at least two bytes and covers at least one entry, but a run can cover many, so the
        // count alone cannot be checked against the blob size; cap it at what an int[] can hold.
        if (count == 0 || count > int.MaxValue) throw new FormatException($"Offset map blob declares {count} entries.");
        var offsets = new int[(int)count];
        long value = 0;
        var filled = 0;
        while (filled < offsets.Length)
        {
            var delta = UnZigZag(ReadVarint(data, ref pos));
            var run = ReadVarint(data, ref pos);
            if (run == 0 || run > (ulong)(offsets.Length - filled)) throw new FormatException("Offset map blob has a run past its declared length.");
            for (var k = 0; k < (int)run; k++)
            {
                value += delta;
                if (value is < int.MinValue or > int.MaxValue) throw new FormatException("Offset map blob decodes to an offset outside int.");
                offsets[filled++] = (int)value;
            }
        }
        if (pos != data.Length) throw new FormatException("Offset map blob has trailing bytes.");
        return offsets;
    }

    private static ulong ZigZag(long v) => (ulong)((v << 1) ^ (v >> 63));
    private static long UnZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

    private static void WriteVarint(List<byte> buffer, ulong v)
    {
        while (v >= 0x80) { buffer.Add((byte)(v | 0x80)); v >>= 7; }
        buffer.Add((byte)v);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length) throw new FormatException("Offset map blob is truncated.");
            var b = data[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new FormatException("Offset map blob has an over-long varint.");
    }
}
