using System.Text;
using Sitrep.Core.Synthetic;

namespace Sitrep.Core.Tests.Synthetic;

public class WordCountBaselineTests
{
    [Fact]
    public void Counts_the_words_of_utf8_text_split_on_anything_but_letters_and_digits()
    {
        var baseline = new WordCountBaseline();
        baseline.Count(Encoding.UTF8.GetBytes("Gunmen killed 3 in Tal Afar; al-Qa'im's mayor said «nothing»."));
        // Gunmen, killed, 3, in, Tal, Afar, al, Qa, im, s, mayor, said, nothing
        Assert.Equal(13, baseline.Words);
        baseline.Count(Encoding.UTF8.GetBytes("مقتل ثلاثة في الموصل"));
        Assert.Equal(17, baseline.Words);
    }

    [Fact]
    public void A_document_larger_than_its_buffer_is_counted_whole()
    {
        var baseline = new WordCountBaseline();
        var text = string.Concat(Enumerable.Repeat("convoy struck near Baiji ", 5_000)); // 125 KB, beyond the 16 KB buffer
        baseline.Count(Encoding.UTF8.GetBytes(text));
        Assert.Equal(20_000, baseline.Words);
        baseline.Count([]);
        Assert.Equal(20_000, baseline.Words);
    }
}
