using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Matching;

/// <summary>
/// One phrase found in a text: <paramref name="Span"/> in the original text (first token's start to last token's end),
/// every value registered for the matched phrase (several entries may share an alias; the caller resolves the
/// ambiguity), and the phrase as it was added.
/// </summary>
public readonly record struct PhraseMatch<T>(TextSpan Span, IReadOnlyList<T> Values, string Phrase);
