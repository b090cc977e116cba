using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// The 督察前风险清单 at one status date: the top <see cref="Flags"/>, how many open tasks were scored, where the
/// model came from and the workbook written; or a Chinese <see cref="Message"/> saying why there is no list.
/// </summary>
public sealed record RiskFlagResult(
    ReportMonth AsOf,
    int Horizon,
    int ScoredTasks,
    IReadOnlyList<RiskFlag> Flags,
    string ModelSource,
    string? XlsxPath,
    string? Message)
{
    public bool Succeeded => Message is null;
}
