namespace ReformAnalytics.Reports;

/// <summary>One task the risk model flagged (table risk_flags), with the task's name and unit from task_status.</summary>
public sealed record RiskFlagRow(int Rank, string TaskId, string TaskName, string? LeadUnit, double Probability, string Reasons);
