using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Ingest;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// What the docs say the sample county (<c>reform demo</c>) shows, read from the docs and held against the sample county
/// itself, so that a change to the sample generator that moves a figure fails here instead of leaving the page stale.
/// Before, docs/metrics.md said figure 2 drew 187 tasks at the year's end (the sample has drawn 191 since its
/// sub-tasks were planted), docs/risk.md quoted a leader's 41 tasks with the ratio 2.7 that only 42 tasks give, and the
/// dashboard's load-run example asked for the page of 县发改委, a unit the sample does not have (a 404 measured).
/// </summary>
[Collection(SampleCountyCollection.Name)]
public sealed partial class SampleCountyDocsTests(SampleCountyFixture county)
{
    [Fact]
    public async Task MetricsDoc_FigureTwo_DrawnTasksAndTasksAtFullTime_AreTheSampleCountys()
    {
        var match = FigureTwoCounts().Match(Page("docs/metrics.md"));
        Assert.True(match.Success, "docs/metrics.md no longer quotes figure 2's counts as this test reads them");
        int Quoted(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

        await using var connection = await OpenAsync();
        Assert.Equal((Quoted(1), Quoted(1)), await DotsAsync(connection, "2024-12-01"));
        Assert.Equal((Quoted(2), Quoted(3)), await DotsAsync(connection, "2024-09-01"));
        Assert.Equal((Quoted(4), Quoted(5)), await DotsAsync(connection, "2024-06-01"));
    }

    [Fact]
    public async Task MetricsDoc_UnitsWithMissingReturns_AreTheSampleCountys()
    {
        var comment = Assert.Single(MissingReturnsComment().Matches(Page("docs/metrics.md"))).Groups[1].Value;
        var quoted = UnitInMonth().Matches(comment)
            .Select(m => $"{m.Groups[1].Value} {DateTime.ParseExact(m.Groups[2].Value, "MMMM yyyy", CultureInfo.InvariantCulture):yyyy-MM}")
            .ToList();

        await using var connection = await OpenAsync();
        var stored = await StringsAsync(connection, """
            SELECT lead_unit || ' ' || strftime(report_month, '%Y-%m') FROM reporting_discipline
            WHERE return_missing ORDER BY report_month DESC, lead_unit
            """);

        Assert.Equal(3, quoted.Count);
        Assert.Equal(stored, quoted);
    }

    [Fact]
    public async Task RiskDoc_LeaderLoadExample_IsASampleCountyLeadersFigures()
    {
        var match = LeaderLoadSentence().Match(Page("docs/risk.md"));
        Assert.True(match.Success, "docs/risk.md no longer gives the leader-load sentence as this test reads it");
        var (leader, tasks, ratio) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);

        // The sentence as RiskReasonWriter writes it from risk_features: the leader's tasks and the ratio to one decimal.
        await using var connection = await OpenAsync();
        var months = await StringsAsync(connection, $"""
            SELECT DISTINCT strftime(report_month, '%Y-%m') FROM risk_features
            WHERE list_contains(string_split(leader, '、'), '{leader}') AND leader_tasks = {tasks}
              AND abs(leader_load_ratio - {ratio}) < 0.05
            ORDER BY 1
            """);

        Assert.NotEmpty(months);
    }

    [Fact]
    public async Task DashboardReadme_LoadRunUnitPage_IsASampleCountyUnit()
    {
        var unit = Assert.Single(UnitPage().Matches(Page("dashboards/README.md"))).Groups[1].Value;

        await using var connection = await OpenAsync();
        var units = await StringsAsync(connection, "SELECT DISTINCT lead_unit FROM snapshots WHERE lead_unit IS NOT NULL ORDER BY 1");

        Assert.Contains(unit, units);
    }

    private static string Page(string path) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, path));

    private async Task<DuckDBConnection> OpenAsync()
    {
        var connection = await ReformDatabase.OpenForWriteAsync(county.Db, CancellationToken.None);
        await RiskViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    /// <summary>Figure 2's dots at a month (tasks with a planned and an actual figure) and those whose time is all gone.</summary>
    private static async Task<(int AtFullTime, int Drawn)> DotsAsync(DuckDBConnection connection, string month)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*) FILTER (planned_pct >= 100), count(*) FROM task_status
            WHERE report_month = DATE '{month}' AND planned_pct IS NOT NULL AND actual_pct IS NOT NULL
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }

    private static async Task<List<string>> StringsAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    [GeneratedRegex(@"on 31 December all (\d+) drawn tasks stand at 100; on 30 September (\d+) of (\d+) do, and on\s+30 June (\d+) of (\d+)")]
    private static partial Regex FigureTwoCounts();

    [GeneratedRegex(@"-- the units with missing returns.*?\(in the sample county of reform demo: (.*?); add", RegexOptions.Singleline)]
    private static partial Regex MissingReturnsComment();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}+) in ([A-Z][a-z]+ \d{4})")]
    private static partial Regex UnitInMonth();

    [GeneratedRegex(@"责任领导(\p{IsCJKUnifiedIdeographs}+?)分管任务(\d+)项，是平均数的(\d+\.\d)倍")]
    private static partial Regex LeaderLoadSentence();

    [GeneratedRegex(@"http://127\.0\.0\.1:5080/units/([^""\s/]+)""")]
    private static partial Regex UnitPage();
}
