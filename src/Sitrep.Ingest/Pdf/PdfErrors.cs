namespace Sitrep.Ingest.Pdf;

/// <summary>Tells PdfPig's parse failures (many exception types) from bugs worth crashing on, and shortens their messages.</summary>
internal static class PdfErrors
{
    private const int MaxReasonLength = 120;

    /// <summary>Files often carry junk before the header; readers accept it within the first kilobyte.</summary>
    public static bool HasHeader(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static bool IsParseFailure(Exception e) =>
        e is not (OutOfMemoryException or StackOverflowException or OperationCanceledException);

    public static string ShortReason(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length == 0)
            message = e.GetType().Name;
        return message.Length <= MaxReasonLength ? message : message[..MaxReasonLength] + "…";
    }
}
