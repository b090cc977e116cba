namespace ReformAnalytics.Charts;

/// <summary>
/// A unit's place in the ranking (红黑榜): composite score, rank (1 = best) and, when the ranking assigns one,
/// its board: <c>red</c> (红榜) or <c>black</c> (黑榜).
/// </summary>
public sealed record UnitScore(string Unit, double Score, int Rank, string? Board = null);
