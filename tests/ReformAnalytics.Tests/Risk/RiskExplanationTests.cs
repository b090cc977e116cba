using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// The reasons of the sample county's 2024-06 list name real figures of the task they explain: every number or name a
/// reason quotes is checked against that task's own row of risk_features (and task_status) at 2024-06.
/// </summary>
[Collection(RiskSampleCollection.Name)]
public sealed class RiskExplanationTests(RiskSampleFixture fixture)
{
    [Fact]
    public void Reasons_EveryFlaggedTaskHasOneToThree()
    {
        Assert.All(fixture.Flags.Flags, f => Assert.InRange(f.Reasons.Count, 1, 3));
    }

    [Fact]
    public async Task Reasons_QuoteTheFiguresOfTheirOwnTask()
    {
        var checkedReasons = 0;
        foreach (var flag in fixture.Flags.Flags)
        {
            var row = Assert.Single(await TaskRow.QueryAsync(
                fixture.Connection,
                $"SELECT f.*, t.progress_pct FROM risk_features f JOIN task_status t USING (ledger, task_id, report_month) WHERE f.task_id = '{flag.TaskId}' AND f.report_month = DATE '2024-06-01'"));
            foreach (var reason in flag.Reasons)
            {
                Assert.Contains(reason.Feature, RiskFeatures.All.Select(f => f.Column));
                AssertQuotes(reason, row);
                checkedReasons++;
            }
        }

        Assert.True(checkedReasons >= 20);
    }

    private static void AssertQuotes(RiskReason reason, TaskRow task)
    {
        var text = reason.Text;
        switch (reason.Feature)
        {
            case "stalled_months":
                Assert.Equal($"近{task.Long("stalled_months")}个月进度无变化", text);
                break;
            case "lag_pp" or "behind" or "days_left" or "months_left":
                if (task.Double("lag_pp") is { } lag && lag >= 1)
                {
                    Assert.Contains($"进度落后计划{P(lag)}个百分点", text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Contains($"（{task.Long("days_left")}天）", text, StringComparison.Ordinal);
                }

                if (task.Long("months_left") is { } months && months is > 0 and <= 3)
                {
                    Assert.StartsWith($"距完成时限{months}个月", text, StringComparison.Ordinal);
                }

                break;
            case "actual_pct" or "planned_pct":
                Assert.Equal($"当前进度{P(task.Double("actual_pct"))}%，计划应达{P(task.Double("planned_pct"))}%", text);
                break;
            case "window_share":
                Assert.Equal($"计划时间已过{P(task.Double("window_share") * 100)}%，进度仅{P(task.Double("actual_pct"))}%", text);
                break;
            case "sv_t_days":
                Assert.Equal($"进度比计划晚约{N(-task.Double("sv_t_days"))}天", text);
                break;
            case "spi_t":
                Assert.Contains(task.Double("spi_t")!.Value.ToString("0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                break;
            case "max_lag_pp":
                Assert.Equal($"曾落后计划{P(task.Double("max_lag_pp"))}个百分点", text);
                break;
            case "lag_change_1m":
                Assert.Equal($"落后幅度比上月扩大{P(task.Double("lag_change_1m"))}个百分点", text);
                break;
            case "behind_recent":
                Assert.Equal($"近3次填报中有{task.Long("behind_recent")}次落后计划", text);
                break;
            case "velocity_1m" or "velocity_3m":
                var v = task.Double(reason.Feature)!.Value;
                Assert.True(v <= 0 ? text.Contains("无变化", StringComparison.Ordinal) || text.Contains("倒退", StringComparison.Ordinal) || text.Contains("没有增加", StringComparison.Ordinal)
                    : text.Contains(v.ToString("0.#", CultureInfo.InvariantCulture), StringComparison.Ordinal), text);
                break;
            case "milestones_missed":
                Assert.Equal($"已有{task.Long("milestones_missed")}个时间节点未按期完成", text);
                break;
            case "optimistic_report" or "status":
                Assert.Contains($"“{task.Text("status_text")}”", text, StringComparison.Ordinal);
                break;
            case "figure_missing":
                Assert.Null(task.Double("progress_pct"));
                break;
            case "co_unit_count":
                Assert.Equal($"配合单位{task.Long("co_unit_count")}个，协调面广", text);
                break;
            case "unit_settled" or "unit_late_rate":
                // The task itself left out when it is due this month (settled late by then).
                var self = task.Long("months_left") <= 0 ? 1 : 0;
                var settled = task.Long("unit_settled")!.Value - self;
                var late = task.Long("unit_late")!.Value - self;
                Assert.Equal($"牵头单位历年台账累计按期完成率{P(100.0 * (settled - late) / settled)}%（本任务以外已到期{settled}项中{settled - late}项按期完成）", text);
                break;
            case "unit_open_tasks":
                Assert.Equal($"牵头单位同时在办任务{task.Long("unit_open_tasks")}项", text);
                break;
            case "unit_behind_share":
                var open = task.Long("unit_open_tasks")!.Value;
                var behind = (long)Math.Round(task.Double("unit_behind_share")!.Value * open);
                Assert.Equal(behind == open ? $"牵头单位在办的{open}项任务全部落后计划" : $"牵头单位在办任务{open}项中有{behind}项落后计划", text);
                break;
            case "leader_tasks" or "leader_load_ratio" or "leader_late_rate":
                Assert.Contains("责任领导" + task.Text("leader")!, text, StringComparison.Ordinal);
                break;
            case "ledger":
                Assert.Equal(task.Text("ledger") == "local_pilot" ? "属于自选试点台账" : "属于上级部署试点台账", text);
                break;
            case "task_kind" or "result_form" or "special_group":
                Assert.Contains(task.Text(reason.Feature)!, text, StringComparison.Ordinal);
                break;
            case "deadline_kind":
                Assert.Contains(task.Text("deadline_text")!, text, StringComparison.Ordinal);
                break;
            case "light_reason":
                Assert.Equal("amber", task.Text("light"));
                break;
            case "progress_text":
                var quote = text["进展情况写有“".Length..^1].TrimEnd('…');
                Assert.Contains(quote, task.Text("progress_text"), StringComparison.Ordinal);
                break;
            default:
                Assert.Fail($"没有为特征 {reason.Feature} 写检查：{text}");
                break;
        }
    }

    private static string N(double? value) => value!.Value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>A percentage or points as the office reads them: one decimal, none when whole (74.6, 75).</summary>
    private static string P(double? value) => Math.Round(value!.Value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
