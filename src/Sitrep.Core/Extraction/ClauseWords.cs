using System.Runtime.CompilerServices;

namespace Sitrep.Core.Extraction;

/// <summary>
/// A few words of a clause, nearest first, as <see cref="ClauseReader.WordsBefore"/> and
/// <see cref="ClauseReader.WordsAfter"/> read them. Extraction reads them around nearly every trigger, actor and
/// date, so they are held inline rather than in a list allocated per call. Supports <c>Count</c>, an indexer,
/// <c>foreach</c>, list patterns (<c>is ["by"]</c>) and <see cref="Contains"/>.
/// </summary>
public struct ClauseWords
{
    /// <summary>The most words one call reads.</summary>
    public const int Capacity = 12;

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private string? _first;
    }

    private Buffer _words;

    public int Count { readonly get; private set; }

    public readonly string this[int index] =>
        (uint)index < (uint)Count ? _words[index]! : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {Count} word(s).");

    internal void Add(string word)
    {
        if (Count == Capacity) throw new InvalidOperationException($"A clause reading holds at most {Capacity} words.");
        _words[Count++] = word;
    }

    /// <summary>Whether one of the words is <paramref name="word"/> (ordinal, as the words are lower-cased).</summary>
    public readonly bool Contains(string word)
    {
        for (var i = 0; i < Count; i++)
            if (string.Equals(_words[i], word, StringComparison.Ordinal)) return true;
        return false;
    }

    public readonly Enumerator GetEnumerator() => new(this);

    public struct Enumerator(ClauseWords words)
    {
        private readonly ClauseWords _words = words;
        private int _index = -1;

        public readonly string Current => _words[_index];

        public bool MoveNext() => ++_index < _words.Count;
    }
}
