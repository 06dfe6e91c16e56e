using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Kata’ib Hezbollah", "kataib hezbollah")]
    [InlineData("Kata'ib Hezbollah", "kataib hezbollah")]
    [InlineData("al-Qaim", "al qaim")]
    [InlineData("Al Qa'im", "al qaim")]
    [InlineData("U.S. Embassy", "u s embassy")]
    [InlineData("  Salah ad-Din ", "salah ad din")]
    [InlineData("Ḥalabja", "halabja")]
    [InlineData("Mosul—Nineveh", "mosul nineveh")]
    [InlineData("Shi‘a", "shia")]
    [InlineData("", "")]
    public void Folds_variants_to_one_form(string input, string expected) => Assert.Equal(expected, NameFolding.Fold(input));

    [Fact]
    public void Fold_and_FoldChar_agree()
    {
        foreach (var c in "Aéß-’.x ")
        {
            var f = NameFolding.FoldChar(c);
            Assert.True(f == NameFolding.Drop || f == NameFolding.Separator || char.IsLower(f) || char.IsDigit(f), $"{c} -> {(int)f}");
        }
    }
}
