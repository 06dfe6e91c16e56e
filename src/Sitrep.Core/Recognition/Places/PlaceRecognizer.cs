using System.Buffers;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition.Matching;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Places;

/// <summary>
/// Finds gazetteer places in a text with one multi-pattern pass, then geocodes each in context: among same-named
/// places it prefers the one in a governorate or near a place named close by, and it grades precision as ACLED does.
/// </summary>
public sealed class PlaceRecognizer
{
    private static readonly Lazy<PlaceRecognizer> Shared = new(() => new PlaceRecognizer(Gazetteer.Default));

    private readonly Gazetteer _gazetteer;
    private readonly PhraseMatcher<Place> _matcher;
    private readonly SpellingVariants _variants;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        var builder = new PhraseMatcherBuilder<Place>();
        foreach (var (alias, place) in gazetteer.Aliases())
            builder.Add(alias, place);
        builder.OptionalLeadingTokens(ArabicArticles);
        _matcher = builder.Build();
        _variants = new SpellingVariants(gazetteer);
    }

    /// <summary>The recognizer over the shipped gazetteer (built once, thread-safe).</summary>
    public static PlaceRecognizer Default => Shared.Value;

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>The folded words of the matcher's phrases, for a lexicon shared with other recognizers.</summary>
    internal Dictionary<string, int> TokenIds => _matcher.TokenIds;

    // Transliterated Arabic articles: "Al Anbar", "Ar Ramadi", "As Sulaymaniyah", "An Najaf" name the same places.
    internal static readonly string[] ArabicArticles = ["al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az"];

    public IReadOnlyList<PlaceMention> Recognize(string text) => Recognize(text, new TextSpan(0, text.Length));

    public IReadOnlyList<PlaceMention> Recognize(string text, TextSpan range)
    {
        var matches = new List<PhraseMatch<Place>>();
        _matcher.MatchInto(text, range, matches);
        return Recognize(text, range, matches);
    }

    /// <summary>The places of <paramref name="range"/>, a part of what <paramref name="words"/> was cut from (cut once
    /// for every recognizer).</summary>
    internal IReadOnlyList<PlaceMention> Recognize(RegionWords words, TextSpan range)
    {
        // One match list per thread, reused: every region of every document needs one, and Recognize only reads it.
        var matches = t_matches ?? [];
        t_matches = null; // a nested call on this thread would get its own
        try
        {
            matches.Clear();
            _matcher.MatchWordsInto(words, range, matches);
            return Recognize(words.Text, range, matches);
        }
        finally
        {
            matches.Clear();
            t_matches = matches;
        }
    }

    [ThreadStatic] private static List<PhraseMatch<Place>>? t_matches;

    private IReadOnlyList<PlaceMention> Recognize(string text, TextSpan range, List<PhraseMatch<Place>> matches)
    {
        var found = new List<Geocoder.Found>(matches.Count);
        foreach (var match in matches)
        {
            var m = match with { Span = TrimEnglishArticle(text, match.Span) };
            if (LooksLikeProperName(text, m.Span) && !IsPersonName(text, m.Span) && !IsPartOfLongerName(text, m.Span))
                found.Add(new Geocoder.Found(m.Span, m.Values));
        }

        AddSpellingVariants(text, range, found);

        var result = new List<PlaceMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var place = Geocoder.Choose(found, i, text);
            var span = found[i].Span;
            result.Add(new PlaceMention(span, text.Substring(span.Start, span.Length), place,
                Geocoder.Precision(text, span, place), found[i].Candidates.Count == 1 ? 1.0 : 0.7));
        }
        AddGenericReferences(text, range, result);
        return result;
    }

    // "the airport", "the crossing": a generic noun refers back to the last place of that kind named in the same
    // paragraph; with none, it stays unresolved (never a guess).
    private static readonly (string Noun, PlaceKind Kind)[] GenericNouns =
    [
        ("airport", PlaceKind.Airport), ("border crossing", PlaceKind.BorderCrossing), ("crossing", PlaceKind.BorderCrossing),
        ("air base", PlaceKind.Base), ("base", PlaceKind.Base), ("dam", PlaceKind.Dam), ("refinery", PlaceKind.OilField),
        ("oil field", PlaceKind.OilField), ("field", PlaceKind.OilField), ("embassy", PlaceKind.Landmark),
    ];

    // "the airport", ...: made once rather than on every search of every region.
    private static readonly string[] GenericPhrases = GenericNouns.Select(n => "the " + n.Noun).ToArray();

    private const int GenericReach = 1500;

    // All the phrases in one vectorised search: ten searches of each region, one per phrase, cost more than the rest of
    // the generic pass.
    private static readonly SearchValues<string> GenericSearch = SearchValues.Create(GenericPhrases, StringComparison.OrdinalIgnoreCase);

    private static void AddGenericReferences(string text, TextSpan range, List<PlaceMention> mentions)
    {
        // A generic noun only refers back to a named place of its kind: with none in the region, nothing to search for.
        if (!HasGenericKind(mentions)) return;
        List<(int Noun, PlaceMention Mention)>? added = null;
        // Per phrase, where its next occurrence may start: a search for one phrase went on after the end of its last hit.
        Span<int> nextFrom = stackalloc int[GenericNouns.Length];
        for (var from = range.Start; from < range.End;)
        {
            var i = text.AsSpan(from, range.End - from).IndexOfAny(GenericSearch);
            if (i < 0) break;
            var at = from + i;
            for (var n = 0; n < GenericNouns.Length; n++)
            {
                var phrase = GenericPhrases[n];
                if (at < nextFrom[n] || at + phrase.Length > range.End
                    || !text.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)) continue;
                nextFrom[n] = at + phrase.Length;
                if (Reference(text, at, n, mentions) is { } mention) (added ??= []).Add((n, mention));
            }
            from = at + 1;
        }
        if (added is null) return;
        // In the order a search per phrase found them (phrase, then text order): the sort below is not stable.
        added.Sort((a, b) => a.Noun != b.Noun ? a.Noun.CompareTo(b.Noun) : a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
        foreach (var a in added) mentions.Add(a.Mention);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static bool HasGenericKind(List<PlaceMention> mentions)
    {
        foreach (var m in mentions)
            if (m.Place is { } p)
                foreach (var (_, kind) in GenericNouns)
                    if (p.Kind == kind) return true;
        return false;
    }

    /// <summary>
    /// The generic noun of phrase <paramref name="n"/> at <paramref name="at"/> as a mention of its antecedent; null
    /// when it is part of a longer word, may be a name, overlaps a named place or has no antecedent. Generic nouns
    /// never overlap one another, so only the named places matter.
    /// </summary>
    private static PlaceMention? Reference(string text, int at, int n, List<PlaceMention> mentions)
    {
        var (noun, kind) = GenericNouns[n];
        var start = at + 4;
        var end = start + noun.Length;
        if (end < text.Length && char.IsLetter(text[end])) return null;          // "the bases", "the damage"
        if (!char.IsLower(text[start])) return null;                              // "the Embassy" may be a name: left to the matcher
        var span = new TextSpan(start, end);
        foreach (var m in mentions)
            if (m.Span.Overlaps(span)) return null;
        var antecedent = mentions.LastOrDefault(m => m.Span.End <= start && start - m.Span.End <= GenericReach
            && m.Place is { } p && p.Kind == kind && (kind != PlaceKind.Landmark || p.Name.Contains(noun, StringComparison.OrdinalIgnoreCase))
            && !text.AsSpan(m.Span.End, start - m.Span.End).Contains("\n\n", StringComparison.Ordinal));
        return antecedent is null ? null : new PlaceMention(span, text.Substring(start, noun.Length), antecedent.Place, antecedent.GeoPrecision, 0.6);
    }

    // Titles before a name make it a person's ("Captain Walid", "Sheikh Hameed"), whatever the gazetteer holds.
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "captain", "capt", "colonel", "col", "general", "gen", "brigadier", "lieutenant", "lt", "major", "maj", "sergeant",
        "sgt", "sheikh", "shaykh", "sheik", "mr", "mrs", "ms", "dr", "imam", "sayyid", "mullah", "judge", "minister", "mp",
    };

    // Arabic place names are often compounds: "Abu Karmah", "Hay al-Sinai", "Bab Sinjar", "Albu Hassan". A known name
    // right after one of these heads, or a head word followed by "al-Name", belongs to an unknown longer name.
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "abu", "umm", "um", "bani", "albu", "bu", "hay", "hai", "bab", "qaryat", "tal", "tel", "tell", "ain", "ayn", "khan",
        "jurf", "kafr", "bir", "imam", "sheikh", "shaykh", "ras", "jisr", "suq", "souq", "nahr", "wadi", "jabal", "jebel",
    };

    private static bool IsPartOfLongerName(string text, TextSpan span)
    {
        // The word before: "Abu Karmah" (the match is "Karmah").
        var before = Words.Before(text, span.Start, " -");
        if (!before.IsEmpty && before.End < span.Start && char.IsUpper(text[before.Start]) && CompoundHeadLookup.Contains(before.Slice(text)))
            return true;
        // The match is itself a head followed by "al-Name": "Hay al-Sinai" (the match is "Hay").
        var surface = text.AsSpan(span.Start, span.Length);
        if (surface.IndexOf(' ') < 0 && CompoundHeadLookup.Contains(surface))
        {
            var after = text.AsSpan(span.End);
            var trimmed = after.TrimStart(' ');
            if (trimmed.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("al ", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // Looked up by span: these tests run on every match, and a string of the word around each was allocated for them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitleLookup =
        PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundHeadLookup =
        CompoundHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPersonName(string text, TextSpan span)
    {
        var before = Words.Before(text, span.Start, " .");
        return !before.IsEmpty && PersonTitleLookup.Contains(before.Slice(text));
    }

    // Transliterated articles that are also English words: "at Baghdad airport" is not "At-Baghdad".
    private static readonly string[] EnglishHomographs = ["an", "as", "at", "ad"];

    /// <summary>Drops a leading lower-case "an/as/at/ad " the matcher took as an Arabic article; "As-Sulaymaniyah" keeps it.</summary>
    private static TextSpan TrimEnglishArticle(string text, TextSpan span)
    {
        foreach (var a in EnglishHomographs)
            if (span.Length > a.Length + 1 && text.AsSpan(span.Start, a.Length).SequenceEqual(a) && text[span.Start + a.Length] == ' ')
            {
                var start = span.Start + a.Length;
                while (start < span.End && text[start] == ' ') start++;
                return new TextSpan(start, span.End);
            }
        return span;
    }

    /// <summary>
    /// Names the gazetteer does not hold as spelled, but the text calls places ("Khanaquin area", "the town of
    /// Dhuliyah"): looked up by consonant skeleton, inside the governorates named nearby when there are any.
    /// </summary>
    private void AddSpellingVariants(string text, TextSpan range, List<Geocoder.Found> found)
    {
        var added = false;
        // Looked up by span: this runs on every place word of every document.
        var placeWords = SpellingVariants.PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>();
        // Only the words around each place word are cut (a vectorised search finds them): most regions hold one, and
        // cutting the whole region into words again cost more than the rest of this pass.
        for (var from = range.Start; from < range.End;)
        {
            var hit = text.AsSpan(from, range.End - from).IndexOfAny(PlaceWordSearch);
            if (hit < 0) break;
            var at = from + hit;
            from = at + 1;
            if (at > range.Start && char.IsLetter(text[at - 1])) continue; // inside a longer word
            // "campaign", "headquarters", "based": the search finds place words inside longer ones; the word there, cut
            // as WordSpans cuts it, must be one before the words around it are cut.
            if (!placeWords.Contains(WordAt(text, range, at))) continue;
            var words = WordsAround(text, range, at, out var i);
            if (i < 0 || !placeWords.Contains(words[i].Slice(text))) continue;
            // "X Y village" (name before the word) or "village of X Y" (after it).
            TextSpan? name = NameBefore(text, words, i) ?? NameAfterOf(text, words, i);
            if (name is not { } span || OverlapsAny(found, span)) continue;
            var context = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in found)
                if (Math.Abs(f.Span.Start - span.Start) < 300 && f.Candidates.Count == 1 && f.Candidates[0].Governorate is { } g
                    && f.Candidates[0].Kind is PlaceKind.Governorate or PlaceKind.District or PlaceKind.City)
                    context.Add(g);
            var candidates = _variants.Find(text.Substring(span.Start, span.Length), context);
            if (candidates.Count == 0 || candidates.Count > 1 && !AllClose(candidates)) continue;
            found.Add(new Geocoder.Found(span, [candidates[0]]));
            added = true;
        }
        if (added) found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Words the name tests may read either side of a place word (<see cref="NameBefore"/> reads four before it,
    /// <see cref="NameAfterOf"/> four after), plus one to tell the region's first word from a word inside it.</summary>
    private const int Around = 5;

    /// <summary>
    /// The words of <paramref name="range"/> (as <see cref="WordSpans"/> cuts them) from <see cref="Around"/> before
    /// the word that starts at <paramref name="at"/> to <see cref="Around"/> after it, in a list this thread reuses;
    /// <paramref name="index"/> is that word's place in the list, or -1 when no word starts there. Fewer words before
    /// it only when the region has no more: index 0 is then the region's first word, as in the whole region's list.
    /// </summary>
    private static List<TextSpan> WordsAround(string text, TextSpan range, int at, out int index)
    {
        // Start far enough back for the words needed, at whitespace: words hold only letters and apostrophes, so a cut
        // from there gives the words the cut from the region's start gives.
        for (var reach = 64; ; reach *= 4)
        {
            var start = Math.Max(range.Start, at - reach);
            while (start > range.Start && !char.IsWhiteSpace(text[start - 1])) start--;
            var words = WordSpans(text, new TextSpan(start, range.End), stopAfter: at, more: Around);
            index = -1;
            for (var k = 0; k < words.Count && words[k].Start <= at; k++)
                if (words[k].Start == at) index = k;
            // No word starts there (an apostrophe joins it to the word before), or enough words before it.
            if (index < 0 || index >= Around || start == range.Start) return words;
        }
    }

    /// <summary>The word starting at <paramref name="at"/>, as <see cref="WordSpans"/> would cut it from there.</summary>
    private static ReadOnlySpan<char> WordAt(string text, TextSpan range, int at)
    {
        var i = at;
        while (i < range.End && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '`' && i + 1 < range.End && char.IsLetter(text[i + 1]))) i++;
        return text.AsSpan(at, i - at);
    }

    private static readonly SearchValues<string> PlaceWordSearch =
        SearchValues.Create([.. SpellingVariants.PlaceWords], StringComparison.OrdinalIgnoreCase);

    // A loop, not a lambda: a closure over the span would be allocated for every word of the text.
    private static bool OverlapsAny(List<Geocoder.Found> found, TextSpan span)
    {
        foreach (var f in found)
            if (f.Span.Overlaps(span)) return true;
        return false;
    }

    private static bool AllClose(IReadOnlyList<Place> places) =>
        places.All(p => Gazetteer.DistanceKm(p.Latitude, p.Longitude, places[0].Latitude, places[0].Longitude) < 10);

    // Reused by each thread: a list of every word of every region was a large share of recognition's allocation.
    [ThreadStatic] private static List<TextSpan>? t_words;

    /// <summary>
    /// The words of <paramref name="range"/>, in a list this thread reuses: valid until the next call. With
    /// <paramref name="stopAfter"/>, the cut ends <paramref name="more"/> words after the first word that ends past it.
    /// </summary>
    private static List<TextSpan> WordSpans(string text, TextSpan range, int stopAfter = int.MaxValue, int more = 0)
    {
        var words = t_words ??= [];
        words.Clear();
        var i = range.Start;
        var left = -1;
        while (i < range.End && left != 0)
        {
            while (i < range.End && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < range.End && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '`' && i + 1 < range.End && char.IsLetter(text[i + 1]))) i++;
            if (i > start)
            {
                words.Add(new TextSpan(start, i));
                if (left > 0) left--;
                else if (left < 0 && i > stopAfter) left = more;
            }
        }
        return words;
    }

    private static bool Capitalised(string text, TextSpan w) => char.IsUpper(text[w.Start]);

    private static bool IsArticle(string text, TextSpan w)
    {
        if (w.Length > 3) return false;
        var word = w.Slice(text);
        foreach (var a in ArabicArticles)
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Only spaces or a hyphen between two words: they belong to one name.</summary>
    private static bool Joined(string text, TextSpan a, TextSpan b)
    {
        for (var p = a.End; p < b.Start; p++) if (text[p] is not (' ' or '-')) return false;
        return b.Start - a.End <= 2;
    }

    private static TextSpan? NameBefore(string text, List<TextSpan> words, int placeWord)
    {
        var j = placeWord - 1;
        if (j < 0 || !Capitalised(text, words[j]) || !Joined(text, words[j], words[placeWord])) return null;
        var first = j;
        while (first - 1 >= 0 && placeWord - (first - 1) <= 3 && Joined(text, words[first - 1], words[first])
               && (Capitalised(text, words[first - 1]) || IsArticle(text, words[first - 1])))
            first--;
        // A sentence-initial word alone is not a name ("Police area..."): need a lower-case word or comma before it.
        if (first == 0 || text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).IndexOfAny(".!?") >= 0)
            if (first == j) return null;
        return new TextSpan(words[first].Start, words[j].End);
    }

    private static TextSpan? NameAfterOf(string text, List<TextSpan> words, int placeWord)
    {
        var of = placeWord + 1;
        if (of + 1 >= words.Count || !text.AsSpan(words[of].Start, words[of].Length).Equals("of", StringComparison.Ordinal)) return null;
        var first = of + 1;
        if (!Capitalised(text, words[first]) && !IsArticle(text, words[first])) return null;
        var last = first;
        while (last + 1 < words.Count && last + 1 - first < 3 && Joined(text, words[last], words[last + 1]) && Capitalised(text, words[last + 1]))
            last++;
        return Capitalised(text, words[last]) ? new TextSpan(words[first].Start, words[last].End) : null;
    }

    /// <summary>
    /// Places are proper names: at least one token of the surface form starts with a capital letter. A descriptive
    /// name of three words or more ("the prime minister's residence") is specific enough in lower case too.
    /// </summary>
    private static bool LooksLikeProperName(string text, TextSpan span)
    {
        if (text.AsSpan(span.Start, span.Length).Count(' ') >= 2) return true;
        var atTokenStart = true;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (atTokenStart && char.IsUpper(c)) return true;
                atTokenStart = false;
            }
            else atTokenStart = c is ' ' or '-' or '\n' or '\u00A0';
        }
        return false;
    }
}
