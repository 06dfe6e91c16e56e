using System.Text;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: every whitespace-separated
/// term becomes a quoted phrase (so AND, OR, NOT, NEAR, -, ( ) and : are plain text), terms are ANDed, and a trailing
/// * on a term keeps its meaning as a prefix search. The result is still bound as a parameter, never spliced into SQL.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The MATCH expression, or null when the query holds nothing searchable (only punctuation or blanks).</summary>
    public static string? Build(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sb = new StringBuilder();
        foreach (var raw in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = raw.Length > 1 && raw[^1] == '*';
            var term = raw.TrimEnd('*');
            // A phrase without any token ("(" or "-") would match nothing and silently empty an AND query; drop it.
            if (!term.Any(char.IsLetterOrDigit)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefix) sb.Append('*');
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
