namespace Sitrep.Core.Normalisation;

/// <summary>
/// The words a document spells out intact (no U+FFFD), with counts, and the hyphenated pairs it uses:
/// the first evidence for a ligature or a line-end hyphen is how the same document writes the word.
/// </summary>
internal sealed class DocumentLexicon
{
    // Tables of a larger document are not kept for the next one.
    private const int MaxKeptChars = 1 << 20;

    // Built for every document with a lost ligature or a line-end hyphen, and dropped at the end of its normalisation:
    // one lexicon per thread is reused, so that building one allocates nothing once the tables have grown.
    [ThreadStatic] private static DocumentLexicon? t_spare;

    private readonly KeyTable _words = new();
    private readonly KeyTable _compounds = new();

    /// <summary>No words at all: for a text with nothing to repair.</summary>
    public static DocumentLexicon Empty { get; } = new();

    /// <summary>
    /// The lexicon of <paramref name="text"/>, in this thread's spare tables when they are free: hand it back with
    /// <see cref="Release"/> once the document is done.
    /// </summary>
    public static DocumentLexicon Build(string text)
    {
        var lexicon = t_spare ?? new DocumentLexicon();
        t_spare = null;
        // Distinct words grow more slowly than the text: a table this size rarely needs to grow.
        lexicon._words.Reset(text.Length / 16);
        lexicon._compounds.Reset(16);
        lexicon.Fill(text);
        return lexicon;
    }

    /// <summary>Gives the tables to the next <see cref="Build"/> on this thread; this lexicon must not be used after.</summary>
    public void Release()
    {
        if (ReferenceEquals(this, Empty) || _words.Chars > MaxKeptChars || _compounds.Chars > MaxKeptChars) return;
        t_spare = this;
    }

