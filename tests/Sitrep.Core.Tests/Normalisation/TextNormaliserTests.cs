using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Normalisation;

public class TextNormaliserTests
{
    private const string L = "\uFFFD";
    private static readonly TextNormaliser Normaliser = new();

    private static NormalisedText Run(string raw)
    {
        var result = Normaliser.Normalise(raw);
        NormalisationAssert.MapIsExact(result);
        NormalisationAssert.WordsMapBack(result);
        return result;
    }

    // Rule 1: line endings and spaces

    [Fact]
    public void Empty_text_gives_empty_text_and_an_end_only_map()
    {
        var result = Run("");
        Assert.Equal("", result.Text);
        Assert.Equal(0, result.Map.ToRaw(0));
        Assert.Empty(result.Repairs);
    }

    [Theory]
    [InlineData("The convoy moved\r\nnorth at dawn.\r\n\r\nA second group waited.")]
    [InlineData("The convoy moved\rnorth at dawn.\r\rA second group waited.")]
    [InlineData("The convoy moved\nnorth at dawn.\n\nA second group waited.")]
    public void Every_kind_of_line_ending_is_a_line_break(string raw)
    {
        var result = Run(raw);
        Assert.Equal("The convoy moved north at dawn.\n\nA second group waited.", result.Text);
        var second = result.Text.IndexOf("A second", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("A second", StringComparison.Ordinal), result.Map.ToRaw(second));
    }

    [Fact]
    public void Trailing_spaces_go_and_runs_of_spaces_become_one_mapped_to_a_raw_space()
    {
        const string raw = "Two   patrols  crossed   \nthe \t river.   ";
        var result = Run(raw);
        Assert.Equal("Two patrols crossed the river.", result.Text);
        var patrols = result.Text.IndexOf("patrols", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("patrols", StringComparison.Ordinal), result.Map.ToRaw(patrols));
        Assert.Equal(' ', raw[result.Map.ToRaw(patrols - 1)]);
        var river = new TextSpan(result.Text.IndexOf("river", StringComparison.Ordinal), result.Text.IndexOf("river", StringComparison.Ordinal) + 5);
        Assert.Equal("river", result.ToRaw(river).Slice(raw).ToString());
    }

    // Rule 2: ligatures

    [Theory]
    [InlineData($"Rain fell. {L}ese roads flooded.", "These")]
    [InlineData($"Rain fell. {L}is road flooded.", "This")]
    [InlineData($"Rain fell. {L}e road flooded.", "The")]
    [InlineData($"An in{L}uential elder spoke.", "influential")]
    [InlineData($"An o{L}cial spoke.", "official")]
    [InlineData($"Crowds burned {L}ags at the gate.", "flags")]
    [InlineData($"Dozens of {L}ghters arrived.", "fighters")]
    [InlineData($"Guards opened {L}re on the crowd.", "fire")]
    [InlineData($"It was the {L}rst visit.", "first")]
    [InlineData($"Names were {L}oated last week.", "floated")]
    [InlineData($"He is a close con{L}dant of the mayor.", "confidant")]
    [InlineData($"Officials did not Con{L}rm the report.", "Confirm")]
    [InlineData($"The list is not {L}nalized yet.", "finalized")]
    [InlineData($"Police found an un{L}red shell.", "unfired")]
    [InlineData($"Police identi{L}ed two men.", "identified")]
    [InlineData($"It was a signi{L}cant shift.", "significant")]
    [InlineData($"Some unquali{L}ed staff left.", "unqualified")]
    [InlineData($"Public con{L}dence fell.", "confidence")]
    [InlineData($"An unspeci{L}ed unit moved.", "unspecified")]
    [InlineData($"Unspeci{L}ed gunmen fled.", "Unspecified")]
    [InlineData($"Mayor Plans Cabinet Reshu{L}ing", "Reshuffling")]
    [InlineData($"Governor Reshu{L}es Council", "Reshuffles")]
    [InlineData($"Council Spokesperson {L}reatens Strike", "Threatens")]
    [InlineData($"Mayor Moves {L}ousands of Clerks", "Thousands")]
    public void A_lost_ligature_becomes_the_letters_that_make_the_known_word(string raw, string expected)
    {
        var result = Run(raw);
        Assert.DoesNotContain(L, result.Text, StringComparison.Ordinal);
        Assert.Contains(expected, result.Text.Split(' ', '.').AsEnumerable());
        var repair = Assert.Single(result.Repairs, r => r.Kind == "ligature");
        Assert.Equal(expected, repair.Replacement);
    }

