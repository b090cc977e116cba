namespace ReformAnalytics.Normalising;

/// <summary>
/// Remembers <see cref="TaskNameKey.Of"/> by the exact text, for the months of one ledger year: the same task
/// names (and lead units) come back every month, so each distinct text is keyed once. Not thread-safe; one cache
/// per ledger year, used by one thread at a time.
/// </summary>
public sealed class TaskKeyCache
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_keys.TryGetValue(text, out var key))
        {
            key = TaskNameKey.Of(text);
            _keys[text] = key;
        }

        return key;
    }
}
