using ReformAnalytics.Risk;

namespace ReformAnalytics.Tests.Risk;

/// <summary>The backtest measures on tiny score lists, worked out by hand.</summary>
public sealed class RiskMetricsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void RocAuc_CountsOrderedPairs()
    {
        // positives 0.9, 0.7; negatives 0.8, 0.6: pairs (0.9,0.8) (0.9,0.6) (0.7,0.6) right, (0.7,0.8) wrong -> 3/4.
        Assert.Equal(0.75, RiskMetrics.RocAuc([0.9, 0.8, 0.7, 0.6], [true, false, true, false]), Tolerance);
    }

    [Fact]
    public void RocAuc_TiedPairCountsHalf()
    {
        // positive 1 vs negatives 1, 0, 0: one tie (1/2) and two wins -> 2.5 / 3.
        Assert.Equal(2.5 / 3, RiskMetrics.RocAuc([1, 1, 0, 0], [true, false, false, false]), Tolerance);
    }

    [Fact]
    public void AveragePrecision_SumsPrecisionAtEachRecallStep()
    {
        // ranked T F T F: recall 1/2 at precision 1, recall 2/2 at precision 2/3 -> 0.5 * 1 + 0.5 * 2/3 = 5/6.
        Assert.Equal(5.0 / 6, RiskMetrics.AveragePrecision([0.9, 0.8, 0.7, 0.6], [true, false, true, false]), Tolerance);
    }

    [Fact]
    public void AveragePrecision_ConstantScore_IsThePrevalence()
    {
        // one threshold: recall 1 at precision 1/4.
        Assert.Equal(0.25, RiskMetrics.AveragePrecision([0.3, 0.3, 0.3, 0.3], [false, true, false, false]), Tolerance);
    }

    [Fact]
    public void PrecisionAtK_TieAcrossTheCut_TakesTheExpectedShare()
    {
        // top 3: 0.9 (T) certain; then a tie of four at 0.5 holding one positive, two of its places taken -> 1 + 1 * 2/4 = 1.5 hits.
        var (precision, recall) = RiskMetrics.AtK([0.9, 0.5, 0.5, 0.5, 0.5, 0.1], [true, true, false, false, false, true], 3, 3);

        Assert.Equal(1.5 / 3, precision, Tolerance);
        Assert.Equal(1.5 / 3, recall, Tolerance);
    }

    [Fact]
    public void Brier_IsMeanSquaredError()
    {
        // (0.8 - 1)^2 = 0.04, (0.4 - 0)^2 = 0.16 -> 0.10.
        Assert.Equal(0.10, RiskMetrics.Brier([0.8, 0.4], [true, false]), Tolerance);
    }

    [Fact]
    public void CalibrationError_WeighsEachBinsGap()
    {
        // bin [0.1, 0.2): mean p 0.15, share 1/2 -> 0.35 x 2/4; bin [0.8, 0.9): mean p 0.85, share 1 -> 0.15 x 2/4. Sum 0.25.
        Assert.Equal(0.25, RiskMetrics.CalibrationError([0.15, 0.15, 0.85, 0.85], [false, true, true, true]), 1e-9);
    }

    [Fact]
    public void CalibrationErrorFloor_CertainProbabilities_IsZero_UncertainOnesAreNot()
    {
        // Outcomes drawn from 0 and 1 always match them: no sampling error. From 0.5 on two tasks, a bin of two holds
        // 0, 1 or 2 positives (chance 1/4, 1/2, 1/4): |0.5 - share| = 0.5, 0, 0.5 -> expected 0.25 (about, over 200 draws).
        Assert.Equal(0.0, RiskMetrics.CalibrationErrorFloor([0, 1, 1, 0]), Tolerance);
        Assert.InRange(RiskMetrics.CalibrationErrorFloor([0.5, 0.5]), 0.18, 0.32);
    }

    [Fact]
    public void Compute_NoPositives_RankingMeasuresUndefined()
    {
        var m = RiskMetrics.Compute([0.2, 0.1], [0.2, 0.1], [false, false], 20);

        Assert.True(double.IsNaN(m.RocAuc));
        Assert.True(double.IsNaN(m.PrAuc));
        Assert.Equal(2, m.K); // k is capped at the number of tasks
        Assert.Equal(0.0, m.PrecisionAtK, Tolerance);
    }

    [Fact]
    public void PlattScaling_RisingScore_GivesRisingProbabilityNearTheShares()
    {
        // scores 0 (8 of them, 2 positive) and 1 (8 of them, 6 positive): the fit must rank 1 above 0 and land near 1/4 and 3/4.
        double[] scores = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];
        bool[] labels = [true, true, false, false, false, false, false, false, true, true, true, true, true, true, false, false];

        var platt = PlattScaling.Fit(scores, labels);

        Assert.InRange(platt.Probability(0), 0.2, 0.32);
        Assert.InRange(platt.Probability(1), 0.68, 0.8);
    }

    [Fact]
    public void Stat_MeanAndSampleSpread_LeaveOutUndefined()
    {
        // 0.6 and 0.8: mean 0.7, sample sd sqrt(((-0.1)^2 + 0.1^2) / 1) = 0.1414; NaN left out.
        var s = RiskStat.Of([0.6, double.NaN, 0.8]);

        Assert.Equal(0.7, s.Mean, 1e-12);
        Assert.Equal(Math.Sqrt(0.02), s.Spread, 1e-12);
    }
}
