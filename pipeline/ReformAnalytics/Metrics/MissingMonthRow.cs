using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>One row of missing_months: a month of a ledger's year with no snapshot stored, between months that have one.</summary>
public sealed record MissingMonthRow(string Ledger, ReportMonth Month)
{
    /// <summary>The month and ledger in the office's words: 2024年5月改革任务总台账.</summary>
    public string Label => Month.Label + LedgerNames.LabelOf(Ledger);

    /// <summary>Several months in the office's words: 2024年4月自选试点台账、2024年5月改革任务总台账.</summary>
    public static string Labels(IEnumerable<MissingMonthRow> missing) => string.Join("、", missing.Select(m => m.Label));

    /// <summary>The warning <c>reform metrics</c> and the dashboard give beside the figures of a year with months missing.</summary>
    public static string Note(IReadOnlyList<MissingMonthRow> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return "缺月：" + Labels(missing) + "未导入。这些月份及其下一个月的漏报无法统计，进度停滞跨过缺月计算；请补齐后导入。";
    }

    internal static MissingMonthRow Read(ColumnReader r) => new(r.Text("ledger"), ReportMonth.Of(r.Date("report_month")));
}
