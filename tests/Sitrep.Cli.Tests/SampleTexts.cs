namespace Sitrep.Cli.Tests;

/// <summary>Short documents written for these tests (an invented week); the damage mimics PDF extraction.</summary>
internal static class SampleTexts
{
    public const string SituationReport =
        "Iraq Situation Report: March 3-9, 2021\n\n" +
        "Key Takeaway: Militia pressure on the government grew this week while protests returned to the south.\n\n" +
        "2    Mar 5: Rockets Strike Near Balad Air Base. Two rockets landed near the perimeter of Balad Air Base\n" +
        "in Salah ad-Din Province, causing no casualties. No group claimed the o\uFFFDcial target.\n\n" +
        "1    Mar 3-4: Police Disperse Protesters in Nasiriyah. Security forces used tear gas against several\n" +
        "hundred demonstrators in Nasiriyah, Dhi Qar Province. \uFFFDe governor resigned the next day.\n\n" +
        "3    Mar 8: Lt. Gen. Ahmed Visits Basra Operations Command. The visit followed a spate of tribal\n" +
        "clashes north of Basra.\n";

    public const string Article =
        "<!DOCTYPE html><html><head><title>Tribal clash leaves two dead near Basra | River Wire</title>" +
        "<meta property=\"og:site_name\" content=\"River Wire\">" +
        "<meta property=\"article:published_time\" content=\"2021-03-07T08:00:00Z\"></head><body>" +
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Tribal clash leaves two dead near Basra</h1>" +
        "<p>Two men were killed on Saturday when a dispute between two tribes north of Basra turned into a gunfight, police said.</p>" +
        "<p>Officers said the clash began over farmland and ended after army units arrived. <script>alert('x')</script></p>" +
        "<p>A local sheikh called for calm &amp; promised compensation to both families.</p></article>" +
        "<footer>Copyright River Wire</footer></body></html>";
}
