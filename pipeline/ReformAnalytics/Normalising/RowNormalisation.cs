using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>One ledger row normalised: the snapshot row (null when the row is not stored) and the issues found in it.</summary>
public sealed record RowNormalisation(SnapshotRow? Row, IReadOnlyList<IngestIssue> Issues);
