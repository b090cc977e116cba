namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// The months of one year's planted cases (0 = not planted that year): a task added mid-year, a unit's missed
/// return, two rewordings (a word added in front of an overall task's name, a punctuation change in a local
/// pilot's), a corrected re-send of the overall ledger (last year only), the bad cells (last year only) and the month
/// whose overall ledger arrives as each lead unit's own return instead of one merged file (last year only).
/// </summary>
internal sealed record PlantPlan(
    int MidYearMonth,
    int MissingMonth,
    int PrefixRewordMonth,
    int PunctuationRewordMonth,
    int CorrectionMonth,
    IReadOnlyList<BadCellPlan> BadCells,
    int ReturnsMonth = 0)
{
    public static PlantPlan None { get; } = new(0, 0, 0, 0, 0, []);
}
