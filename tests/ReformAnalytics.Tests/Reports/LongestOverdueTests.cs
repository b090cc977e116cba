using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>"逾期时间最长的…" names every task that shares the longest delay, not one picked by a tie-break.</summary>
public sealed class LongestOverdueTests
{
    private static NegativeListRow Row(string task, string unit, int? daysOverdue, double lag) => new(
        new DateOnly(2024, 9, 1), "overall", task, null, task, "社会体制改革专项小组", unit, null, "6月底前", new DateOnly(2024, 6, 30),
        100, 100 - lag, false, lag, null, daysOverdue is not null, daysOverdue is not null, daysOverdue, lag >= 10, false, 0, "red", "behind", "滞后", false, null,
        daysOverdue is null ? ["behind"] : ["overdue", "behind"]);

    [Fact]
    public void Breakdown_CountsTasksDueAndUnfinishedApartFromOverdue()
    {
        // Two overdue and behind; one due on the status date (not overdue) and behind; one behind only.
        var due = Row("完善河湖长制", "县水利局", null, 12) with { DueUnfinished = true };
        var rows = new[] { Row("健全住房保障和供应机制", "县民政局", 92, 40), Row("完善社区治理", "县委组织部", 61, 50), due, Row("数字乡村试点", "县农业农村局", null, 35) };

        Assert.Equal("列入负面清单的任务4项，其中逾期2项、到期未完成1项、滞后4项、停滞0项（同一任务可能兼有多种情形）。", NegativeSection.Breakdown(rows));
        Assert.Equal("列入负面清单的任务3项，其中逾期2项、滞后3项、停滞0项（同一任务可能兼有多种情形）。", NegativeSection.Breakdown([.. rows.Where(r => r != due)]));
    }

    [Fact]
    public void OneLongest_IsNamedAlone()
    {
        var text = NegativeSection.Longest([Row("健全住房保障和供应机制", "县民政局", 92, 40), Row("完善社区治理", "县委组织部", 61, 50)]);

        Assert.Equal("逾期时间最长的是县民政局牵头的“健全住房保障和供应机制”，已逾期92天。", text);
    }

    [Fact]
    public void FourTiedAt92Days_AreAllNamed_AQuoteInANameNestedAsSingleMarks()
    {
        // 2024Q3 (audit): table rows 1-4 are all 92 days overdue; the list orders them by lag, the fifth is 61 days.
        var text = NegativeSection.Longest(
        [
            Row("健全住房保障和供应机制", "县民政局", 92, 45), Row("探索开展“教共体”结对帮扶试点", "县退役军人事务局", 92, 40),
            Row("构建县域体育公共服务体系", "县融媒体中心", 92, 30), Row("完善国有企业干部队伍建设长效机制", "县委组织部", 92, 20),
            Row("推进政务服务标准化", "县政务服务中心", 61, 50), Row("数字乡村试点", "县农业农村局", null, 35),
        ]);

        Assert.Equal(
            "逾期时间最长的有4项，并列已逾期92天：县民政局牵头的“健全住房保障和供应机制”、县退役军人事务局牵头的“探索开展‘教共体’结对帮扶试点”、"
            + "县融媒体中心牵头的“构建县域体育公共服务体系”、县委组织部牵头的“完善国有企业干部队伍建设长效机制”。",
            text);
    }

    [Fact]
    public void MoreThanFiveTied_AreCountedAndLeftToTheTable()
    {
        var rows = Enumerable.Range(1, 6).Select(i => Row("任务" + i, "县财政局", 30, 20)).ToList();

        Assert.Equal("逾期时间最长的有6项，并列已逾期30天（见下表）。", NegativeSection.Longest(rows));
    }

    [Fact]
    public void NothingOverdue_SaysNothing()
    {
        Assert.Equal(string.Empty, NegativeSection.Longest([Row("数字乡村试点", "县农业农村局", null, 35)]));
    }
}
