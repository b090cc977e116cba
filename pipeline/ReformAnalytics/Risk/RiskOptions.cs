using System.Globalization;

namespace ReformAnalytics.Risk;

/// <summary>What the risk model predicts and how it is trained, with the defaults in one place.</summary>
public sealed class RiskOptions
{
    public const int DefaultHorizon = 3;

    public const int DefaultSeed = 20240601;

    /// <summary>H: the task falls behind at some snapshot within the next H report months (1-12).</summary>
    public int Horizon { get; init; } = DefaultHorizon;

    /// <summary>Score tasks already red at D as well (by default they are left out: they are on the 负面清单 already).</summary>
    public bool IncludeAlreadyRed { get; init; }

    /// <summary>The seed of every random choice of the learners (MLContext, FastTree).</summary>
    public int Seed { get; init; } = DefaultSeed;

    public int NumberOfTrees { get; init; } = 100;

    public int NumberOfLeaves { get; init; } = 16;

    public int MinimumExampleCountPerLeaf { get; init; } = 20;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>Share of the training tasks (whole tasks, by a hash of their id) held out to fit the Platt calibration.</summary>
    public double CalibrationShare { get; init; } = 0.25;

    /// <summary>The text featurizer keeps at most this many character n-grams of the progress narrative.</summary>
    public int MaximumNgrams { get; init; } = 1000;

    /// <summary>Training needs at least this many rows with a known outcome ...</summary>
    public int MinimumTrainingExamples { get; init; } = 200;

    /// <summary>... and at least this many that fell behind and this many that did not.</summary>
    public int MinimumPerClass { get; init; } = 20;

    /// <summary>Throws <see cref="ArgumentException"/> with a message for the user when a value is out of range.</summary>
    public void Validate()
    {
        if (Horizon is < 1 or > 12)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"预测期{Horizon}个月无效：须在1至12个月之间。"), nameof(Horizon));
        }

        if (NumberOfTrees < 1 || NumberOfLeaves < 2 || MinimumExampleCountPerLeaf < 1 || LearningRate <= 0 || LearningRate > 1)
        {
            throw new ArgumentException("梯度提升树参数无效：树的数量至少1、叶子数至少2、每叶最少样本至少1、学习率在0到1之间。", nameof(NumberOfTrees));
        }

        if (CalibrationShare is <= 0 or >= 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"校准集比例{CalibrationShare}无效：须大于0、小于1。"), nameof(CalibrationShare));
        }

        if (MaximumNgrams < 1)
        {
            throw new ArgumentException("进展情况文本特征数至少为1。", nameof(MaximumNgrams));
        }

        if (MinimumTrainingExamples < 10 || MinimumPerClass < 2)
        {
            throw new ArgumentException("训练样本下限过小：至少10个样本、每类至少2个。", nameof(MinimumTrainingExamples));
        }
    }
}
