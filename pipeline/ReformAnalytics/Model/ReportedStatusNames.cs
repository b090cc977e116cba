namespace ReformAnalytics.Model;

/// <summary>Schema values and Chinese labels of <see cref="ReportedStatus"/>.</summary>
public static class ReportedStatusNames
{
    public static string Id(ReportedStatus status) => status switch
    {
        ReportedStatus.Completed => "completed",
        ReportedStatus.Ahead => "ahead",
        ReportedStatus.OnTrack => "on_track",
        ReportedStatus.Behind => "behind",
        ReportedStatus.NotStarted => "not_started",
        ReportedStatus.Suspended => "suspended",
        _ => "unknown",
    };

    /// <summary>The status of a schema value as stored (<c>on_track</c>); unknown for any other text.</summary>
    public static ReportedStatus FromId(string? id) =>
        Enum.GetValues<ReportedStatus>().FirstOrDefault(s => string.Equals(Id(s), id, StringComparison.Ordinal), ReportedStatus.Unknown);

    public static string Label(ReportedStatus status) => status switch
    {
        ReportedStatus.Completed => "已完成",
        ReportedStatus.Ahead => "超进度",
        ReportedStatus.OnTrack => "序时推进",
        ReportedStatus.Behind => "滞后",
        ReportedStatus.NotStarted => "未启动",
        ReportedStatus.Suspended => "暂缓",
        _ => "未识别",
    };
}
