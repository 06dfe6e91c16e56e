using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlDocumentReaderTests
{
    private const string ArticlePage = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <meta charset="utf-8">
          <title>Militia drone strike near Erbil airport - Tigris Monitor</title>
          <meta property="og:site_name" content="Tigris Monitor">
          <meta property="article:published_time" content="2024-03-06T22:15:00+03:00">
          <meta name="author" content="By Layla Haddad">
          <link rel="canonical" href="https://tigris-monitor.example/2024/03/erbil-drone">
          <script>var trackingSecret = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script>
          <style>.lead { color: red; }</style>
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/iraq">NAVIGATION-LINK-TEXT</a></nav></header>
          <main><article>
            <h1>Militia drone strike near Erbil airport</h1>
            <p class="byline">By Layla Haddad</p>
            <p>On 6 March a small explosive-laden drone struck an open field beside Erbil airport &amp; the adjacent
               base, according to the Kurdistan Region&#39;s counter-terrorism service. No one was hurt.</p>
            <p>Officials said the drone was launched from the direction of Makhmour, roughly 60&nbsp;km south-west of
               the city, and that air defences engaged a second aircraft over the plain.</p>
            <script>document.write("SCRIPT-TEXT-MUST-NOT-APPEAR");</script>
            <p>Earlier in the week the same service reported:</p>
            <ul><li>3 March: rocket fire near Harir base</li><li>4 March: an arrest in Koya</li></ul>
            <p>The attack was the third of its kind in ten days, and local businesses near the airport road closed
               early while security forces searched farmland along the Gwer road for the launch site.</p>
          </article></main>
          <footer>FOOTER-TEXT Copyright Tigris Monitor. All rights reserved.</footer>
        </body></html>
        """;

    private readonly HtmlDocumentReader _reader = new();

    private Sitrep.Core.Model.RawDocument ReadArticle() => _reader.Read("erbil.html", Encoding.UTF8.GetBytes(ArticlePage));

    [Fact]
    public void Article_text_keeps_paragraphs_and_drops_chrome_and_scripts()
    {
        var text = ReadArticle().Text;

        Assert.Contains("On 6 March a small explosive-laden drone struck", text);
        Assert.Contains("local businesses near the airport road", text);
        Assert.DoesNotContain("SCRIPT-TEXT-MUST-NOT-APPEAR", text);
        Assert.DoesNotContain("NAVIGATION-LINK-TEXT", text);
        Assert.DoesNotContain("FOOTER-TEXT", text);
        Assert.DoesNotContain("color: red", text);
    }

    [Fact]
    public void Article_text_is_plain_text_with_entities_decoded()
    {
        var text = ReadArticle().Text;

        Assert.Contains("Erbil airport & the adjacent base", text);
        Assert.Contains("Region's counter-terrorism", text);
        Assert.DoesNotContain("&amp;", text);
        Assert.DoesNotContain("&#39;", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_list_items_are_lines()
    {
        var text = ReadArticle().Text;

        Assert.Contains("No one was hurt.\n\nOfficials said", text);
        Assert.Contains("reported:\n\n3 March: rocket fire near Harir base\n4 March: an arrest in Koya\n\nThe attack", text);
        // Whitespace inside a paragraph is collapsed to single spaces (source line breaks are layout only).
        Assert.Contains("airport & the adjacent base", text);
        Assert.DoesNotContain("  ", text);
    }

    [Fact]
    public void Metadata_is_read_and_site_name_suffix_is_stripped_from_the_title()
    {
        var doc = ReadArticle();

        Assert.Equal("Militia drone strike near Erbil airport", doc.Title);
        Assert.Equal("Tigris Monitor", doc.SiteName);
        Assert.Equal("Layla Haddad", doc.Byline);
        // The date as written on the page, not shifted to UTC (which would be 6 March 19:15, same day; see next test).
        Assert.Equal(new DateOnly(2024, 3, 6), doc.Published);
        Assert.Equal("https://tigris-monitor.example/2024/03/erbil-drone", doc.Url);
        Assert.Equal("html", doc.Format);
    }

    [Fact]
    public void Published_date_comes_from_a_time_element_and_keeps_the_written_day()
    {
        const string page = """
            <html><head><title>Night raid in Hawija</title></head><body>
            <p>Posted <time datetime="2024-03-07T01:30:00+03:00">7 March</time></p>
            <p>Security forces raided two villages west of Hawija overnight and detained four men.</p>
            </body></html>
            """;

        var doc = _reader.Read("hawija.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal(new DateOnly(2024, 3, 7), doc.Published);
        Assert.Contains("detained four men", doc.Text);
    }

    [Fact]
    public void Without_an_article_the_body_is_used_minus_nav_header_footer_and_scripts()
    {
        const string page = """
            <html><head><title>Brief</title><script>var x = "SCRIPT-TEXT";</script></head><body>
            <header>HEADER-TEXT</header><nav>NAV-TEXT</nav>
            <div>Short note: Baiji refinery road reopened.</div>
            <script>console.log("SCRIPT-TEXT")</script><style>p{}</style>
            <footer>FOOTER-TEXT</footer>
            </body></html>
            """;

        var doc = _reader.Read("brief.htm", Encoding.UTF8.GetBytes(page));

        Assert.Equal("Short note: Baiji refinery road reopened.", doc.Text);
        Assert.Equal("Brief", doc.Title);
    }

    [Fact]
    public void Meta_charset_windows_1252_is_honoured()
    {
        byte[] page =
        [
            .. "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body><p>Karbala"u8, 0x92,
            .. "s caf"u8, 0xE9, .. " reopened after the pilgrimage.</p></body></html>"u8,
        ];

        var doc = _reader.Read("cp.html", page);

        Assert.Equal("Karbala\u2019s caf\u00e9 reopened after the pilgrimage.", doc.Text);
    }

    [Fact]
    public void Utf8_bom_wins_over_a_wrong_meta_charset()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Qayyarah — airstrip repaired.</p></body></html>";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)];

        var doc = _reader.Read("bom.html", bytes);

        Assert.Equal("Qayyarah — airstrip repaired.", doc.Text);
    }

    [Fact]
    public void A_page_without_text_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() =>
            _reader.Read("empty.html", Encoding.UTF8.GetBytes("<html><body><script>x()</script><nav>Home</nav></body></html>")));

        Assert.Equal("no text content", e.Message);
    }
}
