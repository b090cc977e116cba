using System.Globalization;

namespace ReformAnalytics.Model;

/// <summary>
/// How a 红黑榜 or 年度考核 score is printed, in every output alike: two decimals (92.00, 91.79). Where two units
/// with different ranks still print the same, a table prints more decimals until they differ, so no unit reads
/// a lower place beside an equal score.
/// </summary>
public static class ScoreText
{
    /// <summary>Decimals a score is printed with unless more are needed to tell ranks apart.</summary>
    public const int Decimals = 2;

    /// <summary>The most decimals a table goes to; scores closer than that are told apart in a note.</summary>
    public const int MaxDecimals = 4;

    /// <summary>The score with <paramref name="decimals"/> decimals, halves away from zero: 92.00, 99.19.</summary>
    public static string Of(double score, int decimals = Decimals) =>
        Math.Round(score, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// The fewest decimals, from <see cref="Decimals"/> up to <see cref="MaxDecimals"/>, at which no two of the rows
    /// with different ranks print the same score (units sharing a rank share their score).
    /// </summary>
    public static int DecimalsToSeparate(IEnumerable<(double Score, int? Rank)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ranked = rows.Where(r => r.Rank is not null).ToList();
        for (var decimals = Decimals; decimals < MaxDecimals; decimals++)
        {
            if (!HasTie(ranked, decimals))
            {
                return decimals;
            }
        }

        return MaxDecimals;
    }

    /// <summary>Whether two rows with different ranks print the same score at <paramref name="decimals"/>.</summary>
    public static bool HasTie(IEnumerable<(double Score, int? Rank)> rows, int decimals)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Rank is not null)
            .GroupBy(r => Of(r.Score, decimals), StringComparer.Ordinal)
            .Any(g => g.Select(r => r.Rank).Distinct().Count() > 1);
    }
}
