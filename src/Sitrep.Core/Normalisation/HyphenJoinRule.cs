namespace Sitrep.Core.Normalisation;

/// <summary>
/// Decides whether a hyphen at a line end splits one word ("desig-" + "nated": drop it) or belongs to a
/// compound ("al-" + "Soleimani", "pro-" + "Kadhimi": keep it, joined without a space).
/// </summary>
internal sealed class HyphenJoinRule(DocumentLexicon document, WordList words, LigatureResolver resolver)
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "abu", "us", "pro", "anti", "non", "co", "ex", "self", "post", "pre", "iran", "ibn", "bin",
    };

    /// <param name="first">Letters before the hyphen, back to the previous non-letter ("desig" in "US-desig-").</param>
    /// <param name="second">Letters that open the next line.</param>
    /// <returns>True to keep the hyphen.</returns>
    public bool KeepHyphen(string first, string second)
    {
        if (second.Length == 0 || first.Length == 0) return true;
        if (char.IsUpper(second[0])) return true;
        if (document.ContainsCompound(first, second)) return true;
        if (IsKnown(first + second)) return false;
        if (Prefixes.Contains(first)) return true;
        // Lower case continues the word; a lost ligature opening an unknown word is most likely a "Th" name.
        return !char.IsLower(second[0]);
    }

    private bool IsKnown(string joined)
    {
        if (joined.Contains(LigatureResolver.Lost))
            return resolver.Resolve(joined, capitalContext: false).Evidence != LigatureEvidence.None;
        var lower = joined.ToLowerInvariant();
        return document.Contains(lower) || words.IsKnown(lower);
    }
}
