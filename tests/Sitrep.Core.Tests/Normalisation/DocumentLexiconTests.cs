using System.Text;
using Sitrep.Core.Normalisation;

namespace Sitrep.Core.Tests.Normalisation;

/// <summary>
/// The lexicon counts words in its own reused hash table: it must give the counts and compounds that dictionaries
/// built the plain way give, including for a document read after a larger one on the same thread.
/// </summary>
public sealed class DocumentLexiconTests
{
    private static readonly string[] Words = ["the", "The", "THE", "official", "Officials", "fire", "al", "Qaim", "Abu", "US", "designated", "Éclat", "straße", "İzmir", "ǅemal", "x"];
    private static readonly string[] Gaps = [" ", "-", "--", " - ", ".", "\n", "9", "’", "\uFFFD", "-\uFFFD", "é-", "-x-"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 30).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Counts_what_plain_dictionaries_count(int seed)
    {
        var random = new Random(seed);
        // Large to small: the tables kept from one document are reused, only partly, by the next.
        foreach (var size in new[] { 4000, 300, 40, 2000, 5 })
        {
            var text = Generate(random, size);
            var (words, compounds) = Reference(text);
            var lexicon = DocumentLexicon.Build(text);
            foreach (var (word, count) in words)
            {
                Assert.Equal(count, lexicon.Count(word));
                Assert.True(lexicon.Contains(word));
            }
            foreach (var compound in compounds)
            {
                var dash = compound.IndexOf('-');
                Assert.True(lexicon.ContainsCompound(compound[..dash].ToUpperInvariant(), compound[(dash + 1)..]));
            }
            foreach (var absent in new[] { "zzz", "offic", "officiall", "" , "the-the-the" })
                Assert.Equal(words.GetValueOrDefault(absent), lexicon.Count(absent));
            foreach (var a in Words)
                foreach (var b in Words)
                    Assert.Equal(compounds.Contains(a.ToLowerInvariant() + "-" + b.ToLowerInvariant()), lexicon.ContainsCompound(a, b));
            lexicon.Release();
        }
    }

    // Many distinct random words, some of the listed ones, hyphen chains long enough to pass the 256-char limit,
    // and words longer than 100 letters.
    private static string Generate(Random random, int parts)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            var pick = random.Next(10);
            if (pick < 4) sb.Append(Words[random.Next(Words.Length)]);
            else if (pick < 8)
                for (var n = random.Next(1, 13); n > 0; n--) sb.Append((char)(random.Next(2) == 0 ? 'a' + random.Next(26) : 'A' + random.Next(26)));
            else if (pick == 8) sb.Append('q', random.Next(95, 110));
            else
                for (var n = random.Next(2, 40); n > 0; n--) sb.Append(Words[random.Next(Words.Length)]).Append('-');
            sb.Append(Gaps[random.Next(Gaps.Length)]);
        }
        return sb.ToString();
    }

    // The lexicon's rules, with plain collections: tokens are letter runs joined by single hyphens; a part with a lost
    // ligature, over 100 letters or past the 256-char buffer it was first built in is not counted and starts over.
    private static (Dictionary<string, int> Words, HashSet<string> Compounds) Reference(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var compounds = new HashSet<string>(StringComparer.Ordinal);
        static bool IsWordChar(char c) => char.IsLetter(c) || c == '\uFFFD';
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var used = 0;
            string? previous = null;
            while (i < text.Length && IsWordChar(text[i]))
            {
                var s = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                var part = text[s..i];
                if (part.Contains('\uFFFD') || part.Length > 100 || used + part.Length * 2 + 1 > 256)
                {
                    previous = null;
                    used = 0;
                }
                else
                {
                    var lower = part.ToLowerInvariant();
                    words[lower] = words.GetValueOrDefault(lower) + 1;
                    if (previous is not null) compounds.Add(previous + "-" + lower);
                    previous = lower;
                    used += part.Length;
                }
                if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1])) i++;
                else break;
            }
        }
        return (words, compounds);
    }
}
