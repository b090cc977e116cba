using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// The rolling-origin backtest: per cut-off and, per method, mean ± spread over the cut-offs, with the model's
/// targets checked. When the history is too short, <see cref="Message"/> says (in Chinese) how much is needed and
/// the lists are empty.
/// </summary>
public sealed record RiskBacktestResult(
    int Horizon,
    int TopK,
    bool IncludeAlreadyRed,
    ReportMonth? FirstMonth,
    ReportMonth? LastMonth,
    IReadOnlyList<RiskCutOffResult> CutOffs,
    IReadOnlyList<RiskMethodSummary> Summaries,
    IReadOnlyList<RiskTarget> Targets,
    string? Message)
{
    /// <summary>The report files written (Markdown and JSON), when an output folder was given.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Cut-offs of the schedule that were skipped, and why (Chinese).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Message is null;

    /// <summary>Mean share of the test tasks that fell behind, over the cut-offs.</summary>
    public double MeanPrevalence => CutOffs.Count == 0 ? double.NaN : CutOffs.Average(c => c.TestTasks == 0 ? 0 : (double)c.TestFellBehind / c.TestTasks);

    public bool AllTargetsMet => Targets.Count > 0 && Targets.All(t => t.Met);

    public RiskMethodSummary? Summary(RiskMethod method) => Summaries.FirstOrDefault(s => s.Method == method);
}
