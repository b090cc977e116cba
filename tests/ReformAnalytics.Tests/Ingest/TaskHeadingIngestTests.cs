using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Lake;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Sub-tasks under a heading keep it in snapshots.task_heading, and a task's identity across months still holds: two of a
/// unit's 制定实施方案, one under each heading, keep their own histories when July lists the headings the other way round.
/// </summary>
public sealed class TaskHeadingIngestTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成进度\n一、社会体制改革专项小组,,,,\n";

    [Fact]
    public async Task TwoSubTasksOfOneNameAndUnit_UnderTwoHeadings_KeepTheirHeadingsAndHistories_WhenTheHeadingsSwap()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv",
            "（一）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n（二）,推进集团化办学,,,\n1,制定实施方案,县教育局,2024年9月底前,50%\n");
        Write(f, "2024年7月改革任务总台账.csv",
            "（一）,推进集团化办学,,,\n1,制定实施方案,县教育局,2024年9月底前,70%\n（二）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n");

        var summary = await f.IngestAsync();

        // By hand: June rows 4 and 6, July rows 4 and 6; the heading under which each stands, the group above both. The task
        // under 推进集团化办学 goes 50 → 70; the one under 深化教育评价改革 stays 100. Before, the headings were stored as the
        // group, June was warned of as one task written twice, and July's first row took June's first task's id: the
        // histories swapped (100 → 70, 50 → 100).
        Assert.Equal(4, summary.RowsStored);
        Assert.DoesNotContain(summary.Issues, i => i.Message.Contains("任务名称和牵头单位相同", StringComparison.Ordinal));
        Assert.Equal(
            [
                ["推进集团化办学", "社会体制改革专项小组", "50,70"],
                ["深化教育评价改革", "社会体制改革专项小组", "100,100"],
            ],
            await f.QueryAsync("""
                SELECT any_value(task_heading), any_value(special_group), string_agg(progress_pct::INTEGER::VARCHAR, ',' ORDER BY report_month)
                FROM snapshots GROUP BY task_id HAVING count(DISTINCT task_heading) = 1 ORDER BY 1
                """));
    }

    [Fact]
    public async Task Rebuild_WithAMonthStoredBeforeTheColumn_GivesItNoHeadings()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", "（一）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n");
        Write(f, "2024年7月改革任务总台账.csv", "（一）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n");
        await f.IngestAsync();

        // June's lake file as a run before the column wrote it: every column but task_heading.
        var june = Path.Combine(f.Lake, LakeLayout.SnapshotPartition(Ledger.Overall, new ReportMonth(2024, 6)), LakeLayout.PartFile);
        await using (var duck = new DuckDBConnection("DataSource=:memory:"))
        {
            await duck.OpenAsync();
            await using var copy = duck.CreateCommand();
            copy.CommandText = $"COPY (SELECT * EXCLUDE (task_heading) FROM read_parquet('{june}', hive_partitioning = false)) TO '{june}.old' (FORMAT parquet)";
            await copy.ExecuteNonQueryAsync();
        }

        File.Move(june + ".old", june, overwrite: true);
        var rows = await DatabaseRebuilder.RebuildAsync(new LakeLayout(f.Lake), f.Db, CancellationToken.None);

        Assert.Equal(2, rows);
        Assert.Equal(
            [[new DateOnly(2024, 6, 1), null], [new DateOnly(2024, 7, 1), "深化教育评价改革"]],
            await f.QueryAsync("SELECT report_month, task_heading FROM snapshots ORDER BY report_month"));
    }

    [Fact]
    public async Task Validate_AgainstADatabaseWrittenBeforeTheColumn_PreviewsTheMonth()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", "（一）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n");
        await f.IngestAsync();
        await using (var old = await ReformDatabase.OpenForWriteAsync(f.Db, CancellationToken.None))
        {
            await ReformDatabase.ExecuteAsync(old, "DROP VIEW tasks; ALTER TABLE snapshots DROP COLUMN task_heading", CancellationToken.None);
        }

        // July beside June, checked against the old database (opened read-only: its schema cannot be brought up to date).
        Write(f, "2024年7月改革任务总台账.csv", "（一）,深化教育评价改革,,,\n1,制定实施方案,县教育局,2024年6月底前,100%\n");
        var summary = await IngestRunner.RunAsync([f.Input], new IngestOptions { DatabasePath = f.Db, DryRun = true }, CancellationToken.None);

        Assert.False(summary.Refused);
        Assert.Contains(summary.Files, r => r.Month == new ReportMonth(2024, 7) && r.Outcome == FileOutcome.Checked);
    }

    private static void Write(IngestFixture f, string name, string rows) =>
        File.WriteAllText(Path.Combine(f.Input, name), Header + rows, new UTF8Encoding(false));
}
