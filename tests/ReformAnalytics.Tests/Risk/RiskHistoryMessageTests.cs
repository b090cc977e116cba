using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Risk;

/// <summary>With too little history the risk stage says, in Chinese, how much it needs instead of failing.</summary>
public sealed class RiskHistoryMessageTests
{
    [Fact]
    public async Task Train_FourMonthsOfFiveTasks_SaysHowManyExamplesAndMonthsAreNeeded()
    {
        await using var db = await RiskHistory.OpenAsync(4);
        using var temp = new TempFolder("reform-risk-short");

        var result = await RiskTrainer.TrainAsync(db, new ReportMonth(2024, 4), temp.File("model"), null, CancellationToken.None);

        // Known at April with H = 3: only January's rows (window Feb..Apr): R1, R2, R3, R4, R6 = 5 examples, R2 and R4 fell behind.
        Assert.False(result.Succeeded);
        Assert.Contains("历史数据不足", result.Message, StringComparison.Ordinal);
        Assert.Contains("样本只有5个（其中后来滞后的2个、未滞后的3个）", result.Message, StringComparison.Ordinal);
        Assert.Contains("至少需要200个", result.Message, StringComparison.Ordinal);

        // Open tasks per month: Jan 5, Feb 5, Mar 4 (R6 suspended), Apr 3 (R2 red, R6 suspended) -> 17 / 4 = 4.25 a month;
        // 200 / 4.25 = 47.1 -> 48 months of examples, plus 3 months to see the last outcomes = 51.
        Assert.Contains("每月约4项在办任务估算，至少需要连续约51个月的月度台账（48个月的样本加3个月的观察期）", result.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("model")));
    }

    [Fact]
    public async Task Backtest_OneYearOfHistory_SaysHowManyMonthsAreNeeded()
    {
        await using var db = await RiskHistory.OpenAsync(12);

        var result = await RiskBacktest.RunAsync(db, null, null, CancellationToken.None);

        // The first cut-off would be the 13th month; 12 + 3 + 1 = 16 months are needed, 2024-01..2024-12 is 12.
        Assert.False(result.Succeeded);
        Assert.Contains("至少需要约16个月的月度台账，当前只有2024年1月至2024年12月共12个月", result.Message, StringComparison.Ordinal);
        Assert.Empty(result.CutOffs);
    }

    [Fact]
    public async Task Flag_MonthWithoutSnapshots_SaysWhichMonthsThereAre()
    {
        await using var db = await RiskHistory.OpenAsync(4);

        var result = await RiskFlagger.FlagAsync(db, new ReportMonth(2024, 9), 20, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("已有月份：2024年1月至2024年4月", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flag_December_HasNoListAndSaysWhy()
    {
        // December closes the ledger year: a task's outcome window never reaches the next year's ledger (docs/risk.md).
        await using var db = await RiskHistory.OpenAsync(12);

        var result = await RiskFlagger.FlagAsync(db, new ReportMonth(2024, 12), 20, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "2024年12月是年度台账的最后一个月，此后没有本年度的月份，风险模型无从预测（下一年度是新的台账）；年底未完成的任务见负面清单。督察前风险清单请用11月或更早的月份（如 --as-of 2024-11）。",
            result.Message);
    }

    [Theory]
    [InlineData(6, 3)]
    [InlineData(9, 3)]
    [InlineData(10, 2)]
    [InlineData(11, 1)]
    public void EffectiveHorizon_IsCutAtTheLedgerYearsDecember(int month, int months)
    {
        Assert.Equal(months, RiskFlagger.EffectiveHorizon(3, new ReportMonth(2024, month)));
    }
}