    [Theory]
    [InlineData($"A new group, {L}ar al-Muhandis, claimed it.", "Thar al-Muhandis")]
    [InlineData($"The group al-{L}aniya claimed it.", "al-Thaniya")]
    [InlineData($"Units of Saraya {L}awra moved.", "Saraya Thawra")]
    [InlineData($"The unit is led by a member, {L}amer al-Husseini.", "Thamer al-Husseini")]
    public void An_unknown_word_opening_with_a_lost_ligature_is_a_Th_name(string raw, string expected)
    {
        Assert.Contains(expected, Run(raw).Text);
    }

    [Fact]
    public void The_document_spelling_outranks_the_word_list()
    {
        // "fiat", "flat" and "that" are all English; the document settles it.
        Assert.Contains("a flat tyre", Run($"They had a {L}at tyre. The road was flat and wet.").Text);
        Assert.Contains("so that", Run($"He left early so {L}at he could rest. He said that twice.").Text);
    }

    [Fact]
    public void A_sentence_start_takes_the_capital_Th_and_a_lowercase_word_the_lowercase_ligature()
    {
        var result = Run($"The police arrived. {L}e crowd left.\n\n{L}e guards stayed and {L}red shots.");
        Assert.Equal("The police arrived. The crowd left.\n\nThe guards stayed and fired shots.", result.Text);
        Assert.Equal(3, result.Repairs.Count(r => r.Kind == "ligature"));
    }

    [Fact]
    public void A_ligature_repair_maps_its_letters_to_the_replacement_char_and_reports_the_raw_word()
    {
        const string raw = $"An o{L}cial spoke.";
        var result = Run(raw);
        var start = result.Text.IndexOf("official", StringComparison.Ordinal);
        var span = new TextSpan(start, start + "official".Length);
        Assert.Equal(new TextSpan(3, 9), result.ToRaw(span));
        var lost = raw.IndexOf(L, StringComparison.Ordinal);
        Assert.Equal(lost, result.Map.ToRaw(start + 1));
        Assert.Equal(lost, result.Map.ToRaw(start + 3));
        var repair = Assert.Single(result.Repairs);
        Assert.Equal(new Repair("ligature", new TextSpan(3, 9), $"o{L}cial", "official"), repair);
    }

    [Fact]
    public void A_lone_replacement_char_is_not_a_ligature_and_stays()
    {
        Assert.Equal($"{L} Item one", Run($"{L} Item one").Text);
    }

    [Fact]
    public void The_word_list_accepts_inflections_and_prefixes_of_listed_words()
    {
        var words = new WordList(["reshuffle", "fire", "official"]);
        Assert.True(words.IsKnown("reshuffles"));
        Assert.True(words.IsKnown("reshuffling"));
        Assert.True(words.IsKnown("unfired"));
        Assert.True(words.IsKnown("officially"));
        Assert.False(words.IsKnown("flamboyant"));
        Assert.True(WordList.Shipped.Count > 1000);
        Assert.True(WordList.Shipped.Contains("influential"));
    }

    // Rule 3: hyphenation over line breaks

    [Theory]
    [InlineData("a group the state has desig-\nnated as hostile", "a group the state has designated as hostile")]
    [InlineData("a group the state has desig-\n\nnated as hostile", "a group the state has designated as hostile")]
    [InlineData("a group the state has desig-\r\nnated as hostile", "a group the state has designated as hostile")]
    [InlineData("a new cell called Jund al-\nSoleimani appeared", "a new cell called Jund al-Soleimani appeared")]
    [InlineData("a rally of pro-\nKadhimi deputies", "a rally of pro-Kadhimi deputies")]
    [InlineData("the anti-\ngraft drive", "the anti-graft drive")]
    [InlineData("their state-\nment was short", "their statement was short")]
    public void A_word_split_at_a_line_end_is_rejoined_and_a_compound_keeps_its_hyphen(string raw, string expected)
    {
        var result = Run(raw);
        Assert.Equal(expected, result.Text);
        var repair = Assert.Single(result.Repairs);
        Assert.Equal("dehyphenation", repair.Kind);
        Assert.StartsWith("-", repair.Original);
    }

    [Fact]
    public void A_compound_the_document_hyphenates_elsewhere_keeps_its_hyphen()
    {
        var result = Run("They signed a cease-fire. The cease-\nfire held for a week.");
        Assert.Equal("They signed a cease-fire. The cease-fire held for a week.", result.Text);
    }

