namespace ReformAnalytics.Risk;

/// <summary>One reason a task was flagged: the input it rests on (a column of risk_features) and a plain Chinese sentence.</summary>
public sealed record RiskReason(string Feature, string Text);
