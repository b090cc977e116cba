namespace ReformAnalytics.Risk;

/// <summary>One input of the risk model: its column in risk_features, its Chinese name and its kind.</summary>
public sealed record RiskFeature(string Column, string Label, RiskFeatureKind Kind);
