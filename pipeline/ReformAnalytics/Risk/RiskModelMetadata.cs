using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// Saved beside a trained model (risk-model.json): what it predicts, what it was trained on (training window,
/// rows, features, the data's fingerprint), its settings and its measures on the held-out calibration tasks.
/// </summary>
public sealed record RiskModelMetadata(
    int Version,
    string Learner,
    int Horizon,
    bool IncludeAlreadyRed,
    ReportMonth AsOf,
    ReportMonth TrainingFirstMonth,
    ReportMonth TrainingLastMonth,
    int TrainingRows,
    int TrainingTasks,
    int FitRows,
    int CalibrationRows,
    int FellBehind,
    bool CalibratedOnHeldOut,
    RiskMetricSet HeldOutMetrics,
    RiskDataFingerprint Data,
    IReadOnlyList<RiskFeature> Features,
    RiskModelSettings Settings,
    string Definition)
{
    public const int CurrentVersion = 1;
}
