namespace ReformAnalytics.Dashboard.Data;

/// <summary>What the dashboard serves and what it last saw of the database file, for the status line on every page.</summary>
internal sealed record MirrorStatus(
    RefreshOutcome LastOutcome,
    DateTimeOffset? LastCheckedAt,
    DateTimeOffset? WriterSeenSince,
    string? LastError);