    [Fact]
    public void A_word_the_document_spells_whole_is_rejoined_even_after_a_prefix_like_part()
    {
        var result = Run("They were already there. The team was al-\nready to go.");
        Assert.Contains("was already to go", result.Text);
    }

    [Fact]
    public void Hyphens_inside_a_line_stay()
    {
        Assert.Equal("US-trained forces met al-Kadhimi.", Run("US-trained forces met al-Kadhimi.").Text);
    }

    [Fact]
    public void A_dehyphenated_word_maps_back_over_the_break()
    {
        const string raw = "they desig-\n\nnated it";
        var result = Run(raw);
        var start = result.Text.IndexOf("designated", StringComparison.Ordinal);
        var rawSpan = result.ToRaw(new TextSpan(start, start + "designated".Length));
        Assert.Equal("desig-\n\nnated", rawSpan.Slice(raw).ToString());
    }

    // Rule 4: unwrapping

    [Fact]
    public void Hard_wrapped_lines_join_with_one_space_and_paragraphs_split_with_a_blank_line()
    {
        const string raw = "Heavy rain closed the\nmain road for two days.\nTraffic moved slowly.\n\nA bridge reopened on\nFriday morning.";
        var result = Run(raw);
        Assert.Equal("Heavy rain closed the main road for two days. Traffic moved slowly.\n\nA bridge reopened on Friday morning.", result.Text);
    }

    [Fact]
    public void A_blank_line_inside_a_sentence_is_layout_not_a_paragraph_end()
    {
        const string raw = "The envoy met the\n\nminister and the\n\nGovernor of the Central\n\nBank on Monday.\n\nThe talks ended.";
        Assert.Equal("The envoy met the minister and the Governor of the Central Bank on Monday.\n\nThe talks ended.", Run(raw).Text);
    }

    [Fact]
    public void A_numbered_item_always_opens_a_paragraph()
    {
        const string raw = "The week was calm\n3    Mar 2: Army Opens New Base Near River\nThe base hosts two\nbrigades.\n\n4 Mar 3: Talks Resume\nBoth sides met.";
        Assert.Equal("The week was calm\n\n3 Mar 2: Army Opens New Base Near River The base hosts two brigades.\n\n4 Mar 3: Talks Resume Both sides met.", Run(raw).Text);
    }

    [Fact]
    public void A_number_at_a_wrap_inside_a_sentence_is_not_an_item()
    {
        const string raw = "Police held\n14 KH members overnight.";
        Assert.Equal("Police held 14 KH members overnight.", Run(raw).Text);
    }

    [Fact]
    public void Bullets_open_paragraphs()
    {
        const string raw = "Key points\n  • The first point is short.\n  • The second point\nwraps onto a line.";
        Assert.Equal("Key points\n\n• The first point is short.\n\n• The second point wraps onto a line.", Run(raw).Text);
    }

    [Fact]
    public void A_heading_followed_by_a_blank_line_stays_its_own_paragraph()
    {
        const string raw = "Weekly Security Update: March 1-7, 2021\n\nThe week saw three attacks\non supply convoys.";
        Assert.Equal("Weekly Security Update: March 1-7, 2021\n\nThe week saw three attacks on supply convoys.", Run(raw).Text);
    }

    [Fact]
    public void A_line_ending_in_a_function_word_is_not_a_heading()
    {
        const string raw = "Officials plan to replace dozens of\nprovincial staff members by\n\nDecember, the office said.";
        Assert.Equal("Officials plan to replace dozens of provincial staff members by December, the office said.", Run(raw).Text);
    }

    [Fact]
    public void A_sentence_end_then_a_single_newline_stays_in_the_paragraph_but_a_blank_line_breaks()
    {
        const string raw = "The talks ended.\nBoth sides left.\n\nNew talks begin soon.";
        Assert.Equal("The talks ended. Both sides left.\n\nNew talks begin soon.", Run(raw).Text);
    }

    [Fact]
    public void An_indented_line_after_a_sentence_end_opens_a_paragraph()
    {
        Assert.Equal("Listen on any app.\n\nSummary: the week was calm.", Run("Listen on any app.\n Summary: the week was calm.").Text);
    }

    [Fact]
    public void Text_with_a_paragraph_per_line_keeps_each_line_a_paragraph()
    {
        var first = string.Join(" ", Enumerable.Range(1, 6).Select(i => $"The council met for the {i}th time to discuss the budget."));
        var second = string.Join(" ", Enumerable.Range(1, 6).Select(i => $"Item {i} of the agenda was left for a later day."));
        var raw = $"Skip to content\nCity News Desk\n{first}\n{second}";
        Assert.Equal($"Skip to content\n\nCity News Desk\n\n{first}\n\n{second}", Run(raw).Text);
    }

