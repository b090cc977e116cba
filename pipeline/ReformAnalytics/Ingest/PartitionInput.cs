using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>What one (ledger, report month) of a run is made of: the winning file's tables for it.</summary>
internal sealed record PartitionInput(Ledger Ledger, ReportMonth Month, string File, string Sha256, IReadOnlyList<TablePart> Tables)
{
    public string Sheets => string.Join("、", Tables.Select(t => t.Sheet).Where(s => s.Length > 0));

    public int IssueCount => Tables.Sum(t => t.Issues.Count);

    public IEnumerable<IngestIssue> Issues => Tables.SelectMany(t => t.Issues);

    public List<SnapshotRow> Rows => Tables.Count == 1 ? Tables[0].Rows : [.. Tables.SelectMany(t => t.Rows)];

    public FileReport Report(int rows, FileOutcome outcome, string? message) =>
        new(File, Sha256, Sheets, Ledger, Month, rows, IssueCount, outcome, message);
}
