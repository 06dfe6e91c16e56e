using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Sitrep.Core.Tests")]

namespace Sitrep.Core.Normalisation;

/// <summary>
/// Cleans text extracted from PDFs (and plain or HTML text) into paragraphs, keeping an exact map back to the raw
/// text: unwraps hard-wrapped lines, rejoins hyphenated words, drops layout repeats and restores lost ligatures
/// (U+FFFD). Typographic quotes and dashes are left as they are. Stateless and thread-safe.
/// </summary>
public sealed class TextNormaliser : INormaliser
{
    private readonly WordList _words;

    public TextNormaliser() : this(WordList.Shipped) { }

    internal TextNormaliser(WordList words) => _words = words;

    public NormalisedText Normalise(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var repairs = new List<Repair>();
        // Evidence comes from the document as printed: intact words and hyphenated pairs.
        // Only ligature repair and line-end hyphens consult it: most text from HTML or plain files has neither.
        var lexicon = raw.Contains(LigatureResolver.Lost) || HasLineEndHyphen(raw) ? DocumentLexicon.Build(raw) : DocumentLexicon.Empty;
        var resolver = new LigatureResolver(lexicon, _words);

        // Each stage is given its input's map to the raw text and hands back its output's.
        var (unwrapped, toRaw) = new LineUnwrapper(new HyphenJoinRule(lexicon, _words, resolver)).Unwrap(raw, repairs);
        (var repaired, toRaw) = new LigatureRepairer(resolver).Repair(unwrapped, raw, toRaw, repairs);
        var beforeDrops = repairs.Count;
        (var text, toRaw) = DuplicateSentenceRemover.Remove(repaired, raw, toRaw, repairs);
        lexicon.Release();
        // A ligature inside a dropped repeat is not in the text any more: its repair would only mislead review.
        var dropped = repairs.Skip(beforeDrops).Select(r => r.RawSpan).ToList();
        if (dropped.Count > 0)
            repairs.RemoveAll(r => r.Kind == LigatureRepairer.Kind && dropped.Any(d => d.Contains(r.RawSpan)));

        repairs.Sort((x, y) => x.RawSpan.Start != y.RawSpan.Start
            ? x.RawSpan.Start.CompareTo(y.RawSpan.Start)
            : x.RawSpan.End.CompareTo(y.RawSpan.End));
        return new NormalisedText(raw, text, toRaw, repairs);
    }

    /// <summary>A hyphen that ends a line (before any trailing spaces): a word may be split over the break.</summary>
    private static bool HasLineEndHyphen(string raw)
    {
        for (var at = raw.IndexOf('-'); at >= 0; at = raw.IndexOf('-', at + 1))
        {
            var i = at + 1;
            while (i < raw.Length && raw[i] is ' ' or '\t') i++;
            if (i < raw.Length && raw[i] is '\n' or '\r') return true;
        }
        return false;
    }
}
