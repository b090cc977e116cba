using System.Collections.Concurrent;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Rendered pages of one data copy, keyed by path and query. The copy never changes, so a page is built once
/// and served again until the copy is replaced. Bounded by the text it holds: past the budget it starts
/// again from empty (the pages people look at come back at once).
/// </summary>
internal sealed class PageCache
{
    /// <summary>About 64 MB of page text (a long list page is about half a megabyte; an overview 30 KB).</summary>
    private const long BudgetChars = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private long _chars;

    public bool TryGet(string key, out CachedPage page) => _pages.TryGetValue(key, out page!);

    public void Add(string key, CachedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Interlocked.Add(ref _chars, page.Body.Length) > BudgetChars)
        {
            Clear();
            Interlocked.Add(ref _chars, page.Body.Length);
        }

        _pages[key] = page;
    }

    public void Clear()
    {
        _pages.Clear();
        Interlocked.Exchange(ref _chars, 0);
    }
}
