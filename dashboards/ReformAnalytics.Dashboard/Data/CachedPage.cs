namespace ReformAnalytics.Dashboard.Data;

/// <summary>A page's content as built from one data copy; the frame (status line) is drawn fresh on every request.</summary>
internal sealed record CachedPage(string Title, string ActiveNav, string Body);
