namespace ReformAnalytics.Risk;

public enum RiskFeatureKind
{
    /// <summary>A number (missing values are filled with the training mean and flagged).</summary>
    Numeric,

    /// <summary>A category, one-hot encoded.</summary>
    Categorical,

    /// <summary>The progress narrative, as Chinese character unigrams and bigrams.</summary>
    Text,
}
