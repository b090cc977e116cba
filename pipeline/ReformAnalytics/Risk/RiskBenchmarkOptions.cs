namespace ReformAnalytics.Risk;

/// <summary>Options of <see cref="RiskBenchmark"/>, with their defaults.</summary>
public sealed class RiskBenchmarkOptions
{
    /// <summary>Where the scaled sample, its lake and its database are kept (reused on the next run with the same scale).</summary>
    public string WorkDirectory { get; init; } = string.Empty;

    /// <summary>Sample counties (SampleOptions.Scale). A county gives about 3,670 rows with a known outcome, so 280 give about 1.03 million.</summary>
    public int Scale { get; init; } = 280;

    /// <summary>How many open tasks to score in the scoring measurement.</summary>
    public int ScoringRows { get; init; } = 100_000;

    /// <summary>How many of them to explain (the length of a long list); explanations cost more than scores.</summary>
    public int ExplainedRows { get; init; } = 1_000;

    public RiskOptions Model { get; init; } = new();

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(WorkDirectory))
        {
            throw new ArgumentException("请指定风险模型基准的工作目录。", nameof(WorkDirectory));
        }

        if (Scale is < 1 or > 1000 || ScoringRows < 1 || ExplainedRows < 0)
        {
            throw new ArgumentException("基准参数无效：规模倍数须在 1 至 1000 之间，打分任务数至少 1。", nameof(Scale));
        }

        Model.Validate();
    }
}
