using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public class FtsQueryTests
{
    [Theory]
    [InlineData("rocket attack", "\"rocket\" \"attack\"")]
    [InlineData("al-Qaim", "\"al-Qaim\"")]
    [InlineData("\"unbalanced", "\"\"\"unbalanced\"")]
    [InlineData("NOT drone", "\"NOT\" \"drone\"")]
    [InlineData("milit*", "\"milit\"*")]
    [InlineData("( - ) * \"", null)]
    [InlineData("   ", null)]
    public void Terms_become_quoted_phrases(string input, string? expected) => Assert.Equal(expected, FtsQuery.Build(input));
}
