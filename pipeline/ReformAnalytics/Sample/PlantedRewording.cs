using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A task name lightly reworded from <see cref="Month"/> on (<see cref="Kind"/>: <c>prefix</c>, a word added in
/// front; <c>punctuation</c>, a punctuation change): the same task, which ingest should keep as one task_id.
/// </summary>
public sealed record PlantedRewording(Ledger Ledger, ReportMonth Month, string OldName, string NewName, string LeadUnit, string Kind);
