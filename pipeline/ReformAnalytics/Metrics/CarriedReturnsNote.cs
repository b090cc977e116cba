namespace ReformAnalytics.Metrics;

/// <summary>
/// The line <c>reform metrics --by unit</c> writes beside its table when units owed returns in the month and did not send
/// them: those units are missing from the table (or are there with fewer tasks), while the 红黑榜 and the 年度考核 count
/// the returns at their last reported progress. Each unit with its figures_note, the view's own words.
/// </summary>
public static class CarriedReturnsNote
{
    /// <summary>The line for <paramref name="ranking"/> (unit_ranking of one month), or null when no unit has a figures_note.</summary>
    public static string? Of(IReadOnlyList<UnitRankingRow> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var noted = ranking.Where(u => u.FiguresNote is not null).OrderBy(u => u.LeadUnit, StringComparer.Ordinal).ToList();
        return noted.Count == 0
            ? null
            : "未报送或漏报的单位：" + string.Join("；", noted.Select(u => u.LeadUnit + u.FiguresNote))
                + "。上表只计本月报送的任务；红黑榜和年度考核把未报送的任务按上次报送的进度计入，计划进度、滞后和逾期按月末计算（reform lists）。";
    }
}
