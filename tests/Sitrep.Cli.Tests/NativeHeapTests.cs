using System.Runtime.InteropServices;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli.Tests;

/// <summary>Ingest hands freed native memory back before linking; this is the call that does it.</summary>
public class NativeHeapTests
{
    [Fact]
    public void Freed_small_native_blocks_are_handed_back_on_linux_and_nothing_happens_elsewhere()
    {
        // Many small blocks come from glibc's arenas (large ones are mapped and unmapped on their own), as SQLite's pages do.
        var blocks = new IntPtr[40_000];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(1024);
            Marshal.WriteByte(blocks[i], 512, 1); // touched, so the pages are resident
        }
        foreach (var b in blocks) Marshal.FreeHGlobal(b);
        var trimmed = NativeHeap.Trim();
        if (OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal))
            Assert.True(trimmed, "40 MB freed into glibc's arenas, and malloc_trim returned none of it");
        else
            Assert.False(trimmed); // no glibc: nothing to call
    }
}
