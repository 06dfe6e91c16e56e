using System.Text;

namespace Sitrep.Ingest.Text;

/// <summary>Windows code pages are not in .NET by default; register the provider once before asking for one.</summary>
public static class CodePages
{
    private static readonly Lazy<Encoding> Cp1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => Cp1252.Value;

    /// <summary>Looks up a charset label (e.g. from an HTML meta tag); null when unknown.</summary>
    public static Encoding? TryGet(string name)
    {
        _ = Cp1252.Value; // ensure the provider is registered
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
    }
}
