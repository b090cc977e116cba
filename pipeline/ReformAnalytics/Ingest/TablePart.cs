using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// One ledger table of one file, read and normalised: the (ledger, month) it holds, its rows (task ids not
/// yet given) and the issues the reader and the normaliser found in it.
/// </summary>
internal sealed record TablePart(string File, string Sha256, string Sheet, Ledger Ledger, ReportMonth Month, List<SnapshotRow> Rows, IReadOnlyList<IngestIssue> Issues);
