using Microsoft.ML;
using Microsoft.ML.Data;

namespace ReformAnalytics.Risk;

/// <summary>
/// Which input each slot of the feature vector comes from: a numeric input (its value or its missing flag), a
/// category value of a categorical input, or an n-gram of the narrative. Read from the fitted featurizer's schema.
/// </summary>
internal sealed class RiskSlotMap
{
    private readonly int[] _feature;
    private readonly string?[] _detail;

    private RiskSlotMap(int[] feature, string?[] detail)
    {
        _feature = feature;
        _detail = detail;
    }

    public int Count => _feature.Length;

    /// <summary>Index into <see cref="RiskFeatures.All"/> of the input slot <paramref name="slot"/> comes from.</summary>
    public int FeatureOf(int slot) => _feature[slot];

    /// <summary>The category value or the n-gram (characters only) of a slot; "missing" for a missing flag; null otherwise.</summary>
    public string? DetailOf(int slot) => _detail[slot];

    public static RiskSlotMap From(DataViewSchema featurized)
    {
        var feature = new List<int>();
        var detail = new List<string?>();
        var categoryStart = RiskFeatures.Numeric.Count;
        foreach (var source in RiskPipeline.FeatureSources)
        {
            var column = featurized[source];
            var size = column.Type is VectorDataViewType vector ? vector.Size : 1;
            var names = SlotNames(column, size);
            for (var s = 0; s < size; s++)
            {
                switch (source)
                {
                    case RiskPipeline.NumericFilled:
                        feature.Add(s);
                        detail.Add(null);
                        break;
                    case RiskPipeline.MissingFlags:
                        feature.Add(s);
                        detail.Add("missing");
                        break;
                    case RiskPipeline.Words:
                        feature.Add(RiskFeatures.All.Count - 1);
                        detail.Add(CleanNgram(names[s]));
                        break;
                    default:
                        var categorical = RiskRow.CategoricalColumns.ToList().IndexOf(source[RiskPipeline.CategoryPrefix.Length..]);
                        feature.Add(categoryStart + categorical);
                        detail.Add(names[s]);
                        break;
                }
            }
        }

        return new RiskSlotMap([.. feature], [.. detail]);
    }

    private static string[] SlotNames(DataViewSchema.Column column, int size)
    {
        var names = new string[size];
        if (column.HasSlotNames())
        {
            VBuffer<ReadOnlyMemory<char>> buffer = default;
            column.GetSlotNames(ref buffer);
            var s = 0;
            foreach (var name in buffer.DenseValues())
            {
                names[s++] = name.ToString();
            }
        }

        for (var s = 0; s < size; s++)
        {
            names[s] ??= string.Empty;
        }

        return names;
    }

    /// <summary>"困|难" -> "困难"; the start and end markers of the character n-grams are dropped.</summary>
    private static string CleanNgram(string name)
    {
        var kept = new System.Text.StringBuilder(name.Length);
        foreach (var ch in name.Replace("<\u2402>", string.Empty, StringComparison.Ordinal).Replace("<\u2403>", string.Empty, StringComparison.Ordinal))
        {
            if (ch != '|')
            {
                kept.Append(ch);
            }
        }

        return kept.ToString();
    }
}
