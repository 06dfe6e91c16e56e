using System.Text.RegularExpressions;
using Sitrep.Core.Recognition.Dates;

namespace Sitrep.Core.Tests.Recognition.Dates;

public sealed class DateGroupsTests
{
    [Fact]
    public void On_this_runtime_the_groups_are_read_without_building_Group_objects()
    {
        // Falling back would still be correct, only slower: this says when a runtime update changed the match layout.
        Assert.True(DateGroups.ReadsMatchDirectly);
    }

    [Theory]
    [InlineData("between March 3 and 9, 2021")]
    [InlineData("Tuesday, 14-15 August 2018")]
    [InlineData("12/31/2013")]
    [InlineData("since late 2016")]
    [InlineData("two weeks ago")]
    [InlineData("the following week")]
    [InlineData("this Thursday")]
    [InlineData("in mid-winter of 2019")]
    public void Every_group_reads_as_the_match_groups_read(string text)
    {
        var regex = DatePattern.AnchoredRegex();
        var m = regex.Match(text);
        Assert.True(m.Success);
        var groups = new DateGroups(m, text);
        foreach (var name in regex.GetGroupNames())
        {
            Group expected = m.Groups[name];
            var actual = groups[name];
            Assert.Equal(expected.Success, actual.Success);
            Assert.Equal(expected.Index, actual.Index);
            Assert.Equal(expected.Length, actual.Length);
            Assert.Equal(expected.Value, actual.Value);
        }
    }
}
