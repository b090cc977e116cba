using DuckDB.NET.Data;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>Reads <see cref="QuarterFigures"/> from the metric views through <see cref="MetricQueries"/>.</summary>
public static class QuarterFiguresLoader
{
    public static async Task<QuarterFigures> LoadAsync(DuckDBConnection connection, Quarter quarter, int riskRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var asOf = await ChartSet.ReportMonthOfAsync(connection, quarter, cancellationToken).ConfigureAwait(false);
        var q = new MetricQueries(connection);
        var overall = (await q.SummaryAsync(asOf, MetricGrouping.All, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new InvalidOperationException($"指标视图中没有{asOf.Label}的汇总数据，请先运行 reform metrics 或重建指标。");
        var ledgers = await q.SummaryAsync(asOf, MetricGrouping.Ledger, cancellationToken).ConfigureAwait(false);
        var groups = await q.SummaryAsync(asOf, MetricGrouping.Group, cancellationToken).ConfigureAwait(false);
        var ranking = await q.UnitRankingAsync(asOf, cancellationToken).ConfigureAwait(false);

        var discipline = new List<ReportingDisciplineRow>();
        for (var month = quarter.FirstMonth; month <= asOf; month = month.Next())
        {
            discipline.AddRange(await q.ReportingDisciplineAsync(month, cancellationToken).ConfigureAwait(false));
        }

        var doubleHalf = new List<DoubleHalfRow>();
        foreach (var by in new[] { MetricGrouping.All, MetricGrouping.Ledger, MetricGrouping.Group, MetricGrouping.Unit })
        {
            doubleHalf.AddRange(await q.DoubleHalfAsync(asOf, by, cancellationToken).ConfigureAwait(false));
        }

        var midYear = asOf.Month > 6
            ? (await q.DoubleHalfAsync(new ReportMonth(asOf.Year, 6), MetricGrouping.All, cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            : null;
        var negative = await q.NegativeListAsync(asOf, cancellationToken).ConfigureAwait(false);
        var results = await q.ResultsListAsync(quarter.FirstMonth, asOf, cancellationToken).ConfigureAwait(false);
        var risk = await RiskFlagReader.ReadAsync(connection, asOf, riskRows, cancellationToken).ConfigureAwait(false);
        var carryOver = quarter.Number == 1 ? await q.YearEndCarryOverAsync(quarter.Year - 1, cancellationToken).ConfigureAwait(false) : [];
        var assessment = quarter.Number == 4 ? await q.UnitAssessmentAsync(asOf, cancellationToken).ConfigureAwait(false) : [];
        var missingMonths = await q.MissingMonthsAsync(quarter.FirstMonth, asOf, cancellationToken).ConfigureAwait(false);
        var settings = await q.SettingsAsync(cancellationToken).ConfigureAwait(false);
        return new QuarterFigures(quarter, asOf, overall, ledgers, groups, ranking, discipline, doubleHalf, negative, results, risk)
        {
            CarryOver = carryOver,
            Assessment = assessment,
            MissingMonths = missingMonths,
            Settings = settings,
            MidYear = midYear,
        };
    }
}
