using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// One cut-off C of the backtest: trained on rows whose outcome was known at C (tasks open at C left out),
/// tested on the tasks open at C against what happened in the next H months.
/// </summary>
public sealed record RiskCutOffResult(
    ReportMonth CutOff,
    int TrainingRows,
    int TrainingTasks,
    int TestTasks,
    int TestFellBehind,
    IReadOnlyList<RiskMethodResult> Methods);
