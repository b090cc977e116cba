namespace ReformAnalytics.Risk;

/// <summary>One scored open task: its rank (1 = riskiest), probability of falling behind within the horizon, and top reasons.</summary>
public sealed record RiskFlag(
    int Rank,
    string TaskId,
    string Ledger,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    string? Leader,
    DateOnly? Deadline,
    string? DeadlineText,
    double? ActualPct,
    double? PlannedPct,
    string? StatusText,
    double Probability,
    IReadOnlyList<RiskReason> Reasons)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }
}
