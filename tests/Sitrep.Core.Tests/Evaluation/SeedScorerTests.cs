using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>score.py's seeds mode on small hand-made gold: matching, tie order, attribute checks, linking.</summary>
public sealed class SeedScorerTests
{
    private const string Week =
        "Weekly update. Gunmen attacked a police checkpoint near Baqubah, killing two officers. " +
        "Security forces arrested four suspects in Kirkuk the next day. A roadside bomb struck a convoy on the Baiji road.";
    private const string Brief = "Police said two officers died when gunmen hit a checkpoint outside Baqubah.";

    private static readonly Dictionary<string, string> Texts = new() { ["week.txt"] = Week, ["brief.txt"] = Brief };

    private static GoldEvent Checkpoint => new()
    {
        Id = "W1", Doc = "week.txt", Evidence = "Gunmen attacked a police checkpoint near Baqubah, killing two officers.",
        DateStart = "2021-05-03", DateEnd = "2021-05-03", EventType = "Battles", SubEventType = "Armed clash",
        Actor1 = "Unidentified Armed Group", Admin1 = "Diyala", Latitude = 33.75, Longitude = 44.64, Fatalities = 2, Cluster = "C1",
    };

    private static GoldEvent Arrests => new()
    {
        Id = "W2", Doc = "week.txt", Evidence = "Security forces arrested four suspects in Kirkuk the next day.",
        DateStart = "2021-05-04", DateEnd = "2021-05-04", EventType = "Strategic developments", SubEventType = "Arrests",
        Actor1 = "Iraqi Security Forces", Admin1 = "Kirkuk", Fatalities = 0,
    };

    private static GoldEvent Bomb => new()
    {
        Id = "W3", Doc = "week.txt", Evidence = "A roadside bomb struck a convoy on the Baiji road.",
        DateStart = "2021-05-05", DateEnd = "2021-05-05", EventType = "Explosions/Remote violence",
        SubEventType = "Remote explosive/landmine/IED", Admin1 = "Salah ad-Din", Latitude = 34.93, Longitude = 43.49,
    };

    private static GoldEvent BriefCheckpoint => new()
    {
        Id = "B1", Doc = "brief.txt", Evidence = "two officers died when gunmen hit a checkpoint outside Baqubah",
        DateStart = "2021-05-03", DateEnd = "2021-05-03", EventType = "Battles", SubEventType = "Armed clash",
        Actor1 = "Unidentified Armed Group", Admin1 = "Diyala", Latitude = 33.75, Longitude = 44.64, Fatalities = 2, Cluster = "C1",
    };

    private static readonly GoldActor[] Actors =
    [
        new("Iraqi Security Forces", ["ISF", "security forces"]),
        new("Unidentified Armed Group", ["gunmen", "unidentified gunmen"]),
    ];

    private static SeedGold Gold(params GoldEvent[] events) => new(events, Actors, []);

    /// <summary>A prediction copying the gold event, over its evidence span; <paramref name="shift"/> moves the span's start.</summary>
    private static EventRecord Like(GoldEvent g, int shift = 0)
    {
        var start = Texts[g.Doc].IndexOf(g.Evidence, StringComparison.Ordinal);
        return new EventRecord
        {
            Doc = g.Doc, SpanStart = start + shift, SpanEnd = start + g.Evidence.Length,
            DateStart = g.DateStart, DateEnd = g.DateEnd, EventType = g.EventType, SubEventType = g.SubEventType,
            Actor1 = g.Actor1, Admin1 = g.Admin1, Latitude = g.Latitude, Longitude = g.Longitude, Fatalities = g.Fatalities,
        };
    }

    private static Dictionary<string, (int Correct, int Total)> Attrs(SeedScore s) =>
        s.Attributes.ToDictionary(a => a.Name, a => (a.Correct, a.Total));