    [Fact]
    public void A_paragraph_break_maps_to_the_raw_line_breaks()
    {
        const string raw = "One line ends.\n\nAnother starts.";
        var result = Run(raw);
        var nl = result.Text.IndexOf('\n');
        Assert.Equal(14, result.Map.ToRaw(nl));
        Assert.Equal(15, result.Map.ToRaw(nl + 1));
    }

    // Rule 5: layout repeats

    [Fact]
    public void A_line_repeated_within_a_few_lines_is_dropped_and_reported()
    {
        const string raw = "Map of the northern border crossings\nMap of the northern  border crossings\n\nThe map shows six posts.";
        var result = Run(raw);
        Assert.Equal("Map of the northern border crossings\n\nThe map shows six posts.", result.Text);
        var repair = Assert.Single(result.Repairs);
        Assert.Equal("duplicate", repair.Kind);
        Assert.Equal("Map of the northern  border crossings", repair.Original);
        Assert.Equal("", repair.Replacement);
    }

    [Fact]
    public void A_short_repeated_line_is_kept()
    {
        Assert.Equal("Yes.\n\nYes.", Run("Yes.\n\nYes.").Text);
    }

    [Fact]
    public void A_caption_line_repeated_as_the_start_of_the_next_line_is_dropped()
    {
        var longLine = string.Join(" ", Enumerable.Range(1, 6).Select(i => $"Officials said the river rose {i} metres overnight."));
        var raw = $"Two trucks parked near the old bridge\nTwo trucks parked near the old bridge were seized on Monday.\n{longLine}";
        var result = Run(raw);
        Assert.StartsWith("Two trucks parked near the old bridge were seized on Monday.\n\n", result.Text);
        Assert.Equal("duplicate", Assert.Single(result.Repairs).Kind);
    }

    [Fact]
    public void A_sentence_repeated_as_a_prefix_right_after_itself_is_dropped()
    {
        const string raw =
            "Armed men from several rival groups stood near the stage during the speech, watching the\n" +
            "governor as he spoke about taxes. Armed men from several rival groups stood\n\n" +
            "near the stage during the speech. The governor left early.";
        var result = Run(raw);
        Assert.Equal(
            "Armed men from several rival groups stood near the stage during the speech, watching the governor as he spoke about taxes. The governor left early.",
            result.Text);
        var repair = Assert.Single(result.Repairs, r => r.Kind == "duplicate");
        Assert.StartsWith("Armed men from several rival groups stood\n\nnear the stage during the speech.", repair.Original);
    }

    [Fact]
    public void A_ligature_inside_a_dropped_repeat_is_not_reported()
    {
        const string raw = "Local o\uFFFDcials from two rival districts met at the old market on Monday. " +
                           "Local o\uFFFDcials from two rival districts met at the old market. Talks failed.";
        var result = Run(raw);
        Assert.Equal("Local officials from two rival districts met at the old market on Monday. Talks failed.", result.Text);
        Assert.Single(result.Repairs, r => r.Kind == "ligature");
        Assert.Single(result.Repairs, r => r.Kind == "duplicate");
    }

    [Fact]
    public void A_short_repeated_sentence_is_kept()
    {
        const string raw = "He said no. He said no. Then he left.";
        Assert.Equal(raw, Run(raw).Text);
    }

    // Rule 7 and the repair list

    [Fact]
    public void Typographic_quotes_and_dashes_stay()
    {
        const string raw = "The group’s leader said “no” – twice — and ‘left’.";
        Assert.Equal(raw, Run(raw).Text);
    }

    [Fact]
    public void Repairs_are_in_raw_order_and_each_original_is_its_raw_text()
    {
        const string raw = $"{L}e state-\nment was read aloud by the spokesman to the\npress today.\nThe statement was read aloud by the spokesman.\n\nThe end.";
        var result = Run(raw);
        Assert.Equal(["ligature", "dehyphenation", "duplicate"], result.Repairs.Select(r => r.Kind));
        Assert.True(result.Repairs.Zip(result.Repairs.Skip(1)).All(p => p.First.RawSpan.Start <= p.Second.RawSpan.Start));
    }

    [Fact]
    public void The_normaliser_is_an_INormaliser()
    {
        INormaliser normaliser = new TextNormaliser();
        Assert.Equal("a b", normaliser.Normalise("a  b").Text);
    }
}
