using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>Months missing between a ledger year's stored months, as ingest reports them.</summary>
public sealed class MonthGapsTests
{
    private const string LedgerCsv = "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n1,推进A改革,县发改局,2024年12月底前,序时推进,50%\n";

    [Fact]
    public async Task FindAsync_MonthsMissingBetweenTheFirstAndLastStored_OnlyForTheYearsAsked()
    {
        var stored = new[] { 1, 2, 3, 5, 8 }.Select(m => (Ledger.Overall, new ReportMonth(2024, m)))
            .Append((Ledger.Overall, new ReportMonth(2023, 9)))
            .Append((Ledger.Overall, new ReportMonth(2023, 11)))
            .Append((Ledger.LocalPilot, new ReportMonth(2024, 3)))
            .Append((Ledger.LocalPilot, new ReportMonth(2024, 4)));
        using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await ReformDatabase.EnsureSchemaAsync(connection, CancellationToken.None);
        foreach (var (ledger, month) in stored)
        {
            await ReformDatabase.ExecuteAsync(
                connection,
                """
                INSERT INTO snapshots (ledger, task_id, report_month, status_date, task_name, deadline_kind, open_ended, planned_start, status, source_file, source_sheet, source_row)
                VALUES ($1, 'T1', $2, last_day($2::DATE), '推进A改革', 'month', false, DATE '2024-01-01', 'on_track', 'x.csv', '', 2)
                """,
                CancellationToken.None,
                LedgerNames.Id(ledger),
                month.FirstDay.ToDateTime(TimeOnly.MinValue));
        }

        var gaps = await MonthGaps.FindAsync(connection, new HashSet<(Ledger, int)> { (Ledger.Overall, 2024), (Ledger.LocalPilot, 2024) }, CancellationToken.None);

        // 2023 (October missing) is not asked about; 自选试点 2024 (March, April) has no gap, and no month before March is asked for.
        var gap = Assert.Single(gaps);
        Assert.Equal((Ledger.Overall, 2024), (gap.Ledger, gap.Year));
        Assert.Equal([4, 6, 7], gap.Missing);
        Assert.Equal(
            "2024年改革任务总台账已入库1—3月、5月、8月，缺4月、6—7月的台账：缺月及其下一个月的环比变化和漏报无法计算，进度停滞跨过缺月计算。请补齐后导入；如该月确无台账（如1—2月合并报送），可不理会。",
            gap.Describe());
    }

    [Fact]
    public async Task Ingest_SaysWhichMonthIsMissing_UntilItIsIngested()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv");
        Write(f, "2024年8月改革任务总台账.csv");

        var first = await f.IngestAsync();

        var gap = Assert.Single(first.MonthGaps);
        Assert.Equal([6, 8], gap.Stored);
        Assert.Equal([7], gap.Missing);

        // Nothing new: the gap is still there, and still said.
        Assert.Single((await f.IngestAsync()).MonthGaps);

        Write(f, "2024年7月改革任务总台账.csv");
        Assert.Empty((await f.IngestAsync()).MonthGaps);
    }

    private static void Write(IngestFixture f, string name) =>
        File.WriteAllText(Path.Combine(f.Input, name), LedgerCsv, new UTF8Encoding(false));
}
