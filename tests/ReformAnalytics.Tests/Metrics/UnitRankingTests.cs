using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.Metrics.MetricsFixture;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// 红黑榜 at June 2024 from <see cref="MetricsFixture"/>; weights 0.40 on time, 0.25 lag, 0.20 overdue, 0.15 discipline.
/// Quarter-to-date discipline (April + May + June), expected / missing:
///   发改局 3+3+3 = 9 / 0; 财政局 3+2+2 = 7 / 0 (T8 open in March, completed in April); 教育局 2+2+2 = 6 / 1 (T6 in June).
/// </summary>
public sealed class UnitRankingTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private const double Tolerance = 1e-9;

    private async Task<Dictionary<string, UnitRankingRow>> Ranking() =>
        (await new MetricQueries(fixture.Connection).UnitRankingAsync(new ReportMonth(2024, 6), CancellationToken.None))
            .ToDictionary(r => r.LeadUnit);

    [Fact]
    public async Task Ranking_ComponentScores_FollowTheDocumentedFormulas()
    {
        var units = await Ranking();

        // 发改局: on time 0 of 1 settled -> 0; lag 100 - 674/36; no overdue -> 100; discipline 9 expected, 0 missing -> 100.
        var development = units[Development];
        Assert.Equal(0.0, development.OnTimeScore, Tolerance);
        Assert.Equal(100 - (674.0 / 36), development.LagScore, Tolerance);
        Assert.Equal(100.0, development.OverdueScore, Tolerance);
        Assert.Equal((9, 0), (development.ExpectedReturnsQtd, development.MissingReturnsQtd));
        Assert.Equal(100.0, development.DisciplineScore, Tolerance);
        Assert.Equal((0.25 * (100 - (674.0 / 36))) + 20 + 15, development.Score, Tolerance); // 55.32

        // 财政局: on time 1 of 2 settled (T8 on time; T3 due 30 June, 95% in June's return) -> 50; lag 100 - 5 = 95; 100;
        // 7 expected, 0 missing -> 100. score 20 + 23.75 + 20 + 15 = 78.75
        Assert.Equal((7, 0), (units[Finance].ExpectedReturnsQtd, units[Finance].MissingReturnsQtd));
        Assert.Equal(50.0, units[Finance].OnTimeScore, Tolerance);
        Assert.Equal(78.75, units[Finance].Score, Tolerance);

        // 教育局: nothing settled -> 100; lag 100 - 91/3; 100; 1 of 6 missing -> 100 * 5/6.
        // score 40 + 0.25 * (209/3) + 20 + 0.15 * 500/6 = 40 + 17.4167 + 20 + 12.5 = 89.92
        var education = units[Education];
        Assert.Equal(100.0, education.OnTimeScore, Tolerance);
        Assert.Equal(500.0 / 6, education.DisciplineScore, Tolerance);
        Assert.Equal(40 + (0.25 * 209.0 / 3) + 20 + 12.5, education.Score, Tolerance);
    }

    [Fact]
    public async Task Ranking_OrdersByScore_AndPutsBestAndWorstOnTheBoards()
    {
        var units = await Ranking();

        // 教育局 89.92 > 财政局 78.75 > 发改局 55.32; 3 ranked units x board_share 0.2 = 0.6 -> one unit on each board.
        Assert.Equal((1, "red"), (units[Education].Rank, units[Education].Board));
        Assert.Equal((2, (string?)null), (units[Finance].Rank, units[Finance].Board));
        Assert.Equal((3, "black"), (units[Development].Rank, units[Development].Board));
        Assert.All(units.Values, u => Assert.Equal(3, u.UnitsRanked));
    }

    [Fact]
    public async Task Ranking_ComesBackBestFirst()
    {
        var rows = await new MetricQueries(fixture.Connection).UnitRankingAsync(new ReportMonth(2024, 6), CancellationToken.None);
        Assert.Equal([Education, Finance, Development], rows.Select(r => r.LeadUnit));
    }
}
