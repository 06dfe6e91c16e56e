using Sitrep.Core.Recognition.Actors;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Actors;

public sealed class UnresolvedActorFinderTests
{
    private static List<string> Find(string text, params string[] claimed) =>
        UnresolvedActorFinder.Find(text, new TextSpan(0, text.Length),
                claimed.Select(c => new TextSpan(text.IndexOf(c, StringComparison.Ordinal), text.IndexOf(c, StringComparison.Ordinal) + c.Length)).ToList())
            .Select(m => m.Text).ToList();

    [Fact]
    public void Organisational_names_are_kept()
    {
        var found = Find("A new group calling itself the Guardians of the Dawn Brigade fired on a checkpoint held by the Tigris Valley Police.");
        Assert.Contains("Guardians of the Dawn Brigade", found);
        Assert.Contains("Tigris Valley Police", found);
    }

    [Fact]
    public void Titled_people_are_kept()
    {
        var found = Find("The statement was read by Brigadier General Karim al-Tamimi in Baghdad.", "Baghdad");
        Assert.Contains("Karim al-Tamimi", found);
    }

    [Fact]
    public void Claimed_spans_ordinary_capitals_and_sentence_starts_are_not_names()
    {
        Assert.Empty(Find("Officials said the Popular Mobilization Forces left.", "Popular Mobilization Forces"));
        Assert.Empty(Find("Protests continued. Several roads were closed on Monday."));
        Assert.Empty(Find("Residents of Basra complained.", "Basra"));
    }

    [Fact]
    public void A_name_does_not_run_across_a_sentence_end()
    {
        var found = Find("Fighting near the Hamrin Front. Army Units arrived later.");
        Assert.Contains("Hamrin Front", found);
        Assert.DoesNotContain(found, f => f.Contains('.'));
    }
}
