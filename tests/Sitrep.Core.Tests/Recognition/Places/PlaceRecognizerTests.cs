using Sitrep.Core.Knowledge;
using Sitrep.Core.Recognition.Places;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Places;

public sealed class PlaceRecognizerTests
{
    private static readonly PlaceRecognizer Recognizer = PlaceRecognizer.Default;

    private static Sitrep.Core.Model.PlaceMention Find(string text, string surface) =>
        Recognizer.Recognize(text).First(m => m.Text.StartsWith(surface, StringComparison.Ordinal));

    [Fact]
    public void A_neighbourhood_of_a_city_resolves_with_its_governorate_and_precision_one()
    {
        var m = Find("Police raided a house in the Dora neighborhood of Baghdad.", "Dora");
        Assert.Equal(PlaceKind.Neighbourhood, m.Place!.Kind);
        Assert.Equal("Baghdad", m.Place.Governorate);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Theory]
    [InlineData("A rocket landed near Balad on Tuesday.", "Balad")]
    [InlineData("Clashes broke out in southern Baghdad.", "Baghdad")]
    [InlineData("Gunmen attacked a checkpoint on the outskirts of Ramadi.", "Ramadi")]
    public void Near_and_parts_of_a_place_give_precision_two(string text, string surface) =>
        Assert.Equal(2, Find(text, surface).GeoPrecision);

    [Fact]
    public void A_governorate_alone_gives_precision_three_at_its_capital()
    {
        var m = Find("Protests spread across Maysan Province.", "Maysan Province");
        Assert.Equal(PlaceKind.Governorate, m.Place!.Kind);
        Assert.Equal(3, m.GeoPrecision);
        var capital = Recognizer.Gazetteer.CapitalOf("Maysan")!;
        Assert.True(Gazetteer.DistanceKm(m.Place.Latitude, m.Place.Longitude, capital.Latitude, capital.Longitude) < 10);
    }

    [Fact]
    public void Person_names_and_parts_of_longer_names_are_not_places()
    {
        Assert.DoesNotContain(Recognizer.Recognize("Captain Walid Hassan was wounded."), m => m.Text == "Walid");
        Assert.DoesNotContain(Recognizer.Recognize("A bomb went off in Hay al-Sinai, Kirkuk."), m => m.Text == "Hay");
        Assert.DoesNotContain(Recognizer.Recognize("Fighting was reported in Abu Karmah village."), m => m.Text == "Karmah");
    }

    [Fact]
    public void English_words_are_not_taken_for_Arabic_articles()
    {
        var mentions = Recognizer.Recognize("Rockets fell at Baghdad airport and an Iran-backed group was blamed.");
        Assert.Contains(mentions, m => m.Text == "Baghdad airport");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("at ") || m.Text.StartsWith("an "));
        Assert.Contains(Recognizer.Recognize("Police in As-Sulaymaniyah said so."), m => m.Text == "As-Sulaymaniyah");
    }

    [Fact]
    public void Lower_case_words_are_not_place_names()
    {
        Assert.Empty(Recognizer.Recognize("they hit the road and went home."));
    }

    [Fact]
    public void The_airport_refers_back_to_the_airport_named_before_it()
    {
        var text = "Two rockets struck Baghdad International Airport on Monday. Nobody was hurt at the airport.";
        var generic = Recognizer.Recognize(text).Single(m => m.Text == "airport");
        Assert.Equal(PlaceKind.Airport, generic.Place!.Kind);
        Assert.Contains("Baghdad", generic.Place.Name);
        // With no airport named before, the noun stays unresolved rather than guessed.
        Assert.DoesNotContain(Recognizer.Recognize("Nobody was hurt at the airport."), m => m.Text == "airport");
    }

    [Fact]
    public void The_most_specific_place_wins_and_a_destination_does_not()
    {
        var text = "A bomb exploded among pilgrims walking to Karbala in Mahmudiyah town, Baghdad governorate, Iraq.";
        var mentions = Recognizer.Recognize(text);
        var location = PlaceSelector.MostSpecific(text, mentions, new TextSpan(0, text.Length), Recognizer.Gazetteer)!;
        Assert.Contains("Mahmudiy", location.Place.Name);
        Assert.Equal("Baghdad", location.Governorate);
    }

    [Fact]
    public void A_homonym_is_chosen_by_the_governorate_the_text_names()
    {
        // Two villages of one name in two governorates (squares 0..2 and 3..5 on a toy map).
        const string geonames = "# sitrep-gazetteer places-geonames.tsv v1\nid\tname\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tparent_id\taliases\n";
        const string curated = "# sitrep-gazetteer places-curated.tsv v1\nid\tname\tkind\tcountry\tgovernorate\tdistrict\tlat\tlon\tpopulation\tparent_id\taliases\n" +
            "t:a\tAnbar\tGovernorate\tIraq\tAnbar\t\t1\t1\t\t\tAnbar|Al Anbar\n" +
            "t:d\tDiyala\tGovernorate\tIraq\tDiyala\t\t4\t4\t\t\tDiyala\n" +
            "t:z1\tZetaville\tVillage\tIraq\tAnbar\t\t1.2\t1.2\t500\t\tZetaville\n" +
            "t:z2\tZetaville\tVillage\tIraq\tDiyala\t\t4.2\t4.2\t900\t\tZetaville\n";
        const string shapes = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"Anbar","gn_a1_code":"IQ.01"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}},
            {"type":"Feature","properties":{"name":"Diyala","gn_a1_code":"IQ.10"},"geometry":{"type":"Polygon","coordinates":[[[3,3],[5,3],[5,5],[3,5],[3,3]]]}}
            ]}
            """;
        var gazetteer = Gazetteer.Load(new StringReader(geonames), new StringReader(curated), null,
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(shapes)));
        var recognizer = new PlaceRecognizer(gazetteer);
        foreach (var governorate in new[] { "Anbar", "Diyala" })
        {
            var text = $"Gunmen attacked a checkpoint in Zetaville, {governorate}, on Friday.";
            var zeta = recognizer.Recognize(text).Single(m => m.Text == "Zetaville");
            Assert.Equal(governorate, zeta.Place!.Governorate);
            var location = PlaceSelector.MostSpecific(text, recognizer.Recognize(text), new TextSpan(0, text.Length), gazetteer)!;
            Assert.Equal("Zetaville", location.Place.Name);
            Assert.Equal(governorate, location.Governorate);
        }
        // Without context, the more prominent one (larger population) is taken.
        Assert.Equal("Diyala", recognizer.Recognize("Shots were fired in Zetaville.").Single().Place!.Governorate);
    }
}
