namespace ReformAnalytics.Metrics;

/// <summary>One row of reporting_discipline: whether a lead unit's monthly return came in.</summary>
public sealed record ReportingDisciplineRow(
    DateOnly ReportMonth,
    string LeadUnit,
    int ExpectedReturns,
    int Returned,
    int MissingReturns,
    double ReturnRatePct,
    bool ReturnMissing)
{
    internal static ReportingDisciplineRow Read(ColumnReader r) => new(
        r.Date("report_month"),
        r.Text("lead_unit"),
        r.Int("expected_returns"),
        r.Int("returned"),
        r.Int("missing_returns"),
        r.Double("return_rate_pct"),
        r.Bool("return_missing"));
}
