using AngleSharp.Html.Parser;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlPlainTextTests
{
    private static string Extract(string bodyHtml, IReadOnlySet<string>? skip = null) =>
        HtmlPlainText.Extract(new HtmlParser().ParseDocument($"<html><body>{bodyHtml}</body></html>").Body!, skip);

    [Fact]
    public void Line_breaks_become_newlines_without_edge_spaces()
    {
        Assert.Equal("Zakho crossing\nclosed on 2 March", Extract("<p>Zakho crossing <br> closed on 2 March</p>"));
    }

    [Fact]
    public void Table_rows_are_lines_with_cells_space_separated()
    {
        var text = Extract("<table><tr><th>Date</th><th>Place</th></tr><tr><td>3 Mar</td><td>Amerli</td></tr></table>");

        Assert.Equal("Date Place\n3 Mar Amerli", text);
    }

    [Fact]
    public void Inline_elements_do_not_split_a_paragraph()
    {
        Assert.Equal("Gunmen in Tuz Khurmatu fled.", Extract("<p>Gunmen in <a href='#'>Tuz <b>Khurmatu</b></a> fled.</p>"));
    }

    [Fact]
    public void Hidden_and_script_like_elements_are_skipped_and_chrome_only_on_request()
    {
        const string html = "<nav>Menu</nav><p>Body text.</p><p hidden>Hidden.</p><noscript>Enable JS</noscript>";

        Assert.Equal("Menu\n\nBody text.", Extract(html));
        Assert.Equal("Body text.", Extract(html, HtmlPlainText.PageChrome));
    }
}
