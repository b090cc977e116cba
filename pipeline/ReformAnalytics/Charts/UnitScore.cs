namespace ReformAnalytics.Charts;

/// <summary>
/// A unit's place in the ranking (红黑榜): composite score, rank (1 = best) and, when the ranking assigns one,
/// its board: <c>red</c> (红榜) or <c>black</c> (黑榜); <paramref name="FiguresNote"/>, the ranking's figures_note, when the
/// unit is ranked on returns it did not send (“12月未报送，按8月报送的进度计”).
/// </summary>
public sealed record UnitScore(string Unit, double Score, int Rank, string? Board = null, string? FiguresNote = null);
