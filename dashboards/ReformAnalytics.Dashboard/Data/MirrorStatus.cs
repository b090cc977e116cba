namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// What the dashboard last saw of the database file, for the status line on every page. A new instance is
/// made only when something shown changes, so a page rendered for one instance can be reused until then.
/// </summary>
internal sealed record MirrorStatus(
    RefreshOutcome LastOutcome,
    DateTimeOffset? WriterSeenSince,
    string? LastError);
