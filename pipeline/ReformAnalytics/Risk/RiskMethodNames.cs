namespace ReformAnalytics.Risk;

/// <summary>Identifiers (for JSON) and Chinese labels (for reports) of <see cref="RiskMethod"/>.</summary>
public static class RiskMethodNames
{
    public static string Id(RiskMethod method) => method switch
    {
        RiskMethod.Model => "model",
        RiskMethod.LogisticRegression => "logistic_regression",
        RiskMethod.BaseRate => "base_rate",
        RiskMethod.AlreadyBehind => "already_behind",
        RiskMethod.DaysToDeadline => "days_to_deadline",
        RiskMethod.UnitLateRate => "unit_late_rate",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static string Label(RiskMethod method) => method switch
    {
        RiskMethod.Model => "梯度提升树模型（本模型）",
        RiskMethod.LogisticRegression => "逻辑回归（同一组特征）",
        RiskMethod.BaseRate => "基准率（人人同一概率）",
        RiskMethod.AlreadyBehind => "规则：当前已滞后",
        RiskMethod.DaysToDeadline => "规则：距完成时限最近",
        RiskMethod.UnitLateRate => "规则：牵头单位往期未按时率",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The rules (not learned from the features): the targets compare the model with the best of these.</summary>
    public static bool IsRule(RiskMethod method) => method is RiskMethod.BaseRate or RiskMethod.AlreadyBehind or RiskMethod.DaysToDeadline or RiskMethod.UnitLateRate;
}
