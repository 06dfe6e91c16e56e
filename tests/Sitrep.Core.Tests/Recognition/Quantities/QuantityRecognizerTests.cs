using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Quantities;

public sealed class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static IReadOnlyList<QuantityMention> Find(string text)
    {
        var found = Recognizer.Recognize(text);
        foreach (var m in found) Assert.Equal(m.Text, m.Span.Slice(text).ToString()); // offsets are exact
        return found;
    }

    private static QuantityMention Single(string text)
    {
        var found = Find(text);
        Assert.True(found.Count == 1, $"expected one quantity in \"{text}\", got [{string.Join("; ", found.Select(f => $"{f.Text}={f.Value}/{f.Unit}"))}]");
        return found[0];
    }

    [Theory]
    [InlineData("Police detained 9 Saraya members overnight.", "9 Saraya members", 9, "members")]
    [InlineData("Witnesses saw 30 armed PMF fighters at the gate.", "30 armed PMF fighters", 30, "fighters")]
    [InlineData("The army sent 12 vehicles to the crossing.", "12 vehicles", 12, "vehicles")]
    [InlineData("The coalition flew 57 airstrikes in Anbar.", "57 airstrikes", 57, "airstrikes")]
    [InlineData("The ministry reported 3,100 new cases on Sunday.", "3,100 new cases", 3100, "cases")]
    [InlineData("The cabinet plans to cut 4,500 government positions.", "4,500 government positions", 4500, "positions")]
    [InlineData("A curfew of 48 hours was declared.", "48 hours", 48, "hours")]
    [InlineData("The convoy stopped 2 km from the border.", "2 km", 2, "km")]
    [InlineData("The convoy stopped 6.25 km from the border.", "6.25 km", 6.25, "km")]
    [InlineData("Turnout fell by 7 percent this year.", "7 percent", 7, "percent")]
    [InlineData("Turnout fell by a 7-percent margin.", "7-percent", 7, "percent")]
    [InlineData("Turnout fell by 7% this year.", "7%", 7, "percent")]
    [InlineData("Guards fired a 14 mm gun at the drone.", "14 mm", 14, "mm")]
    [InlineData("They recovered 60mm mortar rounds from the cache.", "60mm", 60, "mm")]
    [InlineData("Tribes raised a 200 fighter force in Anbar.", "200 fighter", 200, "fighters")]
    [InlineData("Investigators counted 21 MPs in the hall.", "21 MPs", 21, "MPs")]
    [InlineData("Crews cleared 6 IEDs on the road.", "6 IEDs", 6, "IEDs")]
    public void Numbers_take_their_unit(string text, string expected, double value, string unit)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(value, m.Value, 6);
        Assert.Equal(unit, m.Unit);
        Assert.False(m.Vague);
    }

    [Theory]
    [InlineData("Raids netted at least 9 suspects in Mosul.", "at least 9 suspects", 9, "at least", "suspects")]
    [InlineData("Officials said over 300 protesters gathered.", "over 300 protesters", 300, "over", "protesters")]
    [InlineData("Officials said more than 40 people were hurt.", "more than 40 people", 40, "more than", "people")]
    [InlineData("The drill involved up to 500 troops.", "up to 500 troops", 500, "up to", "troops")]
    [InlineData("Nearly 70 families fled the village.", "Nearly 70 families", 70, "nearly", "families")]
    [InlineData("Damage reached approximately 2.5 billion USD last year.", "approximately 2.5 billion USD", 2.5e9, "approximately", "USD")]
    [InlineData("Donors pledged an estimated 1,800 tents.", "an estimated 1,800 tents", 1800, "an estimated", "tents")]
    [InlineData("Militants held over a dozen hostages.", "over a dozen hostages", 12, "over", "hostages")]
    public void Qualifiers(string text, string expected, double value, string qualifier, string unit)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(value, m.Value, 6);
        Assert.Equal(qualifier, m.Qualifier);
        Assert.Equal(unit, m.Unit);
    }

    [Theory]
    [InlineData("The fund holds 3 billion USD in reserve.", 3e9, "3 billion USD")]
    [InlineData("The fund holds $3 billion in reserve.", 3e9, "$3 billion")]
    [InlineData("The fund holds US$3 million in reserve.", 3e6, "US$3 million")]
    [InlineData("The fund holds 3 billion US dollars in reserve.", 3e9, "3 billion US dollars")]
    public void Money_is_usd(string text, double value, string expected)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(value, m.Value, 6);
        Assert.Equal("USD", m.Unit);
    }

    [Theory]
    [InlineData("A single Grad rocket hit the base; one Grad rocket was found later.", "one Grad rocket", 1, "rockets")]
    [InlineData("Snipers wounded seventeen civilians.", "seventeen civilians", 17, "civilians")]
    [InlineData("Snipers wounded twenty-two civilians.", "twenty-two civilians", 22, "civilians")]
    [InlineData("The court sentenced Five commanders in absentia.", "Five commanders", 5, "commanders")]
    [InlineData("Farmers lost a dozen trucks in the fire.", "a dozen trucks", 12, "trucks")]
    [InlineData("Engineers rebuilt two hundred houses.", "two hundred houses", 200, "houses")]
    public void Number_words(string text, string expected, double value, string unit)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(value, m.Value);
        Assert.Equal(unit, m.Unit);
        Assert.False(m.Vague);
    }

    [Theory]
    [InlineData("Dozens of gunmen blocked the road.", "Dozens of gunmen", 12, "gunmen")]
    [InlineData("Tens of pilgrims were stranded.", "Tens of pilgrims", 10, "pilgrims")]
    [InlineData("Scores of students marched.", "Scores of students", 20, "students")]
    [InlineData("Hundreds of demonstrators rallied.", "Hundreds of demonstrators", 100, "demonstrators")]
    [InlineData("Thousands of workers walked out.", "Thousands of workers", 1000, "workers")]
    [InlineData("Tens of thousands of voters stayed home.", "Tens of thousands of voters", 10000, "voters")]
    [InlineData("Several rockets struck the airport.", "Several rockets", 2, "rockets")]
    [InlineData("A few drones crossed the border.", "A few drones", 2, "drones")]
    [InlineData("A number of officers were suspended.", "A number of officers", 2, "officers")]
    public void Vague_amounts(string text, string expected, double value, string unit)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(value, m.Value);
        Assert.Equal(unit, m.Unit);
        Assert.True(m.Vague);
    }

    [Fact]
    public void Part_of_a_whole_gives_two_mentions()
    {
        var found = Find("The motion passed with 201 of 312 MPs voting.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("201 of 312 MPs", 201d, "MPs", "of 312"), (found[0].Text, found[0].Value, found[0].Unit, found[0].Qualifier));
        Assert.Equal(("312 MPs", 312d, "MPs"), (found[1].Text, found[1].Value, found[1].Unit));

        found = Find("Judges freed 6 of the 20 detainees.");
        Assert.Equal(("6 of the 20 detainees", 6d, "detainees", "of 20"), (found[0].Text, found[0].Value, found[0].Unit, found[0].Qualifier));
        Assert.Equal(("20 detainees", 20d), (found[1].Text, found[1].Value));

        found = Find("Judges freed 6 of the 20.");
        Assert.Equal(("6 of the 20", "of 20"), (found[0].Text, found[0].Qualifier));
        Assert.Null(found[0].Unit);
    }

    [Fact]
    public void Out_of_is_a_part_too()
    {
        var found = Find("The bloc holds 27 out of 312 seats.");
        Assert.Equal(("27 out of 312 seats", "seats", "of 312"), (found[0].Text, found[0].Unit, found[0].Qualifier));
    }

    [Fact]
    public void A_calibre_is_its_own_mention_and_does_not_hide_the_count()
    {
        var found = Find("Three 122mm rockets were seized at the farm.");
        Assert.Equal([("Three 122mm rockets", 3d, "rockets"), ("122mm", 122d, "mm")], found.Select(f => (f.Text, f.Value, f.Unit!)));
    }

    [Fact]
    public void Quoted_vague_amounts_and_modifier_nouns()
    {
        var m = Single("He was accused of killing “Dozens” of Protesters in Nasiriyah.");
        Assert.Equal(("Dozens” of Protesters", 12d, "protesters"), (m.Text, m.Value, m.Unit));
        m = Single("Militants launched seven mortar attacks this week.");
        Assert.Equal(("seven mortar attacks", "attacks"), (m.Text, m.Unit));
        m = Single("Only one Grad rocket hit.");
        Assert.Equal(("one Grad rocket", "rockets"), (m.Text, m.Unit));
    }

    [Fact]
    public void Casualty_participles_are_units()
    {
        var found = Find("Four soldiers were killed and 9 injured near Baiji.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("Four soldiers", "soldiers"), (found[0].Text, found[0].Unit));
        Assert.Equal(("9 injured", "injured"), (found[1].Text, found[1].Unit));

        var m = Single("In the end 6 were killed.");
        Assert.Equal(("6 were killed", "killed"), (m.Text, m.Unit));
    }

    [Fact]
    public void A_range_keeps_the_lower_figure()
    {
        var m = Single("Officials said 15-20 people died.");
        Assert.Equal(("15-20 people", 15d, "people", "between 15 and 20"), (m.Text, m.Value, m.Unit, m.Qualifier));
    }

    [Theory]
    [InlineData("The third convoy left on June 25 at 10:30.")]
    [InlineData("Its eighth session opened in 2019.")]
    [InlineData("The first attack came on 2020-06-25.")]
    [InlineData("Clashes resumed two days later.")]
    [InlineData("The 2018 elections were contested.")]
    [InlineData("Article 140 remains unresolved.")]
    [InlineData("The 45th Brigade and Brigade 52 moved north.")]
    [InlineData("COVID-19 spread among F-16 crews.")]
    [InlineData("No one was hurt, and one of the guards fled.")]
    [InlineData("The meeting began at 9 pm in the capital.")]
    [InlineData("Turnout peaked in the 1990s.")]
    [InlineData("The army began Phase Three of the operation.")]
    [InlineData("Fighters gathered at the base (Anbar Governorate)3 and waited.")]
    public void Not_quantities(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Item_numbers_at_a_line_start_are_not_counted()
    {
        var found = Find("3 Mar 6-7: Gunmen attacked a checkpoint.\n4. Police arrested 5 suspects.\n12 soldiers were wounded.");
        Assert.Equal(["5 suspects", "12 soldiers"], found.Select(f => f.Text));
    }

    [Fact]
    public void The_range_overload_keeps_offsets_in_the_whole_text()
    {
        const string text = "Intro: 3 rockets. Body: 7 rockets hit the base.";
        var start = text.IndexOf("Body", StringComparison.Ordinal);
        var m = Assert.Single(Recognizer.Recognize(text, new TextSpan(start, text.Length)));
        Assert.Equal("7 rockets", m.Span.Slice(text).ToString());
        Assert.Equal(7, m.Value);
    }

    [Theory]
    [InlineData("Three people were killed and 8 injured.", 0, QuantityRole.Killed)]
    [InlineData("Three people were killed and 8 injured.", 1, QuantityRole.Injured)]
    [InlineData("The blast killed 4 civilians and wounded 11.", 0, QuantityRole.Killed)]
    [InlineData("The blast killed 4 civilians and wounded 11.", 1, QuantityRole.Injured)]
    [InlineData("Police arrested 9 suspects in Kirkuk.", 0, QuantityRole.Detained)]
    [InlineData("The PMF released 9 men on Tuesday.", 0, QuantityRole.Released)]
    [InlineData("About 2,000 protesters gathered in the square.", 0, QuantityRole.Participants)]
    [InlineData("Two protesters died of their wounds.", 0, QuantityRole.Killed)]
    [InlineData("Militants fired 3 rockets at the base.", 0, QuantityRole.Rockets)]
    [InlineData("A convoy of 20 trucks was stopped.", 0, QuantityRole.Vehicles)]
    [InlineData("The convoy stopped 2 km from the border.", 0, QuantityRole.Other)]
    [InlineData("Dozens of demonstrators were wounded.", 0, QuantityRole.Injured)]
    public void Roles_come_from_units_and_verbs(string text, int index, QuantityRole role)
    {
        var found = Find(text);
        Assert.Equal(role, QuantityRoles.Classify(text, found[index]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("1,")]
    [InlineData("a")]
    [InlineData("Jun 31 and 02/30/2020, 14:")]
    [InlineData("-5 \u201c\u201d 0.")]
    [InlineData("of the")]
    public void Odd_input_never_throws(string text)
    {
        _ = Find(text);
        _ = new Sitrep.Core.Recognition.Dates.DateRecognizer().Recognize(text, Sitrep.Core.Recognition.Dates.DateContext.None);
    }

    [Fact]
    public void A_range_outside_the_text_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognizer.Recognize("12 rockets", new TextSpan(0, 40)));
}
