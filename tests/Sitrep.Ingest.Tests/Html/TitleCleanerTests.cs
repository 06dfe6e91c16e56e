using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Tests.Html;

public class TitleCleanerTests
{
    [Theory]
    [InlineData("Curfew in Kut - Rafidain News", "Rafidain News", "Curfew in Kut")]
    [InlineData("Curfew in Kut | rafidain news", "Rafidain News", "Curfew in Kut")]
    [InlineData("Rafidain News | Curfew in Kut", "Rafidain News", "Curfew in Kut")]
    [InlineData("Curfew in Kut - Kut Province", "Rafidain News", "Curfew in Kut - Kut Province")]
    [InlineData("Curfew in Kut - Rafidain News", null, "Curfew in Kut - Rafidain News")]
    [InlineData("Rafidain News", "Rafidain News", "Rafidain News")]
    public void Strips_only_a_known_site_name_at_either_end(string title, string? site, string expected)
    {
        Assert.Equal(expected, TitleCleaner.StripSiteName(title, site));
    }
}