    [Fact]
    public void Perfect_predictions_score_one_and_list_attributes_in_score_py_order()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests, Bomb), Texts, [Like(Checkpoint), Like(Arrests), Like(Bomb)]);
        Assert.Equal((3, 3, 3), (s.Gold, s.Predicted, s.Matched));
        Assert.Equal((1.0, 1.0, 1.0), (s.Precision, s.Recall, s.F1));
        Assert.Equal(["date", "event_type", "sub_event_type", "actor1", "admin1", "location<=25km", "fatalities"], s.Attributes.Select(a => a.Name));
        Assert.All(s.Attributes, a => Assert.Equal(a.Total, a.Correct));
        Assert.Equal((2, 2), Attrs(s)["location<=25km"]); // the arrests have no coordinates
        Assert.Equal((2, 2), Attrs(s)["fatalities"]);     // the bomb has no figure
    }

    [Fact]
    public void Matching_is_one_to_one_and_counts_only_predictions_for_gold_documents()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests), Texts,
            [Like(Checkpoint), Like(Checkpoint, shift: 10), new EventRecord { Doc = "other.txt", SpanStart = 0, SpanEnd = 50 }]);
        Assert.Equal((2, 2, 1), (s.Gold, s.Predicted, s.Matched));
        Assert.Equal((0.5, 0.5), (s.Precision, s.Recall));
    }

    [Fact]
    public void Evidence_missing_from_the_text_counts_as_gold_but_never_matches()
    {
        var lost = Checkpoint with { Id = "W9", Evidence = "Nothing like this is in the text." };
        var s = SeedScorer.Score(Gold(Checkpoint, lost), Texts, [Like(Checkpoint)]);
        Assert.Equal((2, 1, 1), (s.Gold, s.Predicted, s.Matched));
    }

    [Fact]
    public void Same_date_and_type_beat_a_larger_overlap()
    {
        var wide = Like(Checkpoint) with { DateStart = "2021-04-01", EventType = "Riots", Admin1 = "Basra" };
        var narrow = Like(Checkpoint, shift: 20);
        var s = SeedScorer.Score(Gold(Checkpoint), Texts, [wide, narrow]);
        Assert.Equal(1, s.Matched);
        Assert.Equal((1, 1), Attrs(s)["admin1"]); // the narrow, right one was taken
    }

    [Fact]
    public void Equal_candidates_go_to_the_later_gold_event_then_the_later_prediction()
    {
        // One prediction straddling two gold events by the same number of characters, right about neither:
        // Python's reverse sort on (same, overlap, gi, pi) gives it to the later gold event (Arrests: Kirkuk).
        var boundary = Week.IndexOf(Arrests.Evidence, StringComparison.Ordinal);
        var straddle = new EventRecord { Doc = "week.txt", SpanStart = boundary - 6, SpanEnd = boundary + 5, Admin1 = "Kirkuk" };
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests), Texts, [straddle]);
        Assert.Equal(1, s.Matched);
        Assert.Equal((1, 1), Attrs(s)["admin1"]);
        Assert.DoesNotContain("location<=25km", Attrs(s).Keys);

        // Two identical candidates for one gold event: the later prediction wins.
        var first = Like(Checkpoint) with { Actor1 = "Kata'ib Hezbollah" };
        var second = Like(Checkpoint);
        Assert.Equal((1, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [first, second]))["actor1"]);
        Assert.Equal((0, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [second, first]))["actor1"]);
    }

    [Fact]
    public void Actors_compare_through_gold_aliases_and_normalisation()
    {
        var gold = Gold(Checkpoint, Arrests, Bomb with { Actor1 = "The army." });
        var s = SeedScorer.Score(gold, Texts,
        [
            Like(Checkpoint) with { Actor1 = "unidentified GUNMEN" },
            Like(Arrests) with { Actor1 = "ISF" },
            Like(Bomb) with { Actor1 = "the Army" }, // no gold actor: compared normalised
        ]);
        Assert.Equal((3, 3), Attrs(s)["actor1"]);
        var wrong = SeedScorer.Score(Gold(Arrests, Bomb), Texts, [Like(Arrests) with { Actor1 = "gunmen" }, Like(Bomb) with { Actor1 = "" }]);
        Assert.Equal((1, 2), Attrs(wrong)["actor1"]); // "" and null are both no actor
    }

    [Fact]
    public void Governorate_variants_are_the_same_governorate()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests, Bomb), Texts,
        [
            Like(Checkpoint) with { Admin1 = "Diyala Governorate" },
            Like(Arrests) with { Admin1 = "Al Anbar" },
            Like(Bomb) with { Admin1 = "Saladin" },
        ]);
        Assert.Equal((2, 3), Attrs(s)["admin1"]);
    }

    [Fact]
    public void Location_is_right_within_25_km_and_checked_only_where_the_gold_has_coordinates()
    {
        // 0.2 degrees of latitude is 22.2 km, 0.23 is 25.6 km.
        Assert.Equal((1, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [Like(Checkpoint) with { Latitude = 33.95 }]))["location<=25km"]);
        Assert.Equal((0, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [Like(Checkpoint) with { Latitude = 33.98 }]))["location<=25km"]);
        Assert.Equal((0, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [Like(Checkpoint) with { Latitude = null }]))["location<=25km"]);
        Assert.Equal((0, 1), Attrs(SeedScorer.Score(Gold(Checkpoint), Texts, [Like(Checkpoint) with { Longitude = null }]))["location<=25km"]);
    }

    [Fact]
    public void Attributes_appear_in_the_order_first_checked()
    {
        // The first pair taken (Arrests: right date and type, so before the checkpoint with its wrong date) has
        // fatalities but no coordinates: score.py prints fatalities before location.
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests), Texts,
            [Like(Arrests), Like(Checkpoint) with { Fatalities = 3, DateStart = "2021-05-09" }]);
        Assert.Equal(["date", "event_type", "sub_event_type", "actor1", "admin1", "fatalities", "location<=25km"], s.Attributes.Select(a => a.Name));
        Assert.Equal((1, 2), Attrs(s)["fatalities"]);
    }

    [Fact]
    public void Date_needs_start_and_end()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests), Texts, [Like(Checkpoint) with { DateEnd = "2021-05-04" }, Like(Arrests)]);
        Assert.Equal((1, 2), Attrs(s)["date"]);
    }

    [Fact]
    public void Linking_counts_pairs_of_matched_gold_mentions()
    {
        var gold = Gold(Checkpoint, Arrests with { Cluster = "C2" }, Bomb, BriefCheckpoint,
            new GoldEvent
            {
                Id = "B2", Doc = "brief.txt", Evidence = "Police said", DateStart = "2021-05-04", DateEnd = "2021-05-04",
                EventType = "Strategic developments", SubEventType = "Arrests", Cluster = "C2",
            });
        var s = SeedScorer.Score(gold, Texts,
        [
            Like(Checkpoint) with { EventId = "e1" },
            Like(BriefCheckpoint) with { EventId = "e1" },                           // together in both: a true pair
            Like(Arrests) with { EventId = "e1" },                                   // wrongly with both checkpoint mentions
            new EventRecord { Doc = "brief.txt", SpanStart = 0, SpanEnd = 11 },      // B2, unlinked: misses its pair with W2
            Like(Bomb) with { EventId = "e2" },
        ]);
        Assert.Equal(5, s.Matched);
        Assert.Equal(new LinkingScore(1, 2, 1), s.Linking);
        Assert.Equal((1.0 / 3, 0.5), (s.Linking.Precision, s.Linking.Recall));
        Assert.Equal(0.4, s.Linking.F1, 12);
    }

    [Fact]
    public void Text_output_is_score_py_s()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests, Bomb), Texts,
            [Like(Checkpoint) with { EventId = "e1" }, Like(Arrests) with { Admin1 = "Basra" }, Like(Bomb, shift: 5) with { SpanEnd = 0 }]);
        Assert.Equal(
            """
            detection: precision 0.667 recall 0.667 F1 0.667  (gold 3, predicted 3, matched 2)
              date             100.0% (2/2)
              event_type       100.0% (2/2)
              sub_event_type   100.0% (2/2)
              actor1           100.0% (2/2)
              admin1           50.0% (1/2)
              location<=25km   100.0% (1/1)
              fatalities       100.0% (2/2)
            linking (pairwise over matched): precision 0.000 recall 0.000 F1 0.000
            SEEDS detF1=0.667 linkF1=0.000 date=1.00 event_type=1.00 sub_event_type=1.00 actor1=1.00 admin1=0.50 location<=25km=1.00 fatalities=1.00

            """.ReplaceLineEndings("\n"), s.ToText());
    }

    [Fact]
    public void Json_output_has_the_same_figures()
    {
        var s = SeedScorer.Score(Gold(Checkpoint, Arrests), Texts, [Like(Checkpoint), Like(Arrests) with { Admin1 = "Basra" }]);
        using var json = System.Text.Json.JsonDocument.Parse(s.ToJson());
        var root = json.RootElement;
        Assert.Equal((2, 2, 2), (root.GetProperty("gold").GetInt32(), root.GetProperty("predicted").GetInt32(), root.GetProperty("matched").GetInt32()));
        Assert.Equal(1.0, root.GetProperty("f1").GetDouble());
        var admin1 = root.GetProperty("attributes").GetProperty("admin1");
        Assert.Equal((1, 2, 0.5), (admin1.GetProperty("correct").GetInt32(), admin1.GetProperty("total").GetInt32(), admin1.GetProperty("ratio").GetDouble()));
        Assert.Equal(0.0, root.GetProperty("linking").GetProperty("f1").GetDouble());
    }
}
