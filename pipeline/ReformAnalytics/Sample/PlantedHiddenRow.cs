using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A task row the sheet hides (a finished task the office hid in Excel): the file and sheet, the 1-based row as the
/// sheet numbers it, the task column's header as written, the month, the task and its unit. A hidden row is still in
/// the ledger: ingest should store the task as any other and warn once for the sheet, naming the row.
/// </summary>
public sealed record PlantedHiddenRow(string File, string Sheet, int Row, string Column, ReportMonth Month, string TaskName, string LeadUnit);
