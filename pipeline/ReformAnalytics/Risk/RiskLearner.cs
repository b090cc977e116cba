namespace ReformAnalytics.Risk;

/// <summary>The learners the risk stage trains on the same features.</summary>
public enum RiskLearner
{
    /// <summary>Gradient-boosted trees (ML.NET FastTree): the model.</summary>
    FastTree,

    /// <summary>L-BFGS logistic regression on normalised features: a baseline.</summary>
    LogisticRegression,
}
