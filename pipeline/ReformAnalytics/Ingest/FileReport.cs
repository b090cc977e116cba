using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>One line of the run's report and of ingest_log: a file's ledger table and what became of it.</summary>
public sealed record FileReport(
    string File,
    string Sha256,
    string Sheet,
    Ledger? Ledger,
    ReportMonth? Month,
    int Rows,
    int Issues,
    FileOutcome Outcome,
    string? Message)
{
    /// <summary>The unit whose own return the file was taken as; null for a whole ledger (or a file not taken).</summary>
    public string? Unit { get; init; }
}
