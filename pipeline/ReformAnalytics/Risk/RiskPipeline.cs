using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace ReformAnalytics.Risk;

/// <summary>
/// The ML.NET estimators of the risk stage: the featurizer (numbers with missing values filled by the training
/// mean and flagged, categories one-hot, the narrative as character unigrams and bigrams), then a learner.
/// </summary>
internal static class RiskPipeline
{
    public const string NumericFilled = "NumericFilled";
    public const string MissingFlags = "MissingFlags";
    public const string Words = "Words";
    public const string Features = "Features";
    public const string CategoryPrefix = "OneHot";

    /// <summary>The columns concatenated into <see cref="Features"/>, in order.</summary>
    public static IReadOnlyList<string> FeatureSources { get; } =
        [NumericFilled, MissingFlags, .. RiskRow.CategoricalColumns.Select(c => CategoryPrefix + c), Words];

    public static IEstimator<ITransformer> Featurizer(MLContext ml, RiskOptions options)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 2,
                UseAllLengths = true,
                MaximumNgramsCount = [options.MaximumNgrams],
            },
            KeepNumbers = false,
            KeepPunctuations = false,
            KeepDiacritics = true,
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        var categories = RiskRow.CategoricalColumns.Select(c => new InputOutputColumnPair(CategoryPrefix + c, c)).ToArray();
        return ml.Transforms.IndicateMissingValues("Missing", nameof(RiskRow.Numeric))
            .Append(ml.Transforms.Conversion.ConvertType(MissingFlags, "Missing", DataKind.Single))
            .Append(ml.Transforms.ReplaceMissingValues(NumericFilled, nameof(RiskRow.Numeric), MissingValueReplacingEstimator.ReplacementMode.Mean))
            .Append(ml.Transforms.Categorical.OneHotEncoding(categories))
            .Append(ml.Transforms.Text.FeaturizeText(Words, text, nameof(RiskRow.Narrative)))
            .Append(ml.Transforms.Concatenate(Features, [.. FeatureSources]));
    }

    public static IEstimator<ITransformer> Learner(MLContext ml, RiskLearner learner, RiskOptions options) => learner switch
    {
        RiskLearner.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(RiskRow.Label),
            FeatureColumnName = Features,
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
        }),
        RiskLearner.LogisticRegression => ml.Transforms.NormalizeMeanVariance(Features)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(RiskRow.Label),
                FeatureColumnName = Features,
            })),
        _ => throw new ArgumentOutOfRangeException(nameof(learner)),
    };
}
