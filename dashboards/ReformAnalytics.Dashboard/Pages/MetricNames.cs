namespace ReformAnalytics.Dashboard.Pages;

/// <summary>The views and tables the pages read, with what to tell the reader while one is missing.</summary>
internal static class MetricNames
{
    public const string TaskStatus = "task_status";
    public const string Summary = "metric_summary";
    public const string DoubleHalf = "double_half";
    public const string Discipline = "reporting_discipline";
    public const string MissingReturns = "missing_returns";
    public const string ReturnProgress = "return_progress";
    public const string MissingMonths = "missing_months";
    public const string Ranking = "unit_ranking";
    public const string Assessment = "unit_assessment";
    public const string Results = "results_list";
    public const string Negative = "negative_list";
    public const string CarryOver = "year_end_carry_over";
    public const string RiskFlags = "risk_flags";
    public const string Settings = "metric_settings";

    public const string MetricsHow = "统计指标由数据库视图计算（task_status、metric_summary 等），入库并运行统计步骤后这里会自动显示。";

    public const string RiskHow = "风险模型步骤运行后（生成 risk_flags 表），这里列出最可能滞后的任务及原因。";
}
