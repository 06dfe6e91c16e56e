using System.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>How sure a ligature choice is: the document spells the word out, the word list knows it, or neither.</summary>
internal enum LigatureEvidence { None = 0, WordList = 1, Document = 2 }

/// <summary>The repaired word, the letters chosen for each U+FFFD in order, and what backed the choice.</summary>
internal readonly record struct LigatureChoice(string Word, IReadOnlyList<string> Pieces, LigatureEvidence Evidence);

/// <summary>
/// Chooses the letters behind each U+FFFD in a word. PDF fonts ligate "Th" (capital, so only word-initially)
/// and the lower-case fi, fl, ff, ffi, ffl; the pick is the candidate that makes a word the document spells
/// out, else one the word list knows, else a positional default ("Th" starting a name, "fi" inside a word).
/// </summary>
internal sealed class LigatureResolver(DocumentLexicon document, WordList words)
{
    public const char Lost = '\uFFFD';
    private const int MaxLostPerWord = 3; // 7^3 candidates at most

    // Order breaks ties between equally backed candidates: the commoner ligature first.
    private static readonly string[] Initial = ["fi", "fl", "th", "ff"];
    private static readonly string[] Internal = ["fi", "ff", "fl", "ffi", "ffl"];

    /// <param name="word">Letters and U+FFFD only.</param>
    /// <param name="capitalContext">The word starts a sentence, follows a capitalised word or "al-": a word-initial
    /// ligature there is the capital "Th" whenever that makes a known word.</param>
    /// <param name="properNoun">The word is part of a name (it precedes "al-", "bin"...): a word-initial
    /// ligature is "Th" unless the document itself spells out another reading ("�amer al-Husseini" is
    /// Thamer, though the word list knows "flamer").</param>
    public LigatureChoice Resolve(string word, bool capitalContext, bool properNoun = false)
    {
        var lost = new List<int>();
        for (var i = 0; i < word.Length; i++) if (word[i] == Lost) lost.Add(i);
        if (lost.Count == 0)
        {
            var lowerWord = word.ToLowerInvariant();
            return new LigatureChoice(word, [], document.Contains(lowerWord) ? LigatureEvidence.Document
                : words.IsKnown(lowerWord) ? LigatureEvidence.WordList : LigatureEvidence.None);
        }

        string[]? best = null;
        var bestScore = (Evidence: -1, Th: 0, Count: 0, Rank: 0);
        if (lost.Count <= MaxLostPerWord)
        {
            var pick = new string[lost.Count];
            var index = new int[lost.Count];
            while (true)
            {
                var rank = 0;
                for (var k = 0; k < lost.Count; k++)
                {
                    var set = lost[k] == 0 ? Initial : Internal;
                    pick[k] = set[index[k]];
                    rank += index[k];
                }
                var lower = Fill(word, lost, pick).ToLowerInvariant();
                var evidence = document.Contains(lower) ? LigatureEvidence.Document
                    : words.IsKnown(lower) ? LigatureEvidence.WordList : LigatureEvidence.None;
                // In a name only the document's own spelling outweighs "Th": the word list knows "flamer".
                if (properNoun && lost[0] == 0 && pick[0] != "th" && evidence == LigatureEvidence.WordList)
                    evidence = LigatureEvidence.None;
                if (evidence != LigatureEvidence.None)
                {
                    var th = capitalContext && lost[0] == 0 && pick[0] == "th" ? 1 : 0;
                    var score = ((int)evidence, th, document.Count(lower), -rank);
                    // A capital context prefers "Th" over any other known word; otherwise evidence, frequency, rank.
                    if (best is null || Better(score, bestScore))
                    {
                        best = (string[])pick.Clone();
                        bestScore = score;
                    }
                }
                if (!Advance(index, lost)) break;
            }
        }

        if (best is null)
        {
            // Unknown word, likely a name: "Th" opens names (Thamer, al-Thaniya), "fi" is the commonest inside.
            best = new string[lost.Count];
            for (var k = 0; k < lost.Count; k++) best[k] = lost[k] == 0 ? "Th" : "fi";
            return Choice(word, lost, best, LigatureEvidence.None);
        }
        if (lost[0] == 0 && best[0] == "th" && (capitalContext || properNoun)) best[0] = "Th";
        return Choice(word, lost, best, (LigatureEvidence)bestScore.Evidence);
    }

    private static bool Better((int E, int Th, int C, int R) a, (int E, int Th, int C, int R) b)
    {
        if (a.Th != b.Th && Math.Min(a.E, b.E) > 0) return a.Th > b.Th;
        if (a.E != b.E) return a.E > b.E;
        if (a.C != b.C) return a.C > b.C;
        return a.R > b.R;
    }

    private static bool Advance(int[] index, List<int> lost)
    {
        for (var k = index.Length - 1; k >= 0; k--)
        {
            var size = lost[k] == 0 ? Initial.Length : Internal.Length;
            if (++index[k] < size) return true;
            index[k] = 0;
        }
        return false;
    }

    private static string Fill(string word, List<int> lost, string[] pick)
    {
        var sb = new StringBuilder(word.Length + lost.Count * 2);
        var k = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (k < lost.Count && lost[k] == i) sb.Append(pick[k++]);
            else sb.Append(word[i]);
        }
        return sb.ToString();
    }

    // A word in capitals ("�E REPORT") takes the ligature in capitals too.
    private static LigatureChoice Choice(string word, List<int> lost, string[] pick, LigatureEvidence evidence)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 2 && upper == letters)
            for (var k = 0; k < pick.Length; k++) pick[k] = pick[k].ToUpperInvariant();
        return new LigatureChoice(Fill(word, lost, pick), pick, evidence);
    }
}
