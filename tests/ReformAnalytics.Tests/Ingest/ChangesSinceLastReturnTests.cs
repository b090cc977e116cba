using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// What ingest tells the office when a month's row differs from the task's last return in ways it checks before using the
/// figures: a completion taken back, progress that went down, a deadline rewritten (after it had passed or before), a
/// task that moved to another unit under the same name, and a new task beside a vanished one of the same unit.
/// </summary>
public sealed class ChangesSinceLastReturnTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成进度,状态\n";

    // July: seven tasks as last returned. August: each row changes one thing the office checks (see the expected list).
    private const string July = "1,完善营商环境评价体系,县发改局,2024年6月底前,100%,已完成\n"
            + "2,推进社保经办服务标准化,县人社局,2024年12月底前,50%,推进中\n"
            + "3,推进工程建设项目审批改革,县住建局,2024年6月底前,60%,推进中\n"
            + "4,推进医保支付改革,县医保局,2024年9月底前,40%,推进中\n"
            + "5,深化教育评介改革,县教育局,2024年12月底前,50%,推进中\n"
            + "6,推进数字乡村建设,县农业农村局,2024年12月底前,50%,推进中\n"
            + "7,深化国资国企改革,县国资办,2024年12月底前,50%,推进中\n";

    private const string August = "1,完善营商环境评价体系,县发改局,2024年6月底前,90%,推进中\n"
            + "2,推进社保经办服务标准化,县人社局,2024年12月底前,30%,推进中\n"
            + "3,推进工程建设项目审批改革,县住建局,2024年10月底前,70%,推进中\n"
            + "4,推进医保支付改革,县医保局,2024年11月底前,55%,推进中\n"
            + "5,深化教育评价改革,县教育局,2024年12月底前,55%,推进中\n"
            + "6,推进乡村数字化治理试点,县农业农村局,2024年12月底前,10%,推进中\n"
            + "7,深化国资国企改革,县财政局,2024年12月底前,55%,推进中\n";

    private static readonly (int Row, string Column, string Message)[] Expected =
    [
                (2, "状态", "上月报告已完成，本月报告未完成（推进中，完成进度90%）：请与牵头单位核实是哪一次填报有误。成果清单按最后一次连续报告完成的月份计。"),
                (3, "完成进度", "完成进度由上月的50%降为30%：请与牵头单位核实。"),
                (4, "完成时限", "完成时限由上月的“2024年6月底前”改为“2024年10月底前”：原完成时限已过（上月已逾期），按期完成情况仍按原时限判断。"),
                (5, "完成时限", "完成时限由上月的“2024年9月底前”改为“2024年11月底前”：调整完成时限须按程序报批，请核实。"),
                (6, "改革任务", "任务名称与此前的“深化教育评介改革”略有不同，已按同一任务处理（相似度80%）。如实为新任务，请改正名称后重报。"),
                (7, "改革任务", "本月新增的任务；县农业农村局上月在办的“推进数字乡村建设”本月未报。如是同一任务改了名称、拆分或合并，请沿用原任务名称重新报送；否则按新任务入库，原任务计为漏报。"),
                (8, "改革任务", "牵头单位由此前的“县国资办”改为“县财政局”，任务名称相同，已按同一任务处理。如实为另一单位的新任务，请在任务名称中加以区分后重报。"),
    ];

    [Fact]
    public async Task NextMonthsRow_ThatTakesBackOrRewritesWhatTheLastReturnSaid_IsWarnedOf()
    {
        using var f = new IngestFixture();
        Write(f, 7, July);
        Assert.Empty((await f.IngestAsync()).Issues);

        Write(f, 8, August);
        var issues = (await f.IngestAsync()).Issues.Select(i => (i.Row, i.Column, i.Message)).ToList();

        Assert.Equal(Expected, issues.OrderBy(i => i.Row));
        Assert.Equal([[7L]], await f.QueryAsync("SELECT count(DISTINCT task_id) FROM snapshots WHERE report_month = DATE '2024-07-01'"));
        Assert.Equal([[6L]], await f.QueryAsync("SELECT count(*) FROM snapshots s JOIN (SELECT task_id FROM snapshots WHERE report_month = DATE '2024-07-01') j USING (task_id) WHERE s.report_month = DATE '2024-08-01'"));
    }

    /// <summary>reform validate --db tells the office the same before anything is stored: the returns can go back to the units first.</summary>
    [Fact]
    public async Task ValidateAgainstTheDatabase_WarnsOfTheSameChanges_AndStoresNothing()
    {
        using var f = new IngestFixture();
        Write(f, 7, July);
        Assert.Empty((await f.IngestAsync()).Issues);

        Write(f, 8, August);
        var summary = await IngestRunner.RunAsync([f.Input], new IngestOptions { DryRun = true, DatabasePath = f.Db }, CancellationToken.None);

        Assert.Equal(Expected, summary.Issues.Select(i => (i.Row, i.Column, i.Message)).OrderBy(i => i.Row));
        Assert.Equal([[0L]], await f.QueryAsync("SELECT count(*) FROM snapshots WHERE report_month = DATE '2024-08-01'"));
    }

    private static void Write(IngestFixture f, int month, string rows)
    {
        foreach (var old in Directory.GetFiles(f.Input))
        {
            File.Delete(old);
        }

        File.WriteAllText(Path.Combine(f.Input, $"2024年{month}月改革任务总台账.csv"), Header + rows, new UTF8Encoding(false));
    }
}
