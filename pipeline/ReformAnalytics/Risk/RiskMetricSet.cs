namespace ReformAnalytics.Risk;

/// <summary>
/// How one method did on one test set (or, averaged, over the cut-offs): ROC-AUC and PR-AUC (average precision)
/// of its ranking, precision and recall among its top <see cref="K"/>, and the Brier score and expected
/// calibration error (10 equal bins) of its probabilities. NaN where undefined (e.g. no task fell behind).
/// <see cref="CalibrationErrorFloor"/> is the calibration error to expect from sampling alone on these tasks if the
/// probabilities were exactly right (the mean over simulated outcomes drawn from them): below it, ECE cannot be judged.
/// </summary>
public sealed record RiskMetricSet(
    int Count,
    int Positives,
    double Prevalence,
    double RocAuc,
    double PrAuc,
    int K,
    double PrecisionAtK,
    double RecallAtK,
    double Brier,
    double CalibrationError,
    double CalibrationErrorFloor);
