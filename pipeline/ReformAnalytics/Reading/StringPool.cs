namespace ReformAnalytics.Reading;

/// <summary>
/// Hands out one string per frequent short cell text: ledgers repeat units, statuses and deadlines on every row,
/// and a million rows should not hold a million copies of 县发改局. A direct-mapped cache: a text hashes to one
/// slot; if the slot holds the same text it is reused, else a new string replaces it. Lookups never allocate and
/// cost O(length) whatever the input, so a file of unique texts costs no more than plain reading.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 32;
    private const int SlotBits = 14;
    private readonly string?[] _slots = new string?[1 << SlotBits];

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        var slot = (int)(Hash(text) >> (32 - SlotBits));
        var pooled = _slots[slot];
        if (pooled is not null && text.SequenceEqual(pooled))
        {
            return pooled;
        }

        var created = new string(text);
        _slots[slot] = created;
        return created;
    }

    /// <summary>FNV-1a over the chars, then a multiplicative mix so the top bits (the slot) depend on every char.</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        unchecked
        {
            var h = 2166136261u;
            foreach (var ch in text)
            {
                h = (h ^ ch) * 16777619u;
            }

            return h * 2654435769u;
        }
    }
}
