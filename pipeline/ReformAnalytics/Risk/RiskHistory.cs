using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>Whether there is enough history to train, and if not a Chinese message saying how much is needed.</summary>
internal static class RiskHistory
{
    /// <summary>Null when <paramref name="train"/> is enough; otherwise why not and how many months of ledgers would be.</summary>
    public static string? TrainingShortfall(IReadOnlyList<RiskRow> train, RiskOptions options, ReportMonth asOf, double openTasksPerMonth)
    {
        var positives = train.Count(r => r.Label);
        var negatives = train.Count - positives;
        if (train.Count >= options.MinimumTrainingExamples && positives >= options.MinimumPerClass && negatives >= options.MinimumPerClass)
        {
            return null;
        }

        var sampleMonths = (int)Math.Ceiling(options.MinimumTrainingExamples / Math.Max(1.0, openTasksPerMonth));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"历史数据不足，无法训练风险模型：截至{asOf.Label}，观察期已满{options.Horizon}个月、结果已知的样本只有{train.Count}个（其中后来滞后的{positives}个、未滞后的{negatives}个）。"
            + $"训练至少需要{options.MinimumTrainingExamples}个这样的样本，滞后与未滞后的各至少{options.MinimumPerClass}个。"
            + $"样本是每个月每项在办任务（有完成时限、未完成、未暂缓）的状态，要再观察{options.Horizon}个月才知道结果；"
            + $"按现有台账每月约{openTasksPerMonth:0}项在办任务估算，至少需要连续约{sampleMonths + options.Horizon}个月的月度台账"
            + $"（{sampleMonths}个月的样本加{options.Horizon}个月的观察期）；滞后的任务少时还要更长。");
    }

    /// <summary>Mean number of population rows per report month (the open tasks a month adds to the history).</summary>
    public static double OpenTasksPerMonth(IReadOnlyList<RiskRow> rows)
    {
        var months = rows.Select(r => r.ReportMonth).Distinct().Count();
        return months == 0 ? 0 : (double)rows.Count / months;
    }
}
