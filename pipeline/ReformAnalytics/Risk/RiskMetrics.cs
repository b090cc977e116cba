namespace ReformAnalytics.Risk;

/// <summary>
/// The backtest measures. Ranking measures use the method's score (higher = riskier) and treat tied scores
/// fairly: ROC-AUC counts a tied pair as half, PR-AUC steps once per distinct score, and precision at k takes,
/// from a tied group straddling the k-th place, the share of the group's positives that fits (the expected value
/// under a random order of the tie).
/// </summary>
internal static class RiskMetrics
{
    public const int CalibrationBins = 10;

    public static RiskMetricSet Compute(IReadOnlyList<double> scores, IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, int k)
    {
        var n = labels.Count;
        var positives = labels.Count(y => y);
        var kUsed = Math.Min(k, n);
        var (precision, recall) = AtK(scores, labels, kUsed, positives);
        return new RiskMetricSet(
            n,
            positives,
            n == 0 ? double.NaN : (double)positives / n,
            RocAuc(scores, labels),
            AveragePrecision(scores, labels),
            kUsed,
            precision,
            recall,
            Brier(probabilities, labels),
            CalibrationError(probabilities, labels),
            CalibrationErrorFloor(probabilities));
    }

    /// <summary>
    /// The mean calibration error of outcomes drawn from the probabilities themselves (<paramref name="draws"/>
    /// simulations, fixed seed): what a perfectly calibrated method would show on this many tasks by chance.
    /// </summary>
    public static double CalibrationErrorFloor(IReadOnlyList<double> probabilities, int draws = 200, int seed = 20240601)
    {
        if (probabilities.Count == 0)
        {
            return double.NaN;
        }

        var random = new Random(seed);
        var labels = new bool[probabilities.Count];
        double sum = 0;
        for (var d = 0; d < draws; d++)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = random.NextDouble() < probabilities[i];
            }

            sum += CalibrationError(probabilities, labels);
        }

        return sum / draws;
    }

    /// <summary>Mann-Whitney: the chance a random positive scores above a random negative, ties counted half.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(y => y);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var order = Order(scores, ascending: true);
        double rankSum = 0;
        foreach (var (start, end) in TiedGroups(order, scores))
        {
            // places start+1 .. end share the mean rank (start + 1 + end) / 2
            var meanRank = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                if (labels[order[i]])
                {
                    rankSum += meanRank;
                }
            }
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Average precision: the sum over distinct scores, highest first, of (recall gained) x (precision there).</summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(y => y);
        if (positives == 0)
        {
            return double.NaN;
        }

        var order = Order(scores, ascending: false);
        double ap = 0;
        var truePositives = 0;
        foreach (var (start, end) in TiedGroups(order, scores))
        {
            var gained = 0;
            for (var i = start; i < end; i++)
            {
                if (labels[order[i]])
                {
                    gained++;
                }
            }

            truePositives += gained;
            ap += (double)gained / positives * truePositives / end;
        }

        return ap;
    }

    public static (double Precision, double Recall) AtK(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int k, int positives)
    {
        if (k <= 0)
        {
            return (double.NaN, double.NaN);
        }

        var order = Order(scores, ascending: false);
        double hits = 0;
        foreach (var (start, end) in TiedGroups(order, scores))
        {
            if (start >= k)
            {
                break;
            }

            var inGroup = 0;
            for (var i = start; i < end; i++)
            {
                if (labels[order[i]])
                {
                    inGroup++;
                }
            }

            var taken = Math.Min(end, k) - start;
            hits += (double)inGroup * taken / (end - start);
        }

        return (hits / k, positives == 0 ? double.NaN : hits / positives);
    }

    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        if (labels.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var d = probabilities[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }

        return sum / labels.Count;
    }

    /// <summary>Expected calibration error: bins [0, 0.1), ..., [0.9, 1]; the row-weighted mean of |mean probability - share positive|.</summary>
    public static double CalibrationError(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        if (labels.Count == 0)
        {
            return double.NaN;
        }

        var count = new int[CalibrationBins];
        var sumP = new double[CalibrationBins];
        var sumY = new double[CalibrationBins];
        for (var i = 0; i < labels.Count; i++)
        {
            var bin = Math.Clamp((int)Math.Floor(probabilities[i] * CalibrationBins), 0, CalibrationBins - 1);
            count[bin]++;
            sumP[bin] += probabilities[i];
            sumY[bin] += labels[i] ? 1 : 0;
        }

        double ece = 0;
        for (var b = 0; b < CalibrationBins; b++)
        {
            if (count[b] > 0)
            {
                ece += Math.Abs(sumP[b] - sumY[b]) / labels.Count;
            }
        }

        return ece;
    }

    private static int[] Order(IReadOnlyList<double> scores, bool ascending)
    {
        var order = Enumerable.Range(0, scores.Count).ToArray();
        Array.Sort(order, (a, b) => ascending ? scores[a].CompareTo(scores[b]) : scores[b].CompareTo(scores[a]));
        return order;
    }

    /// <summary>Runs of equal scores in the sorted order, as [start, end) places.</summary>
    private static IEnumerable<(int Start, int End)> TiedGroups(int[] order, IReadOnlyList<double> scores)
    {
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || scores[order[i]] != scores[order[start]])
            {
                yield return (start, i);
                start = i;
            }
        }
    }
}
