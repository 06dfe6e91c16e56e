using System.Runtime.InteropServices;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Hands memory the C heap holds free back to the system. SQLite's page caches (64 MB for a writer) and other native
/// buffers are freed into glibc's arenas when a connection closes, and glibc keeps most of it: the process's working
/// set does not shrink, and what the next phase allocates on the managed heap comes on top of it.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns free native heap memory to the system (glibc on Linux); elsewhere, or without glibc, does nothing.</summary>
    /// <returns>Whether any memory was returned.</returns>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl and other C libraries without malloc_trim
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
