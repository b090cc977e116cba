using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>A unit that missed a monthly return: its tasks (names as of that month) are absent from the ledger's file of that month.</summary>
public sealed record PlantedMissingReturn(Ledger Ledger, ReportMonth Month, string LeadUnit, string File, IReadOnlyList<string> TaskNames);
