namespace ReformAnalytics.Charts;

/// <summary>The headline counts of one ledger (三本台账) at a status date.</summary>
public sealed record LedgerTotals(string Ledger, int Tasks, int Completed, int Behind, int Overdue);
