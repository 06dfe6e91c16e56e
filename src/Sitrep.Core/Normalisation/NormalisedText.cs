using Sitrep.Core.Text;

namespace Sitrep.Core.Normalisation;

/// <summary>What a repair did: kind (ligature, dehyphenation, unwrap, duplicate), the raw span it replaced and the result.</summary>
public sealed record Repair(string Kind, TextSpan RawSpan, string Original, string Replacement);

/// <summary>The normalised text, the map back to the raw text, and the list of repairs for review.</summary>
public sealed record NormalisedText(string Raw, string Text, OffsetMap Map, IReadOnlyList<Repair> Repairs)
{
    public TextSpan ToRaw(TextSpan span) => Map.ToRaw(span);
}

public interface INormaliser
{
    NormalisedText Normalise(string raw);
}
