using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>
/// One ledger table of one file, read and normalised: the (ledger, month) it holds, its rows (task ids not
/// yet given), the issues the reader and the normaliser found in it, and its title rows (null when none).
/// </summary>
internal sealed record TablePart(string File, string Sha256, string Sheet, Ledger Ledger, ReportMonth Month, List<SnapshotRow> Rows, IReadOnlyList<IngestIssue> Issues, string? Title = null);
