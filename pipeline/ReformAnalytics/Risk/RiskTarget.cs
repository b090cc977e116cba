namespace ReformAnalytics.Risk;

/// <summary>One acceptance target of the model, checked on the means over the cut-offs, in Chinese.</summary>
public sealed record RiskTarget(string Name, bool Met, string Detail);
