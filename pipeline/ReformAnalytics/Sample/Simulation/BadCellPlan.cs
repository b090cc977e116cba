namespace ReformAnalytics.Sample.Simulation;

/// <summary>A bad cell to plant in a month's overall ledger.</summary>
internal readonly record struct BadCellPlan(int Month, BadCellKind Kind);
