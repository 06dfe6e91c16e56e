namespace Sitrep.Core.Model;

/// <summary>The stable names of document kinds, as the gold file, JSON output and exports spell them.</summary>
public static class DocumentKindNames
{
    public static string Code(this DocumentKind kind) => kind switch
    {
        DocumentKind.SituationReport => "situation-report",
        DocumentKind.IndexPage => "index-page",
        DocumentKind.Brief => "brief",
        _ => "article",
    };

    /// <summary>For prose: "situation report".</summary>
    public static string Label(this DocumentKind kind) => kind.Code().Replace('-', ' ');

    public static DocumentKind Parse(string code) => code switch
    {
        "situation-report" => DocumentKind.SituationReport,
        "index-page" => DocumentKind.IndexPage,
        "brief" => DocumentKind.Brief,
        "article" => DocumentKind.Article,
        _ => throw new FormatException($"unknown document kind '{code}'"),
    };
}
