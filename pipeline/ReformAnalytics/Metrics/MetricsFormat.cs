namespace ReformAnalytics.Metrics;

/// <summary>Output of <c>reform metrics</c>: a table for people, csv and json with the view's own column names, or a workbook.</summary>
public enum MetricsFormat
{
    Table,
    Csv,
    Json,
    Xlsx,
}