    private void Fill(string text)
    {
        // Words are lower-cased into a buffer and counted by span: the table copies a word's chars only when it is new.
        Span<char> buffer = stackalloc char[256];
        var previous = (Start: -1, Length: 0); // the part before the hyphen, in the buffer
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            // A token is word chars joined by single ASCII hyphens ("US-designated", "al-Qaim-Abu").
            var used = 0;
            previous = (-1, 0);
            while (i < text.Length && IsWordChar(text[i]))
            {
                var s = i;
                var lost = false;
                while (i < text.Length && IsWordChar(text[i])) lost |= text[i++] == '\uFFFD';
                var part = text.AsSpan(s, i - s);
                // The limits of the fixed buffer this lexicon was first built in: a part past them is not counted and
                // starts the token over. The compound key is kept apart, so no part, however long, overflows.
                if (lost || part.Length > 100 || used + part.Length * 2 + 1 > buffer.Length)
                {
                    previous = (-1, 0);
                    used = 0;
                }
                else
                {
                    var lower = buffer.Slice(used, part.Length);
                    LowerInto(part, lower);
                    _words.Increment(lower);
                    if (previous.Start >= 0)
                        _compounds.AddCompound(buffer.Slice(previous.Start, previous.Length), lower);
                    previous = (used, part.Length);
                    used += part.Length;
                }
                if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1])) i++;
                else break;
            }
        }
    }

    /// <summary>Lower-cases as <see cref="MemoryExtensions.ToLowerInvariant"/> does, without its call for ASCII words.</summary>
    private static void LowerInto(ReadOnlySpan<char> part, Span<char> lower)
    {
        for (var k = 0; k < part.Length; k++)
        {
            var c = part[k];
            if (c >= 0x80)
            {
                part.ToLowerInvariant(lower);
                return;
            }
            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
    }

    /// <summary>How often the document spells <paramref name="lowerWord"/> out (lower-case).</summary>
    public int Count(string lowerWord) => _words.Find(lowerWord);

    /// <summary>How often the document spells <paramref name="lowerWord"/> out (lower-case).</summary>
    public int Count(ReadOnlySpan<char> lowerWord) => _words.Find(lowerWord);

    public bool Contains(string lowerWord) => _words.Find(lowerWord) > 0;

    public bool Contains(ReadOnlySpan<char> lowerWord) => _words.Find(lowerWord) > 0;

    /// <summary>Whether the document writes <c>first-second</c> with a hyphen somewhere (case-insensitive).</summary>
    public bool ContainsCompound(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        var key = length <= 256 ? stackalloc char[256] : new char[length];
        key = key[..length];
        first.AsSpan().ToLowerInvariant(key);
        key[first.Length] = '-';
        second.AsSpan().ToLowerInvariant(key[(first.Length + 1)..]);
        return _compounds.Find(key) > 0;
    }

    /// <summary>Letters plus U+FFFD, which stands for lost ligature letters inside a word.</summary>
    public static bool IsWordChar(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c) || c == '\uFFFD';

    /// <summary>
    /// Counts by key, the keys' chars kept in one array: an open-addressing table that a new document clears
    /// instead of allocating.
    /// </summary>
    private sealed class KeyTable
    {
        private char[] _chars = new char[1024];
        private int _charCount;
        private (int Start, int Length, int Hash, int Count)[] _entries = new (int, int, int, int)[64];
        private int _count;
        private int[] _slots = new int[128]; // entry index + 1; 0 is empty
        private int _mask = 127;

        public int Chars => _chars.Length;

        /// <summary>Empties the table, with room for about <paramref name="expected"/> keys.</summary>
        public void Reset(int expected)
        {
            var size = 16;
            while (size < expected * 2) size *= 2;
            if (_slots.Length < size) _slots = new int[size];
            else Array.Clear(_slots, 0, size);
            _mask = size - 1;
            _count = 0;
            _charCount = 0;
        }

        public void Increment(ReadOnlySpan<char> key)
        {
            var hash = Hash(key);
            var slot = FindSlot(key, hash);
            if (_slots[slot] != 0)
            {
                _entries[_slots[slot] - 1].Count++;
                return;
            }
            EnsureChars(key.Length);
            key.CopyTo(_chars.AsSpan(_charCount));
            Add(key.Length, hash, slot);
        }

        /// <summary>Adds <c>first-second</c>, made without a buffer of its own.</summary>
        public void AddCompound(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            var length = first.Length + 1 + second.Length;
            EnsureChars(length);
            var key = _chars.AsSpan(_charCount, length);
            first.CopyTo(key);
            key[first.Length] = '-';
            second.CopyTo(key[(first.Length + 1)..]);
            var hash = Hash(key);
            var slot = FindSlot(key, hash);
            if (_slots[slot] != 0) return;
            Add(length, hash, slot); // the key is in place already, at the end of the chars
        }

        /// <summary>The key's count; 0 when absent.</summary>
        public int Find(ReadOnlySpan<char> key)
        {
            var slot = FindSlot(key, Hash(key));
            return _slots[slot] == 0 ? 0 : _entries[_slots[slot] - 1].Count;
        }

        private int FindSlot(ReadOnlySpan<char> key, int hash)
        {
            var slot = hash & _mask;
            while (true)
            {
                var e = _slots[slot];
                if (e == 0) return slot;
                ref var entry = ref _entries[e - 1];
                if (entry.Hash == hash && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(key)) return slot;
                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>Adds the key just written after the chars in use.</summary>
        private void Add(int length, int hash, int slot)
        {
            if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
            _entries[_count++] = (_charCount, length, hash, 1);
            _charCount += length;
            _slots[slot] = _count;
            if (_count * 2 > _mask) Grow(); // the mask, not the array: a table kept from a larger document is only partly in use
        }

        private void EnsureChars(int more)
        {
            if (_charCount + more > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + more));
        }

        private void Grow()
        {
            var size = (_mask + 1) * 2;
            if (_slots.Length < size) _slots = new int[size];
            else Array.Clear(_slots, 0, size);
            _mask = size - 1;
            for (var e = 0; e < _count; e++)
            {
                var slot = _entries[e].Hash & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = e + 1;
            }
        }

        // FNV-1a: words are short, and a keyed hash buys nothing for one document's own words.
        private static int Hash(ReadOnlySpan<char> key)
        {
            var h = 2166136261u;
            foreach (var c in key) h = (h ^ c) * 16777619u;
            return (int)(h ^ (h >> 15));
        }
    }
}
