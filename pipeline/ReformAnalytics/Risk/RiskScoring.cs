namespace ReformAnalytics.Risk;

/// <summary>
/// Scores test rows with one method trained on training rows only: a ranking score (higher = riskier) and a
/// probability. The learners calibrate on held-out training tasks; the rules turn their score into a
/// probability on the training rows (share per group, or Platt scaling).
/// </summary>
internal static class RiskScoring
{
    private static readonly int Behind = RiskFeatures.IndexOf("behind");
    private static readonly int DaysLeft = RiskFeatures.IndexOf("days_left");
    private static readonly int UnitLateRate = RiskFeatures.IndexOf("unit_late_rate");

    public static (double[] Scores, double[] Probabilities) Score(RiskMethod method, IReadOnlyList<RiskRow> train, IReadOnlyList<RiskRow> test, RiskOptions options)
    {
        switch (method)
        {
            case RiskMethod.Model or RiskMethod.LogisticRegression:
                var (fit, calibration) = RiskSplit.ByTask(train, options.CalibrationShare);
                var model = RiskModel.Train(fit, calibration, method == RiskMethod.Model ? RiskLearner.FastTree : RiskLearner.LogisticRegression, options);
                var p = model.Predict(test).Select(v => (double)v).ToArray();
                return (p, p);
            case RiskMethod.BaseRate:
                var rate = Share(train);
                return (new double[test.Count], Enumerable.Repeat(rate, test.Count).ToArray());
            case RiskMethod.AlreadyBehind:
                var behindRate = Share(train.Where(r => IsBehind(r)).ToList(), Share(train));
                var notBehindRate = Share(train.Where(r => !IsBehind(r)).ToList(), Share(train));
                return ([.. test.Select(r => IsBehind(r) ? 1.0 : 0.0)], [.. test.Select(r => IsBehind(r) ? behindRate : notBehindRate)]);
            case RiskMethod.DaysToDeadline:
                return Platt(train, test, r => -Value(r, DaysLeft, 0));
            case RiskMethod.UnitLateRate:
                var known = train.Select(r => r.Numeric[UnitLateRate]).Where(v => !float.IsNaN(v)).ToList();
                var fill = known.Count == 0 ? 0.0 : known.Average(v => (double)v);
                return Platt(train, test, r => Value(r, UnitLateRate, fill));
            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }
    }

    private static (double[] Scores, double[] Probabilities) Platt(IReadOnlyList<RiskRow> train, IReadOnlyList<RiskRow> test, Func<RiskRow, double> score)
    {
        var scaling = PlattScaling.Fit([.. train.Select(score)], [.. train.Select(r => r.Label)]);
        var scores = test.Select(score).ToArray();
        return (scores, [.. scores.Select(scaling.Probability)]);
    }

    private static bool IsBehind(RiskRow row) => row.Numeric[Behind] > 0.5f;

    private static double Value(RiskRow row, int index, double fill) => float.IsNaN(row.Numeric[index]) ? fill : row.Numeric[index];

    private static double Share(IReadOnlyList<RiskRow> rows, double empty = 0) => rows.Count == 0 ? empty : rows.Count(r => r.Label) / (double)rows.Count;
}
