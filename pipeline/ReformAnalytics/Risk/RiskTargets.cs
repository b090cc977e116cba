using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// The acceptance targets of the model on a backtest (means over the cut-offs): PR-AUC at least twice the
/// prevalence and at least 0.05 above the best rule's; precision at k at least 0.7; Brier score at least 20%
/// below the base rate's; expected calibration error at most 0.05.
/// </summary>
internal static class RiskTargets
{
    public static IReadOnlyList<RiskTarget> Check(IReadOnlyList<RiskMethodSummary> summaries, double prevalence, int k)
    {
        var model = summaries.FirstOrDefault(s => s.Method == RiskMethod.Model);
        if (model is null)
        {
            return [];
        }

        var targets = new List<RiskTarget>
        {
            Target(
                "PR-AUC 至少为滞后率的两倍",
                model.PrAuc.Mean >= 2 * prevalence,
                $"PR-AUC {model.PrAuc.Mean:0.000}，滞后率{prevalence:0.000}，两倍为{2 * prevalence:0.000}"),
        };
        var rules = summaries.Where(s => RiskMethodNames.IsRule(s.Method) && double.IsFinite(s.PrAuc.Mean)).ToList();
        if (rules.Count > 0)
        {
            var best = rules.MaxBy(s => s.PrAuc.Mean)!;
            targets.Add(Target(
                "PR-AUC 比最好的规则高出至少0.05",
                model.PrAuc.Mean >= best.PrAuc.Mean + 0.05,
                $"PR-AUC {model.PrAuc.Mean:0.000}，最好的规则（{RiskMethodNames.Label(best.Method)}）{best.PrAuc.Mean:0.000}，差{model.PrAuc.Mean - best.PrAuc.Mean:+0.000;-0.000}"));
        }

        targets.Add(Target(
            $"前{k}名精确率不低于0.7",
            model.PrecisionAtK.Mean >= 0.7,
            $"前{k}名精确率{model.PrecisionAtK.Mean:0.000}"));
        if (summaries.FirstOrDefault(s => s.Method == RiskMethod.BaseRate) is { } baseRate)
        {
            targets.Add(Target(
                "Brier 分数比基准率低至少20%",
                model.Brier.Mean <= 0.8 * baseRate.Brier.Mean,
                $"Brier {model.Brier.Mean:0.0000}，基准率{baseRate.Brier.Mean:0.0000}，低{FigureText.Fraction(1 - (model.Brier.Mean / baseRate.Brier.Mean))}"));
        }

        targets.Add(Target(
            "校准误差（ECE）不超过0.05",
            model.CalibrationError.Mean <= 0.05,
            $"ECE {model.CalibrationError.Mean:0.000}；概率若完全准确，单凭抽样波动也会有约{model.CalibrationErrorFloor.Mean:0.000}；各截点合并计算为{model.Pooled.CalibrationError:0.000}"));
        return targets;
    }

    private static RiskTarget Target(string name, bool met, FormattableString detail) =>
        new(name, met, detail.ToString(CultureInfo.InvariantCulture));
}
