using System.Text;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A task written over several rows of one table (its cell merged over its measures, or its narrative continued on the
/// next row): each row is stored as a task, so the office is told which rows repeat which. Before, nothing was said and
/// the month counted one task two or three times.
/// </summary>
public sealed class RepeatedTaskTests
{
    [Fact]
    public async Task TwoRowsWithTheSameTaskAndLeadUnit_AreBothStored_AndTheSecondIsWarnedOf()
    {
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年6月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,完成时限,完成进度\n1,深化营商环境综合改革,县发改局,2024年9月底前,60%\n,深化营商环境综合改革,县发改局,2024年12月底前,30%\n2,深化营商环境综合改革,县财政局,2024年12月底前,50%\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        // Rows 2 and 3 repeat task and unit; row 4 is another unit's task of the same name, not warned of.
        Assert.Equal(3, summary.RowsStored);
        var issue = Assert.Single(summary.Issues);
        Assert.Equal((3, "改革任务", "深化营商环境综合改革", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("与本表第2行的任务名称和牵头单位相同，两行已作为两项任务分别入库。", issue.Message, StringComparison.Ordinal);
        Assert.Equal([[3L]], await f.QueryAsync("SELECT count(DISTINCT task_id) FROM snapshots"));
    }
}
