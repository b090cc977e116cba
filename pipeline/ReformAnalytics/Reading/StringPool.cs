namespace ReformAnalytics.Reading;

/// <summary>
/// Hands out one string per distinct short cell text, looked up by span without allocating: ledgers repeat
/// units, statuses and deadlines on every row. Bounded, so a file of unique texts costs no more than a plain read.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 48;
    private const int MaxEntries = 1 << 16;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        if (_strings.Count < MaxEntries)
        {
            _strings[created] = created;
        }

        return created;
    }
}
