using System.Collections.Concurrent;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Rendered pages of one data copy, keyed by path and query. The copy never changes, so a page is built once
/// and served again until the copy is replaced. Bounded: when full it starts again from empty.
/// </summary>
internal sealed class PageCache
{
    private const int Capacity = 2000;
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string key, out CachedPage page) => _pages.TryGetValue(key, out page!);

    public void Add(string key, CachedPage page)
    {
        if (_pages.Count >= Capacity)
        {
            _pages.Clear();
        }

        _pages[key] = page;
    }

    public void Clear() => _pages.Clear();
}
