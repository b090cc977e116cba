using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>One row of missing_months: a month of a ledger's year with no snapshot stored, between months that have one.</summary>
public sealed record MissingMonthRow(string Ledger, ReportMonth Month)
{
    /// <summary>The month and ledger in the office's words: 2024年5月改革任务总台账.</summary>
    public string Label => Month.Label + LedgerNames.LabelOf(Ledger);

    internal static MissingMonthRow Read(ColumnReader r) => new(r.Text("ledger"), ReportMonth.Of(r.Date("report_month")));
}
