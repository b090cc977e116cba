namespace ReformAnalytics.Risk;

/// <summary>A trained model with its metadata, in memory.</summary>
internal sealed record RiskTrainedModel(RiskModel Model, RiskModelMetadata Metadata);
