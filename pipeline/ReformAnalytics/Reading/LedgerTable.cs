using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// One ledger table found in a file: a CSV file, or one sheet of a workbook. <see cref="TitleText"/> holds
/// the title rows above the header joined (2024年全面深化改革任务台账（6月）), used with the file and sheet
/// names to infer which ledger and report month the table holds. Rows are task rows only: blank rows,
/// section rows and note rows are consumed by the reader; rows the reader could not make sense of are in
/// <see cref="Issues"/>.
/// </summary>
public sealed record LedgerTable(
    string SourceFile,
    string SourceSheet,
    string? TitleText,
    IReadOnlyList<RawLedgerRow> Rows,
    IReadOnlyList<IngestIssue> Issues)
{
    /// <summary>The sink the rows went to while reading (<see cref="ReadOptions.RowSinks"/>); <see cref="Rows"/> is then empty.</summary>
    public IRawRowSink? StreamedTo { get; init; }

    /// <summary>
    /// How many task rows the table holds, in <see cref="Rows"/> or streamed; 0 for a header alone (a blank template),
    /// which is never stored: it would store its month as a month without tasks.
    /// </summary>
    public int TaskRowCount { get; init; }
}
