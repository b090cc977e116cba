using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// A whole table normalised: the rows to store, in sheet order, and the issues the normaliser found (the
/// reader's own issues, <c>LedgerTable.Issues</c>, are not repeated here).
/// </summary>
public sealed record TableNormalisation(IReadOnlyList<SnapshotRow> Rows, IReadOnlyList<IngestIssue> Issues);
