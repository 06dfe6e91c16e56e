using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Actors;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Recognition.Actors;

/// <summary>
/// <see cref="UnresolvedActorFinder"/> cuts words only around capitals; it must find exactly what the earlier version,
/// which cut every word of the range into a list first, found (kept below as the reference), whatever the text and range.
/// </summary>
public sealed class UnresolvedActorFinderEquivalenceTests
{
    private static readonly string[] Vocabulary =
    [
        "Brigade", "Brigades", "Forces", "Ministry", "of", "the", "The", "al", "Al", "bin", "Abu", "abu", "Guardians", "Dawn",
        "General", "Brigadier", "Minister", "Sheikh", "Karim", "Tamimi", "al-Tamimi", "Kata'ib", "Kata’ib", "Asa’ib", "KH's",
        "Hezbollah", "Tigris", "Valley", "Police", "police", "fired", "on", "a", "checkpoint", "said", "Officials", "Basra",
        "Front", "Army", "Units", "arrived", "(PMF)", "\"Sons", "“Iraq”", "Öztürk", "Çelik", "Ärzte", "é", "ℌ", "2nd", "5",
        "'Ib", "’Ib", "x'Y", "9'A", "Lt.", "Col.", "MP", "mp", "Saraya", "Salam", "Liwa", "Deputy", "Speaker", "Council",
        "and", "for", "de", "ad", "Ad", "Hamrin", "Mosul", "Operations", "Command", "Front:", "Movement", "Party", "Cell",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "", ", ", "\n", "-", ". ", "  ", "; ", "'", "’", ": ", "\"", " (", ") "];

    [Fact]
    public void Finds_what_the_word_list_version_found()
    {
        var random = new Random(20201125);
        for (var n = 0; n < 20000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 30);
            for (var k = 0; k < count; k++)
            {
                if (k > 0) sb.Append(Separators[random.Next(Separators.Length)]);
                sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            }
            var text = sb.ToString();
            var a = random.Next(text.Length + 1);
            var b = a + random.Next(text.Length - a + 1);
            var claimed = new List<TextSpan>();
            if (random.Next(3) == 0)
            {
                var c = random.Next(text.Length + 1);
                claimed.Add(new TextSpan(c, Math.Min(text.Length, c + random.Next(12))));
            }
            foreach (var range in new[] { new TextSpan(0, text.Length), new TextSpan(a, b) })
            {
                var expected = Describe(Reference.Find(text, range, claimed));
                var actual = Describe(UnresolvedActorFinder.Find(text, range, claimed));
                Assert.True(expected.SequenceEqual(actual), $"\"{text}\" {range}: reference [{string.Join(", ", expected)}], finder [{string.Join(", ", actual)}]");
            }
        }
    }

    private static string[] Describe(IReadOnlyList<ActorMention> found) => found.Select(m => $"{m.Span}:{m.Text}").ToArray();

    /// <summary>The finder as it was before it cut words lazily.</summary>
    private static class Reference
    {
        // The finder's own word lists: what is compared is how the words are cut and grouped.
        private static readonly HashSet<string> HeadWords = UnresolvedActorFinder.HeadWords;
        private static readonly HashSet<string> Titles = UnresolvedActorFinder.Titles;
        private static readonly HashSet<string> Connectors = UnresolvedActorFinder.Connectors;

        /// <summary>
        /// Actor-like capitalised phrases in <paramref name="range"/> that overlap none of <paramref name="claimed"/>
        /// (spans of resolved actors, places and dates).
        /// </summary>
        public static IReadOnlyList<ActorMention> Find(string text, TextSpan range, IReadOnlyList<TextSpan> claimed)
        {
            var result = new List<ActorMention>();
            var tokens = Tokens(text, range);
            var i = 0;
            while (i < tokens.Count)
            {
                if (!IsCapitalised(text, tokens[i]) || IsSentenceStartOnly(text, tokens, i)) { i++; continue; }
                // Grow a run of capitalised tokens joined by up to two connectors ("Guardians of the Dawn"), within one sentence.
                var j = i;
                while (true)
                {
                    var k = j + 1;
                    while (k < tokens.Count && k - j <= 2 && In(Connectors, text, tokens[k]) && !IsCapitalised(text, tokens[k])) k++;
                    if (k < tokens.Count && IsCapitalised(text, tokens[k]) && SameSentence(text, tokens[j], tokens[k])) j = k;
                    else break;
                }
                // Leading titles ("Brigadier General") are not part of the name, but say a person follows.
                var titled = i > 0 && In(Titles, text, tokens[i - 1]) && SameSentence(text, tokens[i - 1], tokens[i]);
                while (i < j && In(Titles, text, tokens[i])) { i++; titled = true; }
                var span = new TextSpan(tokens[i].Start, tokens[j].End);
                var hasHead = false;
                for (var k = i; k <= j; k++) if (In(HeadWords, text, tokens[k])) hasHead = true;
                var words = j - i + 1;
                if ((hasHead && words >= 2 || titled && words >= 2) && !Overlaps(span, claimed))
                    result.Add(new ActorMention(span, text.Substring(span.Start, span.Length), null, 0.3));
                i = j + 1;
            }
            return result;
        }

        // Reused by each thread: the tokens of every region were a large share of recognition's allocation.
        [ThreadStatic] private static List<TextSpan>? t_tokens;

        /// <summary>The tokens of <paramref name="range"/>, in a list this thread reuses: valid until the next call.</summary>
        private static List<TextSpan> Tokens(string text, TextSpan range)
        {
            var tokens = t_tokens ??= [];
            tokens.Clear();
            var i = range.Start;
            while (i < range.End)
            {
                while (i < range.End && !char.IsLetterOrDigit(text[i])) i++;
                var start = i;
                // Apostrophes inside a word belong to it (Kata'ib, Asa’ib); hyphens split (al-Shuhada).
                while (i < range.End && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < range.End && char.IsLetter(text[i + 1]) && i > start)))
                    i++;
                if (i > start) tokens.Add(new TextSpan(start, i));
            }
            return tokens;
        }

        // The finder's own sentence tests and lookups: only the cutting into a list and the walk over it are the old code's.
        private static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan> claimed) => UnresolvedActorFinder.Overlaps(span, claimed);

        private static bool In(HashSet<string> set, string text, TextSpan t) => UnresolvedActorFinder.In(set, text, t);

        private static bool IsCapitalised(string text, TextSpan t) => UnresolvedActorFinder.IsCapitalised(text, t);

        private static bool IsSentenceStartOnly(string text, List<TextSpan> tokens, int i) =>
            UnresolvedActorFinder.IsSentenceStartOnly(text, tokens[i], i + 1 < tokens.Count ? tokens[i + 1] : null);

        private static bool SameSentence(string text, TextSpan a, TextSpan b) => UnresolvedActorFinder.SameSentence(text, a, b);
    }
}
