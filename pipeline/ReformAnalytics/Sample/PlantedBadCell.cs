namespace ReformAnalytics.Sample;

/// <summary>
/// A deliberately bad cell, as a real county's returns have a few: the file and sheet (empty for CSV), the
/// 1-based row as the spreadsheet shows it, the column's header as written, the value, the task it belongs to,
/// what ingest should make of it and why (in Chinese, as the office would be told).
/// </summary>
public sealed record PlantedBadCell(string File, string Sheet, int Row, string Column, string Value, string TaskName, BadCellExpectation Expected, string Why);
