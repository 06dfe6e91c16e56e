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
        var lexicon = DocumentLexicon.Build(raw);
        var resolver = new LigatureResolver(lexicon, _words);

        // Each stage maps its output to its input; composing the maps keeps one map back to the raw text.
        var (unwrapped, toRaw) = new LineUnwrapper(new HyphenJoinRule(lexicon, _words, resolver)).Unwrap(raw, repairs);
        var (repaired, toUnwrapped) = new LigatureRepairer(resolver).Repair(unwrapped, raw, toRaw, repairs);
        toRaw = toUnwrapped.ComposeWith(toRaw);
        var beforeDrops = repairs.Count;
        var (text, toRepaired) = DuplicateSentenceRemover.Remove(repaired, raw, toRaw, repairs);
        toRaw = toRepaired.ComposeWith(toRaw);
        // A ligature inside a dropped repeat is not in the text any more: its repair would only mislead review.
        var dropped = repairs.Skip(beforeDrops).Select(r => r.RawSpan).ToList();
        if (dropped.Count > 0)
            repairs.RemoveAll(r => r.Kind == LigatureRepairer.Kind && dropped.Any(d => d.Contains(r.RawSpan)));

        repairs.Sort((x, y) => x.RawSpan.Start != y.RawSpan.Start
            ? x.RawSpan.Start.CompareTo(y.RawSpan.Start)
            : x.RawSpan.End.CompareTo(y.RawSpan.End));
        return new NormalisedText(raw, text, toRaw, repairs);
    }
}
