namespace ReformAnalytics.Sample;

/// <summary>
/// One cell a corrected re-send changes: the task, the snapshot column (<c>progress_pct</c> or <c>status_text</c>),
/// the value in the original and in the correction (a figure as a plain number, 60; a status as written).
/// </summary>
public sealed record PlantedChange(string TaskName, string LeadUnit, string Column, string OriginalValue, string CorrectedValue);
