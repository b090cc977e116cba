using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>
/// Every figure the quarterly report prints, read from the metric views at <see cref="AsOf"/> (the quarter's
/// latest report month with data). The report computes nothing itself: it words and lays out these rows.
/// </summary>
public sealed record QuarterFigures(
    Quarter Quarter,
    ReportMonth AsOf,
    MetricSummaryRow Overall,
    IReadOnlyList<MetricSummaryRow> Ledgers,
    IReadOnlyList<MetricSummaryRow> Groups,
    IReadOnlyList<UnitRankingRow> Ranking,
    IReadOnlyList<ReportingDisciplineRow> Discipline,
    IReadOnlyList<DoubleHalfRow> DoubleHalf,
    IReadOnlyList<NegativeListRow> Negative,
    IReadOnlyList<ResultsListRow> Results,
    RiskFlags Risk)
{
    public DateOnly StatusDate => Overall.StatusDate;

    /// <summary>In a first quarter, where the last year's unfinished tasks went (year_end_carry_over); empty otherwise.</summary>
    public IReadOnlyList<YearEndCarryOverRow> CarryOver { get; init; } = [];

    /// <summary>In a fourth quarter, the year's assessment of the lead units at <see cref="AsOf"/> (unit_assessment); empty otherwise.</summary>
    public IReadOnlyList<UnitAssessmentRow> Assessment { get; init; } = [];

    /// <summary>The quarter's months up to <see cref="AsOf"/> whose ledger was never ingested, between stored months (missing_months).</summary>
    public IReadOnlyList<MissingMonthRow> MissingMonths { get; init; } = [];

    /// <summary>The tasks of each special group by the status its units reported (figure 4's data); empty when not read.</summary>
    public IReadOnlyList<Charts.GroupStatusCount> GroupStatus { get; init; } = [];

    /// <summary>Thresholds and the 红黑榜 weights (metric_settings), for the notes that spell them out.</summary>
    public MetricSettings? Settings { get; init; }

    /// <summary>True at the end of June, when 双过半 is assessed.</summary>
    public bool IsMidYear => AsOf.Month == 6;

    /// <summary>
    /// The year's 双过半 as assessed at the end of June (double_half, all tasks), for a quarter read after June; null
    /// before July or when June's ledger is not in the database.
    /// </summary>
    public DoubleHalfRow? MidYear { get; init; }

    public DoubleHalfRow? DoubleHalfOverall => DoubleHalf.FirstOrDefault(d => d.Dimension == "all");

    public IEnumerable<DoubleHalfRow> DoubleHalfOf(string dimension) => DoubleHalf.Where(d => d.Dimension == dimension);
}
