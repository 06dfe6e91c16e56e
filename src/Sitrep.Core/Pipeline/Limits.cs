namespace Sitrep.Core.Pipeline;

/// <summary>Input limits shared by the readers and the CLI.</summary>
public static class Limits
{
    /// <summary>Files larger than this are refused before reading (a 50 MB report is a mistake, not a report).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;
}
