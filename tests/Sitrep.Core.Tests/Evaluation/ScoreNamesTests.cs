using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>The small pieces of score.py ported to C#: name normalisation, governorates, distance, number formatting.</summary>
public sealed class ScoreNamesTests
{
    [Theory]
    [InlineData("Kata’ib Hezbollah", "kataib hezbollah")]
    [InlineData("Kata'ib  Hezbollah!", "kataib hezbollah")]
    [InlineData("  Salah ad-Din ", "salah ad din")]
    [InlineData("Ḥalabja", "halabja")]
    [InlineData("ﬁrst-line `units`", "first line units")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void Norm_folds_like_score_py(string input, string expected) => Assert.Equal(expected, ScoreNames.Norm(input));

    [Fact]
    public void Norm_of_null_is_null() => Assert.Null(ScoreNames.Norm(null));

    [Theory]
    [InlineData("Al Anbar", "Anbar")]
    [InlineData("al-Anbar", "Anbar")]
    [InlineData("Saladin", "Salah ad-Din")]
    [InlineData("Salah al-Din Province", "Salah ad-Din")]
    [InlineData("Salah ad-Din", "Salah ad-Din")]
    [InlineData("NIneveh", "Ninewa")]
    [InlineData("Arbil", "Erbil")]
    [InlineData("Thi-Qar", "Dhi Qar")]
    [InlineData("Diyala Governorate", "Diyala")]
    [InlineData("Al Qadisiyah", "Qadisiyah")]
    [InlineData("Khuzestan", "khuzestan")] // unknown: comes back normalised
    [InlineData("Province", "")]           // only the region word: empty, not null (as score.py)
    public void Admin1_canonicalises_variants(string input, string expected) => Assert.Equal(expected, ScoreNames.Admin1(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("’")]
    public void Admin1_of_nothing_is_null(string? input) => Assert.Null(ScoreNames.Admin1(input));

    [Fact]
    public void Haversine_gives_known_distances()
    {
        Assert.Equal(0, Haversine.Km(33.3152, 44.3661, 33.3152, 44.3661));
        // One degree of latitude is 111.2 km on score.py's 6371 km sphere.
        Assert.Equal(111.19, Haversine.Km(33, 44, 34, 44), 2);
        Assert.InRange(Haversine.Km(33.3152, 44.3661, 30.5085, 47.7804), 440, 450); // Baghdad - Basra
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")]  // an exact tie: Python rounds half to even, .NET's "F2" would give 0.13
    [InlineData(0.375, 2, "0.38")]
    [InlineData(0.575, 2, "0.57")]  // 0.575 is 0.57499999... in binary
    [InlineData(6.25, 1, "6.2")]
    [InlineData(2.0 / 3, 3, "0.667")]
    [InlineData(0.0, 3, "0.000")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(100.0, 1, "100.0")]
    [InlineData(-0.0001, 3, "-0.000")]
    [InlineData(123.5, 0, "124")]
    [InlineData(1e-7, 2, "0.00")]
    public void Fixed_rounds_like_python(double value, int digits, string expected) => Assert.Equal(expected, PyFormat.Fixed(value, digits));

    [Fact]
    public void Pct_and_f1_follow_score_py()
    {
        Assert.Equal("66.7% (2/3)", PyFormat.Pct(2, 3));
        Assert.Equal("6.2% (1/16)", PyFormat.Pct(1, 16));
        Assert.Equal("0.0% (0/0)", PyFormat.Pct(0, 0));
        Assert.Equal(0.0, PyFormat.F1(0, 0));
        Assert.Equal(0.5, PyFormat.F1(1.0 / 3, 1.0), 12);
    }
}
