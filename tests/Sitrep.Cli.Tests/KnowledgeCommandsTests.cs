using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class KnowledgeCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("al-Qaim")]
    [InlineData("Al Qa'im")]
    [InlineData("Qaim")]
    public async Task Places_find_resolves_transliterations_to_one_place(string name)
    {
        var run = await _cli.RunAsync("places", "find", name, "--json");
        Assert.Equal(0, run.ExitCode);
        var first = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Equal("Anbar", first.GetProperty("governorate").GetString());
        Assert.InRange(first.GetProperty("longitude").GetDouble(), 40.9, 41.2);
    }

    [Fact]
    public async Task Places_find_unknown_name_fails_with_one_line()
    {
        var run = await _cli.RunAsync("places", "find", "Nowhereville");
        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.ErrLines);
    }

    [Theory]
    [InlineData("KH")]
    [InlineData("Hizbullah Brigades")]
    [InlineData("Kataib Hezbollah")]
    public async Task Actors_find_resolves_aliases_and_shows_the_parent(string name)
    {
        var run = await _cli.RunAsync("actors", "find", name, "--json");
        Assert.Equal(0, run.ExitCode);
        var actor = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Contains("Hezbollah", actor.GetProperty("name").GetString());
        Assert.Contains(actor.GetProperty("within").EnumerateArray(), p => p.GetString()!.Contains("Popular Mobilization"));
    }

    [Fact]
    public async Task Actors_find_resolves_a_role_by_date()
    {
        var in2019 = await _cli.RunAsync("actors", "find", "the Prime Minister", "--date", "2019-06-01", "--json");
        var in2021 = await _cli.RunAsync("actors", "find", "the Prime Minister", "--date", "2021-06-01", "--json");
        Assert.Contains("Mahdi", JsonDocument.Parse(in2019.Out).RootElement[0].GetProperty("name").GetString());
        Assert.Contains("Kadhimi", JsonDocument.Parse(in2021.Out).RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Annotate_marks_and_resolves_every_kind_of_mention()
    {
        var path = _cli.Write("note.txt",
            "March 9, 2021\n\nCounter-Terrorism Service troops detained at least 12 suspects in the Doura district of Baghdad on Sunday. " +
            "The Guardians of the Dawn Brigade said the men were its members.\n");
        var run = await _cli.RunAsync("annotate", path, "--json");
        Assert.Equal(0, run.ExitCode);
        var marks = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        string? Resolved(string kind, string text) =>
            marks.FirstOrDefault(m => m.GetProperty("kind").GetString() == kind && m.GetProperty("text").GetString()!.Contains(text))
                is { ValueKind: JsonValueKind.Object } m ? m.GetProperty("resolved").GetString() ?? "(unresolved)" : null;

        Assert.Contains("Counter", Resolved("actor", "Counter-Terrorism Service"));
        Assert.StartsWith("Dora", Resolved("place", "Doura"));
        Assert.Equal("2021-03-07", Resolved("date", "Sunday"));
        Assert.StartsWith("12 suspects", Resolved("quantity", "12"));
        Assert.Equal("(unresolved)", Resolved("actor?", "Guardians of the Dawn Brigade"));
        // Spans point into the original file.
        var raw = await File.ReadAllTextAsync(path);
        var place = marks.First(m => m.GetProperty("kind").GetString() == "place");
        var rs = place.GetProperty("raw_span");
        Assert.Equal(place.GetProperty("text").GetString(), raw[rs.GetProperty("start").GetInt32()..rs.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Unresolved_actors_are_listed_from_stored_documents()
    {
        var path = _cli.Write("report.txt", "June 2, 2021\n\nFighters of the Guardians of the Dawn Brigade attacked a checkpoint near Samarra.\n");
        Assert.Equal(0, (await _cli.RunWithDbAsync("ingest", path)).ExitCode);
        var run = await _cli.RunWithDbAsync("actors", "--unresolved", "--json");
        Assert.Equal(0, run.ExitCode);
        var names = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains("Guardians of the Dawn Brigade", names);
        Assert.DoesNotContain("Samarra", names);
    }
}
