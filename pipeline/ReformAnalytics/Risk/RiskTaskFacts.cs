namespace ReformAnalytics.Risk;

/// <summary>What the reasons and the list quote about a task at D: names as written and the raw feature values.</summary>
internal sealed record RiskTaskFacts(
    string Ledger,
    string TaskName,
    string? SpecialGroup,
    string? LeadUnit,
    string? Leader,
    DateOnly? Deadline,
    string? DeadlineText,
    string? DeadlineKind,
    string? TaskKind,
    string? ResultForm,
    string? Status,
    string? StatusText,
    string? Light,
    string? ProgressText,
    int UnitLate,
    int LeaderSettled,
    double[] Values)
{
    /// <summary>The heading the task is listed under as a sub-task (task_heading, 上级任务); null for a task under none.</summary>
    public string? TaskHeading { get; init; }

    public static RiskTaskFacts Empty { get; } = new(string.Empty, string.Empty, null, null, null, null, null, null, null, null, null, null, null, null, 0, 0, []);

    /// <summary>The value of a numeric input as read from risk_features (null when missing).</summary>
    public double? Value(string column) =>
        Values.Length == 0 || double.IsNaN(Values[RiskFeatures.IndexOf(column)]) ? null : Values[RiskFeatures.IndexOf(column)];
}
