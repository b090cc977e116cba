using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A return that goes back on what the task's last return said, planted so that ingest's comparison with the last
/// return shows (last year only). <see cref="Kind"/>: <c>completion_withdrawn</c>, a 制定出台 task reported
/// 已完成 (100) the month before, when its unit sent the draft for approval, and not completed in
/// <see cref="Month"/> (the draft was sent back); <c>deadline_moved</c>, a deadline that had already passed
/// rewritten from <see cref="Month"/> on as 原定…，调整为…. <see cref="Before"/> and <see cref="After"/>: the status
/// or deadline cell as written the month before and in <see cref="Month"/>.
/// </summary>
public sealed record PlantedRevision(Ledger Ledger, ReportMonth Month, string Kind, string TaskName, string LeadUnit, string Before, string After)
{
    public const string CompletionWithdrawn = "completion_withdrawn";
    public const string DeadlineMoved = "deadline_moved";
}
