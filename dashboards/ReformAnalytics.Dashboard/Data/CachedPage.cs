namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// A page's content as built from one data copy. The frame (status line) is drawn around it per status: the
/// whole page, encoded, is kept for the status it was drawn with and reused while that status holds.
/// </summary>
internal sealed class CachedPage(string title, string activeNav, string body)
{
    private Tuple<MirrorStatus, byte[]>? _rendered;

    public string Title { get; } = title;

    public string ActiveNav { get; } = activeNav;

    public string Body { get; } = body;

    /// <summary>The encoded page for <paramref name="status"/>, drawn by <paramref name="render"/> when not kept yet.</summary>
    public byte[] Rendered(MirrorStatus status, Func<CachedPage, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var kept = Volatile.Read(ref _rendered);
        if (kept is not null && ReferenceEquals(kept.Item1, status))
        {
            return kept.Item2;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(render(this));
        Volatile.Write(ref _rendered, Tuple.Create(status, bytes));
        return bytes;
    }
}
