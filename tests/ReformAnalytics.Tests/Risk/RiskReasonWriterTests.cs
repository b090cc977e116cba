using ReformAnalytics.Risk;

namespace ReformAnalytics.Tests.Risk;

/// <summary>The Chinese sentences of the reasons, from hand-made task figures.</summary>
public sealed class RiskReasonWriterTests
{
    [Fact]
    public void Stalled_ThreeMonths_SaysNoChangeForThreeMonths()
    {
        Assert.Equal("进度连续3次填报未变化", Write("stalled_months", Facts(("stalled_months", 3))));
    }

    [Fact]
    public void UnitLateRate_QuotesOnTimeRateAndCounts()
    {
        // 20 settled, 11 late: on time 9 of 20 = 45%.
        var facts = Facts(("unit_settled", 20), ("unit_late_rate", 11 / 20.0)) with { UnitLate = 11 };

        Assert.Equal("牵头单位历年台账累计按期完成率45%（本任务以外已到期20项中9项按期完成）", Write("unit_late_rate", facts));
    }

    [Fact]
    public void UnitLateRate_LeavesOutTheTaskItself_WhenItIsDueThisMonth()
    {
        // Due this month and not done, the task is one of the unit's 11 late of 20: without it, 9 on time of 19 = 47.4% (47.37).
        var facts = Facts(("unit_settled", 20), ("unit_late_rate", 11 / 20.0), ("months_left", 0)) with { UnitLate = 11 };

        Assert.Equal("牵头单位历年台账累计按期完成率47.4%（本任务以外已到期19项中9项按期完成）", Write("unit_late_rate", facts));
    }

    [Fact]
    public void UnitBehindShare_IsNoReason_WhenTheTaskIsTheUnitsOnlyOpenTask()
    {
        Assert.Null(Write("unit_behind_share", Facts(("unit_behind_share", 1.0), ("unit_open_tasks", 1))));
        Assert.Equal("牵头单位在办任务4项中有2项落后计划", Write("unit_behind_share", Facts(("unit_behind_share", 0.5), ("unit_open_tasks", 4))));
        Assert.Equal("牵头单位在办的3项任务全部落后计划", Write("unit_behind_share", Facts(("unit_behind_share", 1.0), ("unit_open_tasks", 3))));
    }

    [Fact]
    public void LagNearDeadline_SaysTimeLeftAndLag()
    {
        var facts = Facts(("lag_pp", 30.2), ("months_left", 1), ("days_left", 31));

        // 30.2 points, written as the risk list's 滞后 cell writes it (one decimal), not rounded to 30.
        Assert.Equal("距完成时限1个月，进度落后计划30.2个百分点", Write("lag_pp", facts));
        Assert.Equal("距完成时限1个月，进度落后计划30.2个百分点", Write("days_left", facts)); // the same sentence, given once
    }

    [Fact]
    public void LeaderRecord_NamesTheLeader_AsTheLoadSentenceDoes()
    {
        // Late rate 0.62 over 8 settled tasks: on time 38%. Of a co-led task, the worst record of its leaders.
        var facts = Facts(("leader_late_rate", 0.62)) with { LeaderSettled = 8, Leader = "何晓东" };

        Assert.Equal("责任领导何晓东分管任务往期按期完成率38%", Write("leader_late_rate", facts));
        Assert.Equal("责任领导何晓东、李明中往期按期完成率最低的一位为38%", Write("leader_late_rate", facts with { Leader = "何晓东、李明" }));
        Assert.Null(Write("leader_late_rate", facts with { LeaderSettled = 0 }));
    }

    [Fact]
    public void NotAConcern_GivesNoSentence()
    {
        Assert.Null(Write("stalled_months", Facts(("stalled_months", 0))));
        Assert.Null(Write("lag_pp", Facts(("lag_pp", -5), ("months_left", 6), ("days_left", 180))));
        Assert.Null(Write("month_of_year", Facts(("month_of_year", 9)))); // not something the office can act on
    }

    [Fact]
    public void Narrative_QuotesTheClauseWithTheRiskyWords()
    {
        var facts = Facts() with { ProgressText = "已完成方案起草。因部门协调难度较大，推进缓慢。" };

        Assert.Equal("进展情况写有“因部门协调难度较大”", RiskReasonWriter.Write(RiskFeatures.Narrative, facts, [("协调", 0.4), ("方案", 0.1)]));
        Assert.Null(RiskReasonWriter.Write(RiskFeatures.Narrative, facts, [("困难", 0.4)])); // a word the text does not hold is never quoted
    }

    [Fact]
    public void Explainer_TakesLargestPositiveContributions_SkipsRepeatsAndSilentOnes()
    {
        var facts = Facts(("lag_pp", 30), ("months_left", 1), ("days_left", 31), ("stalled_months", 3), ("month_of_year", 9), ("figure_missing", 0));
        var contribution = new RiskContribution(
            new Dictionary<int, double>
            {
                [RiskFeatures.IndexOf("lag_pp")] = 1.2,
                [RiskFeatures.IndexOf("days_left")] = 0.9,      // same sentence as lag_pp: skipped
                [RiskFeatures.IndexOf("month_of_year")] = 0.8,  // no sentence: skipped
                [RiskFeatures.IndexOf("stalled_months")] = 0.5,
                [RiskFeatures.IndexOf("figure_missing")] = -0.3, // lowers the risk: never a reason
            },
            []);

        var reasons = RiskExplainer.Reasons(contribution, facts);

        Assert.Equal(["lag_pp", "stalled_months"], reasons.Select(r => r.Feature));
        Assert.Equal(["距完成时限1个月，进度落后计划30个百分点", "进度连续3次填报未变化"], reasons.Select(r => r.Text));
    }

