namespace Sitrep.Core.Normalisation;

/// <summary>Candidate stems of an English word with a regular suffix removed (-s, -es, -ed, -ing, -ly, -ation...).</summary>
internal static class Inflections
{
    private const int MinStem = 3;

    public static IEnumerable<string> Stems(string w)
    {
        foreach (var s in Raw(w))
            if (s.Length >= MinStem) yield return s;
    }

    private static IEnumerable<string> Raw(string w)
    {
        if (Ends(w, "ies")) yield return w[..^3] + "y";
        if (Ends(w, "es")) yield return w[..^2];
        if (Ends(w, "s") && !Ends(w, "ss")) yield return w[..^1];
        if (Ends(w, "ied")) yield return w[..^3] + "y";
        if (Ends(w, "ed"))
        {
            yield return w[..^2];
            yield return w[..^1]; // fired -> fire
            if (DoubledBefore(w, 2)) yield return w[..^3];
        }
        if (Ends(w, "ing"))
        {
            yield return w[..^3];
            yield return w[..^3] + "e"; // reshuffling -> reshuffle
            if (DoubledBefore(w, 3)) yield return w[..^4];
        }
        if (Ends(w, "ily")) yield return w[..^3] + "y";
        if (Ends(w, "ly")) yield return w[..^2];
        if (Ends(w, "ication")) yield return w[..^7] + "y";
        if (Ends(w, "ation"))
        {
            yield return w[..^5];
            yield return w[..^5] + "e";
            yield return w[..^5] + "ate";
        }
        if (Ends(w, "ers")) yield return w[..^3];
        if (Ends(w, "er")) { yield return w[..^2]; yield return w[..^1]; }
        if (Ends(w, "est")) { yield return w[..^3]; yield return w[..^2]; }
        foreach (var suffix in (string[])["ness", "ment", "ments", "ful", "less", "ity", "ism", "ist", "ists"])
            if (Ends(w, suffix)) yield return w[..^suffix.Length];
    }

    private static bool Ends(string w, string suffix) => w.Length > suffix.Length && w.EndsWith(suffix, StringComparison.Ordinal);

    private static bool DoubledBefore(string w, int suffixLength) =>
        w.Length >= suffixLength + 2 && w[^(suffixLength + 1)] == w[^(suffixLength + 2)];
}
