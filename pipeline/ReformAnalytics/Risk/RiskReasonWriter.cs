using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// Turns an input that pushed a task's risk up into a plain Chinese sentence quoting the task's own figures
/// (<c>进度连续3次填报未变化</c>, <c>牵头单位往期按时完成率45%</c>, <c>距完成时限1个月，进度落后计划30个百分点</c>). Returns null
/// when the input's value is not a reason for concern (a lag of zero, an on-plan light) or is not one the office can
/// act on (the calendar month, how long the task has been in the ledger): the next input is taken instead.
/// </summary>
internal static class RiskReasonWriter
{
    private const int MaxQuote = 24;
    private static readonly char[] ClauseBreaks = ['，', '。', '；', '！', ',', ';', '\n'];

    /// <summary>
    /// The fact an input measures, for giving one sentence per fact (<see cref="RiskExplainer"/>): the schedule
    /// (progress against the plan and the time left), the pace of recent months, the task's record of falling
    /// behind, the lead unit's record, the leader's load; every other input is a fact of its own.
    /// </summary>
    public static string Aspect(string column) => column switch
    {
        "actual_pct" or "planned_pct" or "lag_pp" or "spi_t" or "sv_t_days" or "behind" or "window_share" or "days_left" or "months_left" => "schedule",
        "stalled_months" or "velocity_1m" or "velocity_3m" or "lag_change_1m" => "pace",
        "behind_recent" or "max_lag_pp" => "record",
        "unit_settled" or "unit_late_rate" => "unit_record",
        "leader_tasks" or "leader_load_ratio" => "leader_load",
        _ => column,
    };

    public static string? Write(RiskFeature feature, RiskTaskFacts task, IReadOnlyList<(string Ngram, double Value)> ngrams)
    {
        var v = feature.Kind == RiskFeatureKind.Numeric ? task.Value(feature.Column) : null;
        return feature.Column switch
        {
            "actual_pct" or "planned_pct" => Progress(task),
            "lag_pp" or "behind" or "days_left" or "months_left" => Lag(task),
            "spi_t" when v < 0.95 => F($"进度绩效指数 SPI(t) 为{v:0.00}（低于1即慢于计划）"),
            "sv_t_days" when v <= -7 => F($"进度比计划晚约{-v:0}天"),
            "stalled_months" when v >= 1 => F($"进度连续{v:0}次填报未变化"),
            "velocity_1m" when v < 0 => F($"上月进度倒退{-v:0.#}个百分点"),
            "velocity_1m" when v == 0 => "上月进度无变化",
            "velocity_1m" when v < 5 => F($"上月进度仅增加{v:0.#}个百分点"),
            "velocity_3m" when v <= 0 => "近3个月进度没有增加",
            "velocity_3m" when v < 5 => F($"近3个月平均每月进度仅增加{v:0.#}个百分点"),
            "lag_change_1m" when v > 0.5 => $"落后幅度比上月扩大{FigureText.Number(v)}个百分点",
            "behind_recent" when v >= 1 => F($"近3次填报中有{v:0}次落后计划"),
            "max_lag_pp" when v >= 10 => $"曾落后计划{FigureText.Number(v)}个百分点",
            "window_share" => Window(task),
            "milestones_missed" when v >= 1 => F($"已有{v:0}个时间节点未按期完成"),
            "optimistic_report" when v >= 1 => $"报告“{task.StatusText}”，但进度落后计划{FigureText.Number(task.Value("lag_pp"))}个百分点",
            "figure_missing" when v >= 1 => "本月未填报完成进度",
            "co_unit_count" when v >= 3 => F($"配合单位{v:0}个，协调面广"),
            "unit_settled" or "unit_late_rate" => Unit(task),
            "unit_open_tasks" when v >= 8 => F($"牵头单位同时在办任务{v:0}项"),
            "unit_behind_share" when v >= 0.2 && task.Value("unit_open_tasks") is { } open && open >= 2 => UnitBehind(v.Value, open),
            "leader_late_rate" when v >= 0.2 && task.LeaderSettled > 0 => LeaderRecord(task, 1 - v.Value),
            "leader_tasks" or "leader_load_ratio" => Leader(task),
            "ledger" when task.Ledger == "local_pilot" => "属于自选试点台账",
            "ledger" when task.Ledger == "assigned_pilot" => "属于上级部署试点台账",
            "task_kind" when !string.IsNullOrEmpty(task.TaskKind) => $"任务类型为{task.TaskKind}",
            "result_form" when !string.IsNullOrEmpty(task.ResultForm) => $"成果形式为{task.ResultForm}",
            "special_group" when !string.IsNullOrEmpty(task.SpecialGroup) => $"属于{task.SpecialGroup}",
            "deadline_kind" when task.DeadlineKind == "milestones" => $"分节点推进（{task.DeadlineText}）",
            "status" when !string.IsNullOrEmpty(task.StatusText) => $"报告状态为“{task.StatusText}”",
            "light_reason" => task.Light == "amber" ? "当前亮黄灯" : null,
            "progress_text" => Narrative(task, ngrams),
            _ => null,
        };
    }