    [Fact]
    public void DueWithoutLag_SaysWhenItIsDue()
    {
        // Not behind the plan, deadline at the end of this month (the status date): no day count of 0.
        Assert.Equal("本月底到期，尚未完成", Write("days_left", Facts(("lag_pp", 0), ("months_left", 0), ("days_left", 0))));
        Assert.Equal("距完成时限2个月（61天），尚未完成", Write("days_left", Facts(("lag_pp", 0), ("months_left", 2), ("days_left", 61))));
        Assert.Null(Write("days_left", Facts(("lag_pp", 0), ("months_left", 5), ("days_left", 153))));
    }

    [Fact]
    public void Explainer_GivesOneSentencePerFact()
    {
        // 80% done where the plan says 100%, 20 points or about 73 days behind, nothing gained in 3 months,
        // lead unit on time with 9 of 20 settled tasks.
        var facts = Facts(
            ("lag_pp", 20), ("months_left", 0), ("days_left", 0), ("actual_pct", 80), ("planned_pct", 100), ("sv_t_days", -73),
            ("velocity_3m", 0), ("stalled_months", 3), ("unit_settled", 20), ("unit_late_rate", 11 / 20.0)) with
        { UnitLate = 11 };
        var contribution = new RiskContribution(
            new Dictionary<int, double>
            {
                [RiskFeatures.IndexOf("sv_t_days")] = 1.0,      // schedule: 1.0 + 0.9 + 0.8 = 2.7, written by sv_t_days
                [RiskFeatures.IndexOf("actual_pct")] = 0.9,
                [RiskFeatures.IndexOf("lag_pp")] = 0.8,
                [RiskFeatures.IndexOf("unit_late_rate")] = 0.9, // unit record: 0.9
                [RiskFeatures.IndexOf("velocity_3m")] = 0.4,    // pace: 0.4 + 0.3 = 0.7, written by velocity_3m
                [RiskFeatures.IndexOf("stalled_months")] = 0.3,
            },
            []);

        var reasons = RiskExplainer.Reasons(contribution, facts);

        Assert.Equal(["sv_t_days", "unit_late_rate", "velocity_3m"], reasons.Select(r => r.Feature));
        Assert.Equal(["进度比计划晚约73天", "牵头单位历年台账累计按期完成率47.4%（本任务以外已到期19项中9项按期完成）", "近3个月进度没有增加"], reasons.Select(r => r.Text));
    }

    [Fact]
    public void Explainer_RanksFactsByTheirSummedContribution()
    {
        var facts = Facts(("lag_pp", 30), ("months_left", 1), ("days_left", 31), ("stalled_months", 3), ("velocity_1m", 0), ("unit_settled", 20), ("unit_late_rate", 0.5)) with { UnitLate = 10 };
        var contribution = new RiskContribution(
            new Dictionary<int, double>
            {
                [RiskFeatures.IndexOf("lag_pp")] = 0.3,          // schedule: 0.3 + 0.3 = 0.6 beats the unit's single 0.5
                [RiskFeatures.IndexOf("days_left")] = 0.3,
                [RiskFeatures.IndexOf("unit_late_rate")] = 0.5,
                [RiskFeatures.IndexOf("stalled_months")] = 0.6,  // pace: 0.6 - 0.5 = 0.1, last
                [RiskFeatures.IndexOf("velocity_1m")] = -0.5,
            },
            []);

        var reasons = RiskExplainer.Reasons(contribution, facts);

        Assert.Equal(["距完成时限1个月，进度落后计划30个百分点", "牵头单位历年台账累计按期完成率50%（本任务以外已到期20项中10项按期完成）", "进度连续3次填报未变化"], reasons.Select(r => r.Text));
    }

    [Fact]
    public void LeaderLoad_OneLeaderOrACoLedTask_SaysWhoseLoadItIs()
    {
        var facts = Facts(("leader_tasks", 41), ("leader_load_ratio", 2.7));

        Assert.Equal("责任领导何晓东分管任务41项，是平均数的2.7倍", Write("leader_load_ratio", facts with { Leader = "何晓东" }));
        Assert.Equal("责任领导何晓东、李四中分管任务最多的一位分管41项，是平均数的2.7倍", Write("leader_load_ratio", facts with { Leader = "何晓东、李四" }));
        Assert.Null(Write("leader_load_ratio", Facts(("leader_tasks", 12), ("leader_load_ratio", 1.1)) with { Leader = "何晓东" })); // near the average: no reason
    }

    private static string? Write(string column, RiskTaskFacts facts) =>
        RiskReasonWriter.Write(RiskFeatures.Numeric[RiskFeatures.IndexOf(column)], facts, []);

    private static RiskTaskFacts Facts(params (string Column, double Value)[] values)
    {
        var numeric = Enumerable.Repeat(double.NaN, RiskFeatures.NumericCount).ToArray();
        foreach (var (column, value) in values)
        {
            numeric[RiskFeatures.IndexOf(column)] = value;
        }

        return RiskTaskFacts.Empty with { Values = numeric };
    }
}
