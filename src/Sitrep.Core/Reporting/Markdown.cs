using System.Text;

namespace Sitrep.Core.Reporting;

/// <summary>
/// Escapes document text for Markdown: HTML-significant characters become entities (a Markdown renderer passes raw
/// HTML through, and nothing from a document may ever render as HTML) and Markdown syntax characters are escaped.
/// </summary>
public static class Markdown
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!':
                    sb.Append('\\').Append(c); break;
                case '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
