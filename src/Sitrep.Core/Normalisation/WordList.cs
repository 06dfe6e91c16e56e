using System.Reflection;

namespace Sitrep.Core.Normalisation;

/// <summary>
/// English words that contain a ligature pair (th, fi, fl, ff), from Resources/ligature-words.txt
/// (built by tools/wordlist/build.sh). Knows simple inflections and prefixes by checking the stem,
/// so "unfired" or "reshuffles" count as known when "fire"/"reshuffle" are listed.
/// </summary>
internal sealed class WordList
{
    private const string ResourceSuffix = "Resources.ligature-words.txt";
    private static readonly Lazy<WordList> ShippedList = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Prefixes = ["un", "re", "non", "pre", "dis", "mis", "in", "co", "over", "under", "out"];

    private readonly HashSet<string> _words;

    public WordList(IEnumerable<string> words) =>
        _words = new HashSet<string>(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);

    /// <summary>The shipped list, loaded once from the embedded resource.</summary>
    public static WordList Shipped => ShippedList.Value;

    public int Count => _words.Count;

    public bool Contains(string lowerWord) => _words.Contains(lowerWord);

    /// <summary>Listed as is, as an inflection of a listed stem, or as a prefix plus such a word.</summary>
    public bool IsKnown(string lowerWord)
    {
        if (IsKnownInflected(lowerWord)) return true;
        foreach (var prefix in Prefixes)
            if (lowerWord.Length > prefix.Length + 2 && lowerWord.StartsWith(prefix, StringComparison.Ordinal)
                && IsKnownInflected(lowerWord[prefix.Length..]))
                return true;
        return false;
    }

    private bool IsKnownInflected(string word)
    {
        if (_words.Contains(word)) return true;
        foreach (var stem in Inflections.Stems(word))
            if (_words.Contains(stem)) return true;
        return false;
    }

    private static WordList LoadShipped()
    {
        var assembly = typeof(WordList).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"Embedded resource *{ResourceSuffix} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var words = new List<string>(8192);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) words.Add(line);
        return new WordList(words);
    }
}
