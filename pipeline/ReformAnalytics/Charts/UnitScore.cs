namespace ReformAnalytics.Charts;

/// <summary>A unit's place in the ranking (红黑榜): composite score and rank (1 = best).</summary>
public sealed record UnitScore(string Unit, double Score, int Rank);
