namespace ReformAnalytics.Reports;

/// <summary>One task the risk model flagged (table risk_flags), with the task's name and unit from task_status.</summary>
public sealed record RiskFlagRow(int Rank, string TaskId, string TaskName, string? LeadUnit, double Probability, string Reasons)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }
}