    private static string? Progress(RiskTaskFacts task) =>
        task.Value("actual_pct") is { } a && task.Value("planned_pct") is { } p && p - a >= 1
            ? $"当前进度{FigureText.Percent(a)}，计划应达{FigureText.Percent(p)}"
            : null;

    private static string? Lag(RiskTaskFacts task)
    {
        var lag = task.Value("lag_pp");
        var months = task.Value("months_left");
        var days = task.Value("days_left");
        var due = months switch
        {
            null => null,
            <= 0 => "本月底前到期",
            _ => F($"距完成时限{months:0}个月"),
        };
        if (lag >= 1)
        {
            return months <= 3 ? $"{due}，进度落后计划{FigureText.Number(lag)}个百分点" : $"进度落后计划{FigureText.Number(lag)}个百分点";
        }

        // A scored task is not overdue (red tasks are not scored), so a deadline this month is the month's last day.
        return months switch
        {
            <= 0 => "本月底到期，尚未完成",
            <= 3 when days is { } d => F($"{due}（{d:0}天），尚未完成"),
            _ => null,
        };
    }

    private static string? Window(RiskTaskFacts task) =>
        task.Value("window_share") is { } w && w >= 0.5 && task.Value("actual_pct") is { } a && a < (w * 100) - 1
            ? $"计划时间已过{FigureText.Fraction(w)}，进度仅{FigureText.Percent(a)}"
            : null;

    /// <summary>
    /// The lead unit's open tasks behind plan (or red) at D, as counts: 在办任务4项中有2项落后计划, or 全部 when every one is
    /// (before, a share: 牵头单位当前100%的在办任务落后计划).
    /// </summary>
    private static string UnitBehind(double share, double open)
    {
        var behind = Math.Round(share * open);
        return behind >= open
            ? F($"牵头单位在办的{open:0}项任务全部落后计划")
            : F($"牵头单位在办任务{open:0}项中有{behind:0}项落后计划");
    }

    private static string? Unit(RiskTaskFacts task)
    {
        if (task.Value("unit_settled") is not { } settled || settled < 1 || task.Value("unit_late_rate") is not { } rate || rate < 0.2)
        {
            return null;
        }

        // The record counts every year's ledgers, and this task too once its deadline's month has come (settled late then):
        // the sentence leaves the task itself out, and says the record spans the years, unlike the year's 红黑榜.
        var late = (double)task.UnitLate;
        if (task.Value("months_left") <= 0 && late >= 1)
        {
            settled--;
            late--;
        }

        if (settled < 1 || late / settled < 0.2)
        {
            return null;
        }

        var onTime = settled - late;
        return F($"牵头单位历年台账累计按期完成率{FigureText.Percent(100.0 * onTime / settled)}（本任务以外已到期{settled:0}项中{onTime:0}项按期完成）");
    }

    /// <summary>
    /// The leader's on-time record, naming the leader as the load sentence does; of a co-led task, the record of the
    /// leader whose record is worst (<c>leader_late_rate</c> takes the highest of its leaders').
    /// </summary>
    private static string LeaderRecord(RiskTaskFacts task, double onTime) =>
        IsCoLed(task)
            ? $"责任领导{task.Leader}中往期按期完成率最低的一位为{FigureText.Fraction(onTime)}"
            : $"责任领导{task.Leader}分管任务往期按期完成率{FigureText.Fraction(onTime)}";

    private static string? Leader(RiskTaskFacts task) =>
        task.Value("leader_load_ratio") is { } ratio && ratio >= 1.2 && task.Value("leader_tasks") is { } n
            ? IsCoLed(task)
                ? F($"责任领导{task.Leader}中分管任务最多的一位分管{n:0}项，是平均数的{ratio:0.0}倍")
                : F($"责任领导{task.Leader}分管任务{n:0}项，是平均数的{ratio:0.0}倍")
            : null;

    /// <summary>A task led by several leaders (张三、李四): its leader figures are those of the one that weighs most.</summary>
    private static bool IsCoLed(RiskTaskFacts task) => task.Leader?.Contains('、', StringComparison.Ordinal) == true;

    /// <summary>Quotes the clause of the narrative that holds the n-gram that raised the risk most (at most 24 characters of it).</summary>
    private static string? Narrative(RiskTaskFacts task, IReadOnlyList<(string Ngram, double Value)> ngrams)
    {
        var text = task.ProgressText ?? string.Empty;
        var top = ngrams.FirstOrDefault(n => n.Value > 0 && n.Ngram.Length >= 2 && text.Contains(n.Ngram, StringComparison.Ordinal)).Ngram;
        if (top is null)
        {
            return null;
        }

        var clause = text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .First(c => c.Contains(top, StringComparison.Ordinal));
        if (clause.Length > MaxQuote)
        {
            var at = clause.IndexOf(top, StringComparison.Ordinal);
            var start = Math.Clamp(at - ((MaxQuote - top.Length) / 2), 0, clause.Length - MaxQuote);
            clause = clause.Substring(start, MaxQuote) + "…";
        }

        return "进展情况写有“" + clause + "”";
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
