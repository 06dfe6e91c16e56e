using Sitrep.Core.Recognition.Places;

namespace Sitrep.Core.Tests.Recognition.Places;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("Khanaqin", "Khanaquin")]
    [InlineData("Dhuluiya", "Dhuliyah")]
    [InlineData("Hawija", "Al-Hawijah")]
    [InlineData("Qayyarah", "Qayarah")]
    [InlineData("Ain al-Jahsh", "Ayn al-Jahesh")]
    [InlineData("Zubaidiya", "Zubeidiyah village")]
    public void Transliterations_share_a_skeleton(string a, string b) =>
        Assert.Equal(SpellingVariants.Skeleton(a), SpellingVariants.Skeleton(b));

    [Theory]
    [InlineData("Ramadi", "Rutba")]
    [InlineData("Hilla", "Hit")]
    [InlineData("Kut", "Kirkuk")]
    public void Different_names_keep_different_skeletons(string a, string b) =>
        Assert.NotEqual(SpellingVariants.Skeleton(a), SpellingVariants.Skeleton(b));

    [Fact]
    public void An_unlisted_spelling_is_found_only_where_the_text_calls_it_a_place()
    {
        var recognizer = PlaceRecognizer.Default;
        var known = recognizer.Recognize("A bomb exploded in Khanaquin area, Diyala governorate, Iraq.");
        Assert.Contains(known, m => m.Text == "Khanaquin" && m.Place!.Name.StartsWith("Khanaq"));
        Assert.DoesNotContain(recognizer.Recognize("Khanaquin said nothing."), m => m.Text == "Khanaquin");
    }
}
