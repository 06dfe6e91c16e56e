namespace Sitrep.Ingest;

/// <summary>Shared labels for diagnostics raised while reading files.</summary>
internal static class IngestDiagnostics
{
    public const string Stage = "ingest";
}
