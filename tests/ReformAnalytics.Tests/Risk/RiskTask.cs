namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// A task of <see cref="RiskHistory"/>: one cell per month, Jan to Dec: a progress figure, "100c" completed,
/// "20s" suspended at 20, "-" no figure (on track).
/// </summary>
internal sealed record RiskTask(string Id, string Name, string Unit, string Leader, string? Deadline, string DeadlineKind, string[] Cells);
