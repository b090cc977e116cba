namespace ReformAnalytics.Risk;

/// <summary>The learner settings a model was trained with (from <see cref="RiskOptions"/>).</summary>
public sealed record RiskModelSettings(
    int Seed,
    int NumberOfTrees,
    int NumberOfLeaves,
    int MinimumExampleCountPerLeaf,
    double LearningRate,
    double CalibrationShare,
    int MaximumNgrams)
{
    internal static RiskModelSettings From(RiskOptions o) =>
        new(o.Seed, o.NumberOfTrees, o.NumberOfLeaves, o.MinimumExampleCountPerLeaf, o.LearningRate, o.CalibrationShare, o.MaximumNgrams);

    internal RiskOptions ToOptions(int horizon, bool includeAlreadyRed) => new()
    {
        Horizon = horizon,
        IncludeAlreadyRed = includeAlreadyRed,
        Seed = Seed,
        NumberOfTrees = NumberOfTrees,
        NumberOfLeaves = NumberOfLeaves,
        MinimumExampleCountPerLeaf = MinimumExampleCountPerLeaf,
        LearningRate = LearningRate,
        CalibrationShare = CalibrationShare,
        MaximumNgrams = MaximumNgrams,
    };
}
