using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.TaskHeadings;

/// <summary>
/// A county whose ledger splits tasks into sub-tasks of one name (改革任务总台账, May and June 2024, ingested from CSV),
/// with the metric views installed. By hand, at June (D = 2024-06-30, S = 2024-01-01):
///   1   深化国资国企改革 (heading)   1.1 制定实施方案  县国资办  6月底前   80% → 100%: completed in June, on time (成果清单)
///   2   深化财税体制改革 (heading)   2.1 制定实施方案  县财政局  5月底前   30% → 40%: overdue 30 days, planned 100 → 60 behind
///                                   2.2 完善预算制度  县财政局  12月底前  30% in May, not in June's return: missing
///   3   推进数字政府建设 (no heading)             县数据局  6月底前   50% → 60%: due 30 June, unfinished, 40 behind
/// The task under no heading keeps its bare name everywhere; the two 制定实施方案 read with their headings.
/// </summary>
public sealed class TaskHeadingCounty : IAsyncLifetime
{
    public const string StateAssets = "深化国资国企改革";
    public const string Fiscal = "深化财税体制改革";
    public const string Plan = "制定实施方案";

    private const string Header = "序号,改革任务,牵头单位,完成时限,完成进度\n一、经济体制改革专项小组,,,,\n";

    private readonly IngestFixture _ingest = new();

    public DuckDBConnection Connection { get; private set; } = null!;

    public string DbPath => _ingest.Db;

    public string Folder => Path.GetDirectoryName(_ingest.Db)!;

    public async Task InitializeAsync()
    {
        Write("2024年5月改革任务总台账.csv", """
            1,深化国资国企改革,,,
            1.1,制定实施方案,县国资办,2024年6月底前,80%
            2,深化财税体制改革,,,
            2.1,制定实施方案,县财政局,2024年5月底前,30%
            2.2,完善预算制度,县财政局,2024年12月底前,30%
            3,推进数字政府建设,县数据局,2024年6月底前,50%

            """);
        Write("2024年6月改革任务总台账.csv", """
            1,深化国资国企改革,,,
            1.1,制定实施方案,县国资办,2024年6月底前,100%
            2,深化财税体制改革,,,
            2.1,制定实施方案,县财政局,2024年5月底前,40%
            3,推进数字政府建设,县数据局,2024年6月底前,60%

            """);
        var summary = await _ingest.IngestAsync();
        Assert.Equal(7, summary.RowsStored);

        Connection = await ReformDatabase.OpenForWriteAsync(_ingest.Db, CancellationToken.None);
        await MetricViews.InstallAsync(Connection, CancellationToken.None);
        await RiskViews.InstallAsync(Connection, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        _ingest.Dispose();
    }

    /// <summary>The task id of a task by its name and lead unit.</summary>
    public async Task<string> TaskIdAsync(string name, string unit)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT task_id FROM snapshots WHERE task_name = $name AND lead_unit = $unit";
        command.Parameters.Add(new DuckDBParameter("name", name));
        command.Parameters.Add(new DuckDBParameter("unit", unit));
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private void Write(string name, string rows) =>
        File.WriteAllText(Path.Combine(_ingest.Input, name), Header + rows, new UTF8Encoding(true));
}
