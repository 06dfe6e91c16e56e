using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Quantities;

/// <summary>The overload that takes the date spans a caller has already found.</summary>
public sealed class QuantityRecognizerDateSpansTests
{
    private static readonly QuantityRecognizer Recognizer = new();
    private static readonly DateContext Anchored = new(new DateOnly(2020, 7, 6), null);

    [Theory]
    [InlineData("On June 25, 2020 militants fired 4 rockets; two days later 14 KH members were arrested.")]
    [InlineData("Between 12 and 18 June at least 30 people were killed, and 5 Jun 25-26: 3 vehicles burned.")]
    [InlineData("In 2019 some 2000 protesters marched; in early 2020 tens of thousands did, 10-15 people died.")]
    [InlineData("Article 140, 10:30, COVID-19 and 5 pm are not counts, but 8% and $5 million are.")]
    public void Given_the_dates_it_finds_what_it_finds_alone(string text)
    {
        var range = new TextSpan(0, text.Length);
        var dates = new DateRecognizer().Recognize(text, range, Anchored).Select(m => m.Span).ToList();
        var alone = Recognizer.Recognize(text, range);
        var given = Recognizer.Recognize(text, range, dates);
        Assert.Equal(alone.Select(Describe), given.Select(Describe));
        Assert.Equal(alone.Select(Describe), Recognizer.Recognize(text, range, null).Select(Describe));
    }

    [Fact]
    public void No_date_spans_means_no_dates()
    {
        const string text = "On June 25 militants fired 4 rockets.";
        var found = Recognizer.Recognize(text, new TextSpan(0, text.Length), []);
        var at = text.IndexOf("25", StringComparison.Ordinal);
        Assert.Contains(found, q => q.Span.Start == at && q.Value == 25);
        Assert.DoesNotContain(Recognizer.Recognize(text), q => q.Span.Start == at);
    }

    [Fact]
    public void Date_spans_out_of_order_are_an_error() =>
        Assert.Throws<ArgumentException>(() => Recognizer.Recognize("12 rockets on June 5 and June 6", new TextSpan(0, 30), [new TextSpan(25, 30), new TextSpan(14, 20)]));

    private static string Describe(QuantityMention q) => $"{q.Span} {q.Text} {q.Value} {q.Unit} {q.Qualifier} {q.Vague}";
}
