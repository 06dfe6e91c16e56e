using Sitrep.Core.Text;

namespace Sitrep.Core.Extraction;

/// <summary>
/// What the people an operation stopped were allegedly planning to hit: "was planning additional attacks on government
/// targets", "thwarted planned attacks on the U.S. Embassy". Sources disagree on it as they do on figures, so each
/// act gets the side the planned target belongs to (<c>plan:us</c>, <c>plan:iraqi-government</c>), with its span.
/// </summary>
internal static class PlanReader
{
    private static readonly string[] PlanWords = ["planning", "planned", "plotting", "plotted", "preparing", "intending", "intended"];
    private static readonly string[] Objects = ["attacks on ", "attack on ", "attacks against ", "attack against ", "strikes on "];

    /// <summary>Adds the planned target of each security act, read from its own stretch of the region.</summary>
    public static void Read(string text, List<ActCandidate> candidates, TextSpan region)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (EventFamilies.GroupOf(c.Family) is not (FamilyGroup.Security or FamilyGroup.Violence)) continue;
            var end = i + 1 < candidates.Count && candidates[i + 1].Sentence.Start > c.Sentence.Start ? candidates[i + 1].Sentence.Start : region.End;
            if (Find(text, new TextSpan(c.Sentence.Start, Math.Max(c.Sentence.End, end))) is { } plan)
                c.Sources["plan:" + plan.Side] = plan.Span;
        }
    }

    private static (string Side, TextSpan Span)? Find(string text, TextSpan scope)
    {
        var s = text.AsSpan(scope.Start, scope.Length);
        foreach (var w in PlanWords)
        {
            var at = s.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            // The object within a few words: "planning additional rocket attacks on ...".
            var rest = s[at..Math.Min(s.Length, at + w.Length + 40)];
            foreach (var o in Objects)
            {
                var oat = rest.IndexOf(o, StringComparison.OrdinalIgnoreCase);
                if (oat < 0) continue;
                var targetStart = at + oat + o.Length;
                var targetEnd = targetStart;
                // The target phrase runs to the end of its clause (the stop of "U.S." does not end it).
                while (targetEnd < s.Length && s[targetEnd] is not (';' or ',' or '(') && !SentenceStop(s, targetEnd)
                       && targetEnd - targetStart < 90) targetEnd++;
                var target = s[targetStart..targetEnd];
                if (Side(target) is not { } side) return null;
                return (side, new TextSpan(scope.Start + at, scope.Start + targetEnd));
            }
        }
        return null;
    }

    private static bool SentenceStop(ReadOnlySpan<char> s, int i) =>
        s[i] == '.' && (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1])) && i > 0 && char.IsLower(s[i - 1]);

    /// <summary>Whose targets: the United States (its embassy, troops, bases) or the Iraqi government.</summary>
    private static string? Side(ReadOnlySpan<char> target)
    {
        if (target.Contains("U.S.", StringComparison.Ordinal) || target.Contains("US ", StringComparison.Ordinal)
            || target.Contains("American", StringComparison.Ordinal) || target.Contains("coalition", StringComparison.OrdinalIgnoreCase)
            || target.Contains("embassy", StringComparison.OrdinalIgnoreCase)) return "us";
        if (target.Contains("government", StringComparison.OrdinalIgnoreCase) || target.Contains("Iraqi", StringComparison.Ordinal)
            || target.Contains("ministry", StringComparison.OrdinalIgnoreCase)) return "iraqi-government";
        return null;
    }
}
