using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// `reform ingest` of a folder of mixed real-shape files gives exactly the rows worked out by hand from
/// <see cref="MixedFolder"/> (status date 2024-06-30, ledger year 2024).
/// </summary>
public sealed class IngestGoldenTests
{
    // Worked out by hand from MixedFolder, ordered by ledger, source file, source row:
    // (ledger, source_row, seq_no, task_name, special_group, lead_unit, co_units, leader, deadline, deadline_kind,
    //  open_ended, milestone_dates, progress_pct, status, status_text)
    private static readonly (string Ledger, int Row, string Seq, string Task, string? Group, string Lead, string[] Co, string Leader, string? Deadline, string Kind, bool Open, string[] Milestones, double? Progress, string Status, string StatusText)[] Expected =
    [
        // 上级部署试点 (UTF-16, tab): 2024.8 -> last day of August 2024.
        ("assigned_pilot", 2, "1", "全面推行林长制试点", null, "县林业局", [], "孙丽", "2024-08-31", "month", false, [], 60, "on_track", "按计划推进"),
        // 自选试点 (GB18030): 2024/12/31 a full date; 三季度末 -> 30 September 2024.
        ("local_pilot", 2, "1", "开展农村集体经营性建设用地入市试点", null, "县自然资源局", [], "赵强", "2024-12-31", "day", false, [], 30, "behind", "进度滞后"),
        ("local_pilot", 3, "2", "推进县域医共体建设试点", null, "县卫健局", [], "钱伟", "2024-09-30", "quarter", false, [], 100, "completed", "已完成"),
        // 总台账 (xlsx): rows 5-6 under section 一 (row 4), rows 8-9 under section 二 (row 7); row 10 has no task.
        // Row 5: 100% percent cell -> 100; 2024年6月底前 -> 30 June 2024.
        ("overall", 5, "1", "深化国有企业改革", "经济体制改革专项小组", "县国资办", ["县财政局", "县发改局"], "张建国", "2024-06-30", "month", false, [], 100, "completed", "已完成"),
        // Row 6: plain 50 -> 50; 年底前 -> 31 December 2024; co-units split on the line break.
        ("overall", 6, "2", "推进营商环境优化", "经济体制改革专项小组", "县发改局", ["县市场监管局", "县政务服务中心"], "李明", "2024-12-31", "year", false, [], 50, "on_track", "序时推进"),
        // Row 8: 40% percent cell; two milestones, the last (31 December) is the deadline.
        ("overall", 8, "1", "完善养老服务体系", "社会体制改革专项小组", "县民政局", [], "王芳", "2024-12-31", "milestones", false, ["2024-06-30", "2024-12-31"], 40, "behind", "滞后"),
        // Row 9: 长期坚持 is open-ended: no deadline; no progress figure -> NULL.
        ("overall", 9, "2", "健全社会救助机制", "社会体制改革专项小组", "县民政局", ["县财政局"], "王芳", null, "open_ended", true, [], null, "on_track", "推进中"),
    ];

    [Fact]
    public async Task Ingest_MixedFolder_StoresExactlyTheRowsWorkedOutByHand()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(7, summary.RowsStored);
        var rows = await f.QueryAsync("""
            SELECT ledger, source_row, seq_no, task_name, special_group, lead_unit, co_units, leader, strftime(deadline, '%Y-%m-%d'),
                   deadline_kind, open_ended, list_transform(milestone_dates, d -> strftime(d, '%Y-%m-%d')), progress_pct, status, status_text,
                   report_month, status_date
            FROM snapshots ORDER BY ledger, source_file, source_row
            """);
        Assert.Equal(Expected.Length, rows.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            var e = Expected[i];
            var r = rows[i];
            var where = $"row {i} ({e.Task})";
            Assert.True(e.Ledger == (string)r[0]!, where + " ledger");
            Assert.True(e.Row == Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture), where + " source_row");
            Assert.True(e.Seq == (string?)r[2], where + " seq_no " + r[2]);
            Assert.Equal(e.Task, (string)r[3]!);
            Assert.True(e.Group == (string?)r[4], where + " group " + r[4]);
            Assert.True(e.Lead == (string?)r[5], where + " lead " + r[5]);
            Assert.Equal(e.Co, ((System.Collections.IEnumerable)r[6]!).Cast<string>().ToArray());
            Assert.True(e.Leader == (string?)r[7], where + " leader");
            Assert.True(e.Deadline == (string?)r[8], where + " deadline " + r[8]);
            Assert.True(e.Kind == (string)r[9]!, where + " kind " + r[9]);
            Assert.True(e.Open == (bool)r[10]!, where + " open_ended");
            Assert.Equal(e.Milestones, ((System.Collections.IEnumerable)r[11]!).Cast<string>().ToArray());
            Assert.True(e.Progress == (double?)r[12], where + " progress " + r[12]);
            Assert.True(e.Status == (string)r[13]!, where + " status " + r[13]);
            Assert.True(e.StatusText == (string?)r[14], where + " status_text");
            Assert.Equal(new DateOnly(2024, 6, 1), r[15]);
            Assert.Equal(new DateOnly(2024, 6, 30), r[16]);
        }
    }

    [Fact]
    public async Task Ingest_RowWithoutTask_IsReportedWithFileSheetRowColumnAndNotStored()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);

        var summary = await f.IngestAsync();

        var issue = Assert.Single(summary.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("2024年6月改革任务总台账.xlsx", Path.GetFileName(issue.File));
        Assert.Equal("6月", issue.Sheet);
        Assert.Equal(10, issue.Row);
        Assert.Equal("改革任务", issue.Column);
        // The task cell is empty, and so is the value told: the row's 序号 3 is in the message, not taken for the task's value.
        Assert.Equal(string.Empty, issue.Value);
        Assert.StartsWith("该行（序号3）填写了内容，但“改革任务”列为空", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("文件“2024年6月改革任务总台账.xlsx”，工作表“6月”，第10行，“改革任务”列：该行（序号3）", issue.Describe(), StringComparison.Ordinal);
        var stored = await f.QueryAsync("SELECT file, sheet, row, \"column\", severity, value FROM ingest_issues WHERE severity = 'error'");
        var s = Assert.Single(stored);
        Assert.Equal(10, Convert.ToInt32(s[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(s[5] is null or "", "stored value: " + s[5]);
    }

    [Fact]
    public async Task Ingest_KeepsTaskIdentityAcrossMonths_WhenRowsAreReorderedAndReworded()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        // July: the two pilots of the local ledger swap places and one gains a word in front.
        var july = Path.Combine(f.Input, "2024年7月自选试点台账.csv");
        File.WriteAllBytes(july, System.Text.Encoding.GetEncoding("GB18030").GetBytes(
            "序号,改革事项,牵头部门,分管领导,完成时间,推进情况,进度,推进状态\r\n"
            + "1,推进县域医共体建设试点,县卫健局,钱伟,三季度末,已完成,100%,已完成\r\n"
            + "2,深入开展农村集体经营性建设用地入市试点,县自然资源局,赵强,2024/12/31,完成入市方案,45%,进度滞后\r\n"));

        var summary = await f.IngestAsync();

        Assert.Equal(2, summary.RowsStored);
        var ids = await f.QueryAsync("SELECT count(DISTINCT task_id), count(*) FROM snapshots WHERE ledger = 'local_pilot'");
        Assert.Equal(2L, Convert.ToInt64(ids[0][0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4L, Convert.ToInt64(ids[0][1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
