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

    [Fact]
    public void A_place_word_is_read_with_the_words_around_it_wherever_it_sits_in_a_long_region()
    {
        var recognizer = PlaceRecognizer.Default;
        // Long stretches before the place word, with and without spaces (words are read back to a space before them).
        var filler = string.Concat(Enumerable.Repeat("officials said the roads were closed again, ", 12));
        var url = "https://example.org/" + new string('x', 300) + " ";
        foreach (var before in new[] { filler, url, filler + url, "" })
        {
            var after = before + "A bomb exploded in Khanaquin area, and gunmen later entered the town of Dhuliyah at night.";
            var found = recognizer.Recognize(after);
            Assert.Contains(found, m => m.Text == "Khanaquin" && m.Span.Start == after.IndexOf("Khanaquin", StringComparison.Ordinal));
            Assert.Contains(found, m => m.Text == "Dhuliyah");
        }
        // A capitalised word alone at the very start of a region is not taken for a name; well inside one, it is.
        Assert.DoesNotContain(recognizer.Recognize("Khanaquin area saw no attacks."), m => m.Text == "Khanaquin");
        Assert.Contains(recognizer.Recognize(filler + "in Khanaquin area."), m => m.Text == "Khanaquin");
        // Joined to the word before by an apostrophe, "area" is not a word of its own: no name before it.
        Assert.DoesNotContain(recognizer.Recognize(filler + "in Khanaquin'area."), m => m.Text == "Khanaquin");
    }
}
