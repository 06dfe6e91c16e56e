using Sitrep.Core.Normalisation;
using Sitrep.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Sitrep.Core.Tests.Normalisation;

/// <summary>
/// Runs the normaliser over the real seed texts in shared/seeds (skipped when absent) and prints every ligature
/// and dehyphenation repair, so a reviewer can check each is the right word.
/// </summary>
public class SeedNormalisationEvaluation(ITestOutputHelper output)
{
    private static readonly string[] ExpectedWords =
    [
        "These", "influential", "official", "flags", "Thar al-Muhandis", "al-Thaniya", "designated", "Reshuffles", "fighters",
    ];

    private static readonly string[] BrokenWords = ["desig-", "desig nated", "\uFFFD"];

    [SeedFact]
    public void Seeds_normalise_without_lost_ligatures_or_broken_words()
    {
        var folder = SeedFiles.Directory!;
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"seeds: {folder} ({files.Count} files)");
        Assert.NotEmpty(files);

        var normaliser = new TextNormaliser();
        var all = new System.Text.StringBuilder();
        var remaining = 0;
        foreach (var file in files)
        {
            var result = normaliser.Normalise(File.ReadAllText(file));
            NormalisationAssert.MapIsExact(result);
            NormalisationAssert.WordsMapBack(result);

            var lost = result.Text.Count(c => c == '\uFFFD');
            remaining += lost;
            output.WriteLine($"\n== {Path.GetFileName(file)}: {result.Raw.Length} -> {result.Text.Length} chars, " +
                             $"{result.Text.Split("\n\n").Length} paragraphs, {lost} U+FFFD left");
            foreach (var repair in result.Repairs)
                output.WriteLine($"  {repair.Kind,-13} {repair.RawSpan,-14} {Show(repair.Original)} -> {Show(repair.Replacement)}");
            all.Append(result.Text).Append("\n\n");
        }

        var text = all.ToString();
        output.WriteLine($"\nU+FFFD left in all seeds: {remaining}");
        Assert.Equal(0, remaining);
        foreach (var word in ExpectedWords)
            Assert.True(text.Contains(word, StringComparison.Ordinal), $"expected '{word}' in the normalised seeds");
        foreach (var broken in BrokenWords)
            Assert.False(text.Contains(broken, StringComparison.Ordinal), $"'{broken}' is still in the normalised seeds");
    }

    private static string Show(string s) => s.Length == 0 ? "(dropped)" : "\"" + s.Replace("\r", "\\r").Replace("\n", "\\n") + "\"";
}
