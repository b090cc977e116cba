using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>Options of <see cref="RiskBacktest"/>, with their defaults.</summary>
public sealed class RiskBacktestOptions
{
    public RiskOptions Model { get; init; } = new();

    /// <summary>k: how many tasks an inspection can look at (precision and recall at k).</summary>
    public int TopK { get; init; } = 20;

    /// <summary>The first cut-off comes this many report months after the first month with snapshots.</summary>
    public int MinimumHistoryMonths { get; init; } = 12;

    /// <summary>Cut-offs follow every this many months from the first.</summary>
    public int StepMonths { get; init; } = 3;

    /// <summary>The cut-offs to use instead of the rolling schedule (null: the schedule).</summary>
    public IReadOnlyList<ReportMonth>? CutOffs { get; init; }

    /// <summary>Also compare the baselines (set false only to time the model alone).</summary>
    public bool IncludeBaselines { get; init; } = true;

    public void Validate()
    {
        Model.Validate();
        if (TopK < 1)
        {
            throw new ArgumentException("前 k 名的 k 至少为1。", nameof(TopK));
        }

        if (MinimumHistoryMonths < 1 || StepMonths < 1)
        {
            throw new ArgumentException("回测的最少历史月数与间隔月数都至少为1。", nameof(MinimumHistoryMonths));
        }
    }
}
