namespace ReformAnalytics.Charts;

/// <summary>Where the amber and red lights begin, in percentage points of lag (drawn as reference lines).</summary>
public readonly record struct LagThresholds(double AmberPp, double RedPp);
