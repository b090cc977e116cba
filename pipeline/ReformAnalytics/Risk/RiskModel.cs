using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ReformAnalytics.Risk;

/// <summary>
/// A trained risk model: featurizer, learner and a Platt calibration fitted on held-out tasks. Predicts the
/// calibrated probability of falling behind and, for the gradient-boosted trees, each input's contribution.
/// </summary>
internal sealed class RiskModel
{
    private const string Probability = "Probability";
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly ITransformer _scorer;
    private readonly ITransformer? _calibrator;
    private readonly DataViewSchema _inputSchema;

    private RiskModel(MLContext ml, RiskLearner learner, ITransformer featurizer, ITransformer scorer, ITransformer? calibrator, DataViewSchema inputSchema)
    {
        _ml = ml;
        Learner = learner;
        _featurizer = featurizer;
        _scorer = scorer;
        _calibrator = calibrator;
        _inputSchema = inputSchema;
        Slots = RiskSlotMap.From(featurizer.GetOutputSchema(inputSchema));
    }

    public RiskLearner Learner { get; }

    /// <summary>True when the probabilities were calibrated on held-out tasks (false: the learner's own, from training rows).</summary>
    public bool CalibratedOnHeldOut => _calibrator is not null;

    public RiskSlotMap Slots { get; }

    /// <summary>
    /// Trains <paramref name="learner"/> on <paramref name="fit"/> and fits the Platt calibration on the scores of
    /// <paramref name="calibration"/> (other tasks). Without both outcomes among the calibration rows the learner's
    /// own calibration is kept.
    /// </summary>
    public static RiskModel Train(IReadOnlyList<RiskRow> fit, IReadOnlyList<RiskRow> calibration, RiskLearner learner, RiskOptions options)
    {
        var ml = new MLContext(options.Seed);
        var fitData = ml.Data.LoadFromEnumerable(fit);
        var featurizer = RiskPipeline.Featurizer(ml, options).Fit(fitData);
        var scorer = RiskPipeline.Learner(ml, learner, options).Fit(featurizer.Transform(fitData));
        ITransformer? calibrator = null;
        if (calibration.Any(r => r.Label) && calibration.Any(r => !r.Label))
        {
            var scored = scorer.Transform(featurizer.Transform(ml.Data.LoadFromEnumerable(calibration)));
            calibrator = ml.BinaryClassification.Calibrators.Platt(nameof(RiskRow.Label)).Fit(scored);
        }

        return new RiskModel(ml, learner, featurizer, scorer, calibrator, fitData.Schema);
    }

    /// <summary>The calibrated probability of falling behind, one per row, in order.</summary>
    public float[] Predict(IReadOnlyList<RiskRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var output = Transform(_ml.Data.LoadFromEnumerable(rows));
        return [.. output.GetColumn<float>(Probability)];
    }

    /// <summary>Each row's input contributions to the trees' score (gradient-boosted trees only).</summary>
    public IReadOnlyList<RiskContribution> Explain(IReadOnlyList<RiskRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var predictor = _scorer as ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>
            ?? throw new InvalidOperationException("只有梯度提升树模型可以给出特征贡献。");
        var featurized = _featurizer.Transform(_ml.Data.LoadFromEnumerable(rows));
        var contributions = _ml.Transforms.CalculateFeatureContribution(predictor, numberOfPositiveContributions: 64, numberOfNegativeContributions: 64, normalize: false)
            .Fit(featurized)
            .Transform(featurized)
            .GetColumn<VBuffer<float>>("FeatureContributions");
        var result = new List<RiskContribution>(rows.Count);
        foreach (var vector in contributions)
        {
            var byFeature = new Dictionary<int, double>();
            var ngrams = new List<(string, double)>();
            var indices = vector.GetIndices();
            var values = vector.GetValues();
            for (var i = 0; i < values.Length; i++)
            {
                var slot = vector.IsDense ? i : indices[i];
                if (values[i] == 0)
                {
                    continue;
                }

                var feature = Slots.FeatureOf(slot);
                byFeature[feature] = byFeature.GetValueOrDefault(feature) + values[i];
                if (feature == RiskFeatures.All.Count - 1 && Slots.DetailOf(slot) is { Length: > 0 } ngram)
                {
                    ngrams.Add((ngram, values[i]));
                }
            }

            ngrams.Sort((a, b) => b.Item2.CompareTo(a.Item2));
            result.Add(new RiskContribution(byFeature, ngrams));
        }

        return result;
    }

    /// <summary>Saves featurizer, learner and calibration as one ML.NET model file.</summary>
    public void Save(string path)
    {
        var chain = new TransformerChain<ITransformer>([_featurizer, _scorer, .. _calibrator is null ? Array.Empty<ITransformer>() : [_calibrator]]);
        _ml.Model.Save(chain, _inputSchema, path);
    }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    public static RiskModel Load(string path, RiskLearner learner, int seed)
    {
        var ml = new MLContext(seed);
        var loaded = ml.Model.Load(path, out var inputSchema);
        var parts = loaded is TransformerChain<ITransformer> chain ? chain.ToList() : [loaded];
        if (parts.Count is < 2 or > 3)
        {
            throw new InvalidDataException($"风险模型文件 {path} 的结构无法识别（{parts.Count}个部分）。");
        }

        return new RiskModel(ml, learner, parts[0], parts[1], parts.Count == 3 ? parts[2] : null, inputSchema);
    }

    private IDataView Transform(IDataView data)
    {
        var scored = _scorer.Transform(_featurizer.Transform(data));
        return _calibrator is null ? scored : _calibrator.Transform(scored);
    }
}
