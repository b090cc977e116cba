namespace ReformAnalytics.Risk;

/// <summary>
/// The inputs of the risk model, in the order they enter the feature vector. Every column comes from the view
/// risk_features (see risk_features.sql), which uses only what was known at the status date D.
/// </summary>
public static class RiskFeatures
{
    /// <summary>The number of numeric inputs (the length of the numeric block of the feature vector).</summary>
    public const int NumericCount = 28;

    public static IReadOnlyList<RiskFeature> Numeric { get; } =
    [
        new("actual_pct", "实际进度", RiskFeatureKind.Numeric),
        new("planned_pct", "计划进度", RiskFeatureKind.Numeric),
        new("lag_pp", "落后计划（百分点）", RiskFeatureKind.Numeric),
        new("spi_t", "进度绩效指数 SPI(t)", RiskFeatureKind.Numeric),
        new("sv_t_days", "进度偏差 SV(t)（天）", RiskFeatureKind.Numeric),
        new("stalled_months", "进度连续未变化的填报次数", RiskFeatureKind.Numeric),
        new("velocity_1m", "近1个月进度增速", RiskFeatureKind.Numeric),
        new("velocity_3m", "近3个月进度月均增速", RiskFeatureKind.Numeric),
        new("lag_change_1m", "落后幅度较上月变化", RiskFeatureKind.Numeric),
        new("behind_recent", "近3次填报中滞后次数", RiskFeatureKind.Numeric),
        new("max_lag_pp", "历史最大落后幅度", RiskFeatureKind.Numeric),
        new("days_left", "距完成时限天数", RiskFeatureKind.Numeric),
        new("months_left", "距完成时限月数", RiskFeatureKind.Numeric),
        new("window_share", "计划时间已过比例", RiskFeatureKind.Numeric),
        new("milestones_missed", "已错过节点数", RiskFeatureKind.Numeric),
        new("optimistic_report", "报告序时推进但进度落后", RiskFeatureKind.Numeric),
        new("figure_missing", "本月未填进度", RiskFeatureKind.Numeric),
        new("behind", "当前已滞后", RiskFeatureKind.Numeric),
        new("co_unit_count", "配合单位数", RiskFeatureKind.Numeric),
        new("month_of_year", "填报月份", RiskFeatureKind.Numeric),
        new("months_reported", "已填报月数", RiskFeatureKind.Numeric),
        new("unit_settled", "牵头单位往期已到期任务数", RiskFeatureKind.Numeric),
        new("unit_late_rate", "牵头单位往期未按时完成率", RiskFeatureKind.Numeric),
        new("unit_open_tasks", "牵头单位在办任务数", RiskFeatureKind.Numeric),
        new("unit_behind_share", "牵头单位当前滞后任务占比", RiskFeatureKind.Numeric),
        new("leader_late_rate", "责任领导往期未按时完成率", RiskFeatureKind.Numeric),
        new("leader_tasks", "责任领导分管任务数", RiskFeatureKind.Numeric),
        new("leader_load_ratio", "责任领导任务量与平均之比", RiskFeatureKind.Numeric),
    ];

    public static IReadOnlyList<RiskFeature> Categorical { get; } =
    [
        new("ledger", "台账类别", RiskFeatureKind.Categorical),
        new("task_kind", "任务类型", RiskFeatureKind.Categorical),
        new("result_form", "成果形式", RiskFeatureKind.Categorical),
        new("special_group", "专项小组", RiskFeatureKind.Categorical),
        new("deadline_kind", "时限类型", RiskFeatureKind.Categorical),
        new("status", "报告状态", RiskFeatureKind.Categorical),
        new("light_reason", "红绿灯原因", RiskFeatureKind.Categorical),
    ];

    public static RiskFeature Narrative { get; } = new("progress_text", "进展情况（字的一元、二元组）", RiskFeatureKind.Text);

    /// <summary>Every input, numeric first, then categorical, then the narrative.</summary>
    public static IReadOnlyList<RiskFeature> All { get; } = [.. Numeric, .. Categorical, Narrative];

    /// <summary>Position of a numeric input by its column name.</summary>
    public static int IndexOf(string column)
    {
        for (var i = 0; i < Numeric.Count; i++)
        {
            if (string.Equals(Numeric[i].Column, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"没有名为 {column} 的数值特征。", nameof(column));
    }
}
