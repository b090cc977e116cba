namespace ReformAnalytics.Sample;

/// <summary>
/// The shape of the generated files. <see cref="Realistic"/> is the county as offices send it (every messy
/// shape, the planted cases). The plain shapes are for the ingest benchmark: the same tasks and months, one
/// clean table per ledger and month (one header row, no titles, sections, notes or typed cells, the same 13
/// columns everywhere), so that DuckDB's <c>read_csv</c> over the CSV files and the bare Excel reader over the
/// workbooks read exactly what the ingest reads; no cases are planted.
/// </summary>
public enum SampleShape
{
    Realistic,

    /// <summary>One UTF-8 CSV per ledger and month: <c>2024年06月改革任务总台账.csv</c>.</summary>
    PlainCsv,

    /// <summary>One single-sheet workbook per ledger and month: <c>2024年06月改革任务总台账.xlsx</c>.</summary>
    PlainXlsx,

    /// <summary>Both, with the same rows: CSV files under <c>csv/</c>, workbooks under <c>xlsx/</c>.</summary>
    PlainCsvAndXlsx,
}
