using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Turns an HTML subtree into plain text: paragraphs and other blocks separated by a blank line, list items and table
/// rows on their own lines, whitespace inside a block collapsed. Script-like and chrome elements are skipped.
/// </summary>
public sealed class HtmlPlainText
{
    private static readonly HashSet<string> AlwaysSkipped =
        ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "head", "button", "select", "textarea"];

    /// <summary>Page chrome dropped when reading a whole page rather than an extracted article.</summary>
    public static readonly IReadOnlySet<string> PageChrome = new HashSet<string> { "nav", "header", "footer", "aside", "form" };

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "body", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "dl", "table", "thead", "tbody", "tfoot", "figure", "figcaption", "address", "hr", "details", "summary",
        "header", "footer", "nav", "aside", "form", "fieldset", "center", "caption",
    ];

    /// <summary>Elements whose text is one line, kept next to its siblings with a single newline.</summary>
    private static readonly HashSet<string> Lines = ["li", "tr", "dt", "dd"];

    private readonly IReadOnlySet<string> _skipped;
    private readonly List<(string Text, bool IsLine)> _blocks = [];
    private readonly StringBuilder _current = new();
    private bool _currentIsLine;

    private HtmlPlainText(IReadOnlySet<string> skipped) => _skipped = skipped;

    /// <param name="root">The subtree to read.</param>
    /// <param name="alsoSkip">Extra element names to drop with their content (e.g. <see cref="PageChrome"/>).</param>
    public static string Extract(INode root, IReadOnlySet<string>? alsoSkip = null)
    {
        var walker = new HtmlPlainText(alsoSkip ?? new HashSet<string>());
        walker.Walk(root);
        walker.Flush();
        return walker.Join();
    }

    private void Walk(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendCollapsed(text.Data);
                break;
            case IElement element:
                WalkElement(element);
                break;
            default:
                foreach (var child in node.ChildNodes)
                    Walk(child);
                break;
        }
    }

    private void WalkElement(IElement element)
    {
        var name = element.LocalName;
        if (AlwaysSkipped.Contains(name) || _skipped.Contains(name) || element.HasAttribute("hidden"))
            return;
        switch (name)
        {
            case "br":
                _current.Append('\n');
                return;
            case "pre":
                Flush();
                _current.Append(element.TextContent.TrimEnd('\n', '\r'));
                FlushRaw();
                return;
            case "td" or "th":
                if (_current.Length > 0 && _current[^1] != ' ')
                    _current.Append(' ');
                break;
        }

        var isLine = Lines.Contains(name);
        var isBlock = isLine || Blocks.Contains(name);
        if (isBlock)
            Flush();
        foreach (var child in element.ChildNodes)
            Walk(child);
        if (isBlock)
        {
            _currentIsLine = isLine;
            Flush();
        }
    }

    private void AppendCollapsed(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_current.Length > 0 && _current[^1] is not (' ' or '\n'))
                    _current.Append(' ');
            }
            else
            {
                _current.Append(c);
            }
        }
    }

    private void Flush()
    {
        // Trim each line so <br> breaks do not leave stray spaces at line edges.
        var lines = _current.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var text = string.Join("\n", lines);
        if (text.Length > 0)
            _blocks.Add((text, _currentIsLine));
        _current.Clear();
        _currentIsLine = false;
    }

    private void FlushRaw()
    {
        if (_current.ToString().Trim().Length > 0)
            _blocks.Add((_current.ToString(), false));
        _current.Clear();
    }

    private string Join()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (i > 0)
                sb.Append(_blocks[i].IsLine && _blocks[i - 1].IsLine ? "\n" : "\n\n");
            sb.Append(_blocks[i].Text);
        }
        return sb.ToString();
    }
}
