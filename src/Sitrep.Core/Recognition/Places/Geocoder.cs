using Sitrep.Core.Knowledge;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition.Places;

/// <summary>
/// Chooses among same-named places using what the text says around them, and grades how precise a place mention is
/// (ACLED geo_precision: 1 the place itself, 2 near it or part of it, 3 only a governorate or larger region).
/// </summary>
public static class Geocoder
{
    /// <summary>How far around a mention other place names count as context (about a paragraph).</summary>
    private const int ContextChars = 400;

    /// <summary>A candidate list found at a span; the context every choice looks at.</summary>
    public readonly record struct Found(TextSpan Span, IReadOnlyList<Place> Candidates);

    /// <summary>
    /// The candidate of <paramref name="all"/>[<paramref name="index"/>] its neighbours make likeliest. <paramref name="all"/>
    /// is in text order (by span start), as a recognizer finds names: only the neighbours within reach are read.
    /// </summary>
    public static Place Choose(IReadOnlyList<Found> all, int index, string text)
    {
        var candidates = all[index].Candidates;
        if (candidates.Count == 1) return candidates[0];

        // Context: governorates that nearby unambiguous names pin down, and their coordinates.
        // Made only when a neighbour gives context: most ambiguous names have none close by.
        // A list, not a set: a handful of governorates at most, and a set's tables cost more than the scans.
        List<string>? governorates = null;
        List<Place>? points = null;
        var here = all[index].Span;
        // Outwards from the name, to the first neighbour out of reach on each side: a region can hold hundreds of names.
        for (var j = index - 1; j >= 0 && here.Start - all[j].Span.Start <= ContextChars; j--)
            AddContext(all[j], here, text, ref governorates, ref points);
        for (var j = index + 1; j < all.Count && all[j].Span.Start - here.Start <= ContextChars; j++)
            AddContext(all[j], here, text, ref governorates, ref points);

        Place? best = null;
        var bestScore = double.MinValue;
        // Indexed loops over the lists: a foreach over an IReadOnlyList allocates its enumerator.
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var score = Prominence(c);
            if (c.Governorate is not null && governorates is not null && governorates.Contains(c.Governorate)) score += 10;
            if (points is not null)
                foreach (var p in points)
                    if (Gazetteer.DistanceKm(c.Latitude, c.Longitude, p.Latitude, p.Longitude) < 60) { score += 5; break; }
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best!;
    }

    private static void AddContext(Found other, TextSpan here, string text, ref List<string>? governorates, ref List<Place>? points)
    {
        if (CrossesParagraph(text, here, other.Span)) return;
        var gov = SingleGovernorate(other.Candidates);
        if (gov is not null && !(governorates ??= []).Contains(gov)) governorates.Add(gov);
        if (other.Candidates.Count == 1 && other.Candidates[0].Kind is not (PlaceKind.Governorate or PlaceKind.Region or PlaceKind.Country))
            (points ??= []).Add(other.Candidates[0]);
    }

    /// <summary>A prior for an unqualified name: a city before a village of the same name, a bigger place before a smaller.</summary>
    public static double Prominence(Place p) => KindRank(p.Kind) + Math.Log10((p.Population ?? 0) + 1) * 0.5
        + (p.Country == "Iraq" ? 1 : 0);

    /// <summary>How specific a kind of place is: a neighbourhood or a base pins an event down more than its city.</summary>
    public static int Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.Neighbourhood or PlaceKind.Landmark or PlaceKind.Base or PlaceKind.Airport or PlaceKind.BorderCrossing
            or PlaceKind.OilField or PlaceKind.Dam => 5,
        PlaceKind.Village => 4,
        PlaceKind.Town or PlaceKind.City => 3,
        PlaceKind.District => 2,
        PlaceKind.Governorate or PlaceKind.Region => 1,
        _ => 0,
    };

    private static double KindRank(PlaceKind kind) => kind switch
    {
        PlaceKind.City => 4,
        PlaceKind.Governorate => 3.5,
        PlaceKind.Town => 3,
        PlaceKind.Base or PlaceKind.Airport or PlaceKind.BorderCrossing or PlaceKind.Landmark => 2.5,
        PlaceKind.District => 2,
        PlaceKind.Neighbourhood => 2,
        PlaceKind.Village => 1,
        _ => 1.5,
    };

    private static string? SingleGovernorate(IReadOnlyList<Place> candidates)
    {
        string? gov = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Governorate is null) return null;
            if (gov is null) gov = c.Governorate;
            else if (gov != c.Governorate) return null;
        }
        return gov;
    }

    private static bool CrossesParagraph(string text, TextSpan a, TextSpan b)
    {
        var from = Math.Min(a.End, b.End);
        var to = Math.Max(a.Start, b.Start);
        return from < to && text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);
    }

    private static readonly string[] NearWords =
    [
        "near", "outside", "outskirts", "vicinity", "around", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "central", "rural", "surrounding", "nearby", "close",
    ];

    /// <summary>ACLED geo_precision for a mention: 3 for a governorate or wider, 2 when the text says near/part of, else 1.</summary>
    public static int Precision(string text, TextSpan span, Place place)
    {
        if (place.Kind is PlaceKind.Governorate or PlaceKind.Region or PlaceKind.Country) return 3;
        // Look back up to three words in the same sentence: "near", "outskirts of", "north of", "southern".
        var p = span.Start;
        for (var words = 0; words < 3 && p > 0; words++)
        {
            var end = p;
            while (end > 0 && text[end - 1] is ' ' or '-') end--;
            if (end > 0 && text[end - 1] is '.' or ';' or '\n' or ':') break;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == end) break;
            var word = text.AsSpan(start, end - start);
            foreach (var w in NearWords)
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return 2;
            p = start;
        }
        return place.Kind == PlaceKind.District ? 2 : 1;
    }
}
