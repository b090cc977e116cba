using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>The list pages: 负面清单, 成果清单, 红黑榜, 年度考核, 报送情况, 双过半, 年末结转. Each reads one metric view and downloads as .xlsx and CSV.</summary>
internal static class ListSpecs
{
    private const FilterBar.Fields Everything = FilterBar.Fields.All;

    public static readonly ListSpec Negative = new(
        "/negative",
        "负面清单",
        MetricNames.Negative,
        "逾期未完成、进度滞后（落后计划达到黄灯线）或进度停滞的任务。季度的负面清单看季度最后一个月。",
        "负面清单",
        MetricNames.MetricsHow,
        Everything,
        (ctx, q) =>
        {
            q.Filter(ctx.Filter, ctx.Month);
            q.Select(
                "task_id", "seq_no", "task_heading", "task_name", "ledger", "special_group", "lead_unit", "leader", "deadline_text", "planned_pct", "actual_pct",
                "lag_pp", "days_overdue", "stalled_months", "light", "reasons", "status", "status_text", "status_disagrees", "progress_text");
            // The order of the 负面清单 workbook and the report (MetricQueries.NegativeListAsync): equal days and lag by ledger, 总台账 first.
            q.OrderByExpression("\"days_overdue\" DESC NULLS LAST, \"lag_pp\" DESC NULLS LAST, ledger_ordinal(\"ledger\"), \"task_id\"");
            q.NumberRows("row_no"); // the list's own 序号; the ledger's stays beside it as 台账序号 (seq_no)
        },
        ctx => PageData.MonthTitle(ctx));

    public static readonly ListSpec Results = new(
        "/results",
        "成果清单",
        MetricNames.Results,
        "本季度内首次报告完成的任务（截至所选月份），按完成月份排列。",
        "成果清单",
        MetricNames.MetricsHow,
        Everything,
        (ctx, q) =>
        {
            q.Filter(ctx.Filter, null);
            if (ctx.Month is { } m && q.Relation.HasColumn("completed_month"))
            {
                q.WhereSql("\"completed_month\" BETWEEN {0} AND {1}", QuarterStart(m), m.FirstDay);
            }

            // The order of the 成果清单 workbook and the report (MetricQueries.ResultsListAsync): a group's tasks by lead unit.
            q.OrderByExpression($"\"completed_month\", ledger_ordinal(\"ledger\"), {GroupOrder.Term(ctx, "completed_month", "special_group")}, \"lead_unit\", \"task_id\"");
        },
        ctx => ctx.Month is { } m ? $"{Format.Quarter(m)}（截至{m.Month}月）" : string.Empty,
        Hidden: (ctx, _) => ctx.Month is null ? [] : ["completed_quarter"]); // the quarter of the title, on every row

    public static readonly ListSpec Ranking = new(
        "/ranking",
        "红黑榜",
        MetricNames.Ranking,
        RankingLead(null),
        "红黑榜",
        MetricNames.MetricsHow,
        FilterBar.Fields.Month,
        (ctx, q) =>
        {
            q.WhereMonth(ctx.Month);
            q.Select(
                "rank", "board", "lead_unit", "figures_note", "score", "on_time_score", "lag_score", "overdue_score", "discipline_score", "tasks", "deadline_tasks",
                "completed", "completed_on_time", "settled", "on_time_rate_pct", "avg_lag_pp", "overdue", "expected_returns_qtd", "missing_returns_qtd", "ranked");
            q.ShowEveryPlace();
            q.OrderBy("rank", "lead_unit");
        },
        ctx => PageData.MonthTitle(ctx),
        Before: (ctx, table) => Boards(ctx, table, "board", ("红榜（表现最好）", "黑榜（表现最差）")),
        LeadAsync: RankingLeadAsync,
        Hidden: (_, table) => BlankColumns(table, "figures_note"));

    public static readonly ListSpec Assessment = new(
        "/assessment",
        "年度考核",
        MetricNames.Assessment,
        "牵头单位的年度考核得分，截至所选月份：与红黑榜同样四项加权，只是报送得分按年初至今累计（红黑榜只看本季度），一季度漏报到年底仍然计入。12 月即年终考核结果。"
            + "居前、居后的单位数按红黑榜同样的比例取。没有写完成时限任务的单位不参与排名。" + CarriedReturnsLead,
        "年度考核",
        MetricNames.MetricsHow,
        FilterBar.Fields.Month,
        (ctx, q) =>
        {
            q.WhereMonth(ctx.Month);
            q.Select(
                "rank", "board AS standing", "lead_unit", "figures_note", "score", "on_time_score", "lag_score", "overdue_score", "discipline_score", "expected_returns_ytd",
                "missing_returns_ytd", "tasks", "deadline_tasks", "completed", "completed_on_time", "settled", "on_time_rate_pct", "avg_lag_pp", "overdue", "ranked");
            q.ShowEveryPlace();
            q.OrderBy("rank", "lead_unit");
        },
        ctx => ctx.Month is { } m ? $"{m.Year}年1月至{m.Month}月" : string.Empty,
        Before: (ctx, table) => Boards(ctx, table, "standing", ("年度考核居前", "年度考核居后")),
        Hidden: (_, table) => BlankColumns(table, "figures_note"));

    public static readonly ListSpec Discipline = new(
        "/discipline",
        "报送情况",
        MetricNames.Discipline,
        "各牵头单位本月应报、已报和未报的任务数。上月在台账中、尚未完成、本月却没有报送的任务计为漏报。",
        "报送情况",
        MetricNames.MetricsHow,
        FilterBar.Fields.Month | FilterBar.Fields.Unit,
        (ctx, q) =>
        {
            q.Filter(ctx.Filter, ctx.Month);
            q.OrderBy("missing_returns DESC", "lead_unit");
        },
        ctx => PageData.MonthTitle(ctx),
        BeforeAsync: UnreturnedAsync,
        AfterAsync: MissingReturnsAsync,
        Hidden: (ctx, _) => ctx.Month is null ? [] : ["report_month"]); // the month of the title, on every row

    public static readonly ListSpec DoubleHalf = new(
        "/double-half",
        "双过半",
        MetricNames.DoubleHalf,
        "每个专项小组、单位和台账的时间进度与工作进度。时间进度是各任务按自身完成时限此时应完成比例的平均，不是按日历计算的全年时间进度；差距按表中两个进度相减。双过半于每年6月底评估：工作进度不低于时间进度即为达到；其他月份为进度对照。",
        "双过半统计",
        MetricNames.MetricsHow,
        FilterBar.Fields.Month,
        (ctx, q) =>
        {
            q.WhereMonth(ctx.Month);
            q.Select("dimension", "group_name", "deadline_tasks", "completed", "no_progress", "time_share_pct", "work_share_pct", "gap_pp", "reached", "year_time_pct", "open_ended_excluded", "no_deadline_excluded");
            q.ShowAsPrintedDifference("gap_pp", "work_share_pct", "time_share_pct");
            // Furthest behind first within each grouping; equal gaps: groups as the ledger lists them, units by name.
            q.OrderByExpression("CASE \"dimension\" WHEN 'all' THEN 0 WHEN 'ledger' THEN 1 WHEN 'group' THEN 2 ELSE 3 END, \"gap_pp\" NULLS LAST, "
                + GroupOrder.Term(ctx, "report_month", "group_name", "\"dimension\" = 'group'"));
        },
        ctx => PageData.MonthTitle(ctx),
        Before: (ctx, table) => ctx.Month is null ? string.Empty : YearTimeShare(table),
        Hidden: (ctx, _) => ctx.Month switch
        {
            null => [],
            // The calendar share is one figure for the month, said once above the table; 达到双过半 is the verdict of June
            // only (as the lead and the overview say), other months are a running comparison without a 是/否.
            { Month: 6 } => ["year_time_pct"],
            _ => ["year_time_pct", "reached"],
        });

    public static readonly ListSpec CarryOver = new(
        "/carry-over",
        "年末结转",
        MetricNames.CarryOver,
        "上一年度最后一次填报时尚未完成的任务，在新年度台账第一次填报中是否还在：有同名任务的为“已列入新年度台账”，只有名称相近任务的列出供核实，都没有的为“未列入新年度台账”。"
            + "任务编号不跨年度，漏报统计也不跨年度，未完成任务随旧年度离开台账只在这里看得到。",
        "年末结转情况",
        MetricNames.MetricsHow,
        FilterBar.Fields.Month | FilterBar.Fields.Ledger | FilterBar.Fields.Group | FilterBar.Fields.Unit,
        (ctx, q) =>
        {
            q.Filter(ctx.Filter, null);
            if (ctx.Month is { } m && q.Relation.HasColumn("year"))
            {
                q.WhereSql("\"year\" = {0}", m.Year - 1);
            }

            q.OrderByExpression("CASE \"outcome\" WHEN 'dropped' THEN 0 WHEN 'similar' THEN 1 ELSE 2 END, ledger_ordinal(\"ledger\"), "
                + GroupOrder.Term(ctx, "last_month", "special_group") + ", \"task_id\"");
        },
        ctx => ctx.Month is { } m ? $"{m.Year - 1}年末至{m.Year}年初" : string.Empty);

    public static IReadOnlyList<ListSpec> All { get; } = [Negative, Results, Ranking, Assessment, Discipline, DoubleHalf, CarryOver];

    /// <summary>
    /// The 红黑榜's lead with the weights in force, as metric_settings holds them (the view unit_score() weighs by), so the
    /// text cannot drift from the scores; without <paramref name="weights"/> it says where they are set.
    /// </summary>
    internal static string RankingLead(IReadOnlyList<double>? weights) =>
        "牵头单位按综合得分排名（按期完成、进度、逾期、报送四项加权，权重由改革办在指标设置中确定"
        + (weights is null ? string.Empty : "，现行依次为" + string.Join("、", weights.Select(w => (w * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%")))
        + "）。尚无到期或已完成任务的单位按时得分计满分；进度得分最高100分，平均滞后为负值表示快于计划，"
        + "平均滞后为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分计满分。没有写完成时限任务的单位不参与排名。"
        + CarriedReturnsLead;

    /// <summary>
    /// What the 数据说明 column (figures_note) means, at the end of the 红黑榜's and the 年度考核's leads: a unit that sent nothing,
    /// or left tasks out, is ranked with those tasks at their last reported progress, at the month's status date.
    /// </summary>
    internal const string CarriedReturnsLead =
        "当月未报送或漏报任务的单位，“数据说明”列注明所用数据：未报送的任务按上次报送的进度计入排名，计划进度、滞后和逾期按所选月份月末计算。";

    private static async Task<string> RankingLeadAsync(PageContext ctx)
    {
        if (PageData.Relation(ctx, MetricNames.Settings) is null)
        {
            return RankingLead(null);
        }

        var settings = await PageData.QueryAsync(ctx, "SELECT weight_on_time, weight_lag, weight_overdue, weight_discipline FROM metric_settings", [], 1).ConfigureAwait(false);
        var weights = settings.Rows.Count == 1 ? settings.Rows[0].Select(DbValues.AsDouble).ToList() : [];
        return weights.Count == 4 && weights.All(w => w is not null) ? RankingLead([.. weights.Select(w => w!.Value)]) : RankingLead(null);
    }

    /// <summary>Those of <paramref name="columns"/> without a value on any row of <paramref name="table"/> (数据说明 in a month every unit reported).</summary>
    internal static IEnumerable<string> BlankColumns(ResultTable table, params string[] columns) =>
        columns.Where(c => table.IndexOf(c) is var i and >= 0 && table.Rows.All(r => CellText.Plain(c, r[i]).Length == 0));

    /// <summary>The calendar share of the year gone (year_time_pct, one figure for the month), said once above the 双过半 table.</summary>
    private static string YearTimeShare(ResultTable table)
    {
        var i = table.IndexOf("year_time_pct");
        var share = i < 0 ? null : table.Rows.Select(r => DbValues.AsDouble(r[i])).FirstOrDefault(v => v is not null);
        return share is { } y ? $"<p>全年时间进度（按日历计）{Format.Percent(y)}，仅供参考，不是双过半所比的时间进度。</p>" : string.Empty;
    }

    private static DateOnly QuarterStart(ReportMonth m) => new(m.Year, (((m.Month - 1) / 3) * 3) + 1, 1);

    /// <summary>
    /// The two panels above a ranking: the units of the top board and of the bottom board (column <paramref name="column"/>,
    /// 'red' and 'black'), each with its score and rank, then the heading of the full ranking.
    /// </summary>
    private static string Boards(PageContext ctx, ResultTable table, string column, (string Top, string Bottom) labels)
    {
        var board = table.IndexOf(column);
        if (board < 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("<div class=\"grid2\">");
        foreach (var (code, label) in new[] { ("red", labels.Top), ("black", labels.Bottom) })
        {
            var rows = table.Rows.Where(r => string.Equals(r[board] as string, code, StringComparison.Ordinal)).ToList();
            var part = new ResultTable(table.Columns, table.Types, rows, false);
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"panel\"><h3>{label}</h3>");
            var hidden = new HashSet<string>(BlankColumns(part, "figures_note"), StringComparer.Ordinal)
            {
                column, "on_time_score", "lag_score", "overdue_score", "discipline_score", "tasks", "completed", "completed_on_time", "settled",
                "expected_returns_qtd", "missing_returns_qtd", "expected_returns_ytd", "ranked", "deadline_tasks",
            };
            sb.Append(TableHtml.Render(part, ctx.Filter.Query(false), hidden));
            sb.Append("</div>");
        }

        return sb.Append("</div><h2>完整排名</h2>").ToString();
    }

    /// <summary>Whom to call (催报) this month, from return_progress (<see cref="Unreturned"/>); nothing before the view exists.</summary>
    private static async Task<string> UnreturnedAsync(PageContext ctx)
    {
        if (PageData.Relation(ctx, MetricNames.ReturnProgress) is not { } relation || ctx.Month is null)
        {
            return string.Empty;
        }

        var q = new ViewQuery(relation);
        q.Filter(ctx.Filter, ctx.Month);
        q.OrderByExpression("ledger_ordinal(\"ledger\"), \"missing_returns\" DESC, \"lead_unit\"");
        return Unreturned(await PageData.QueryAsync(ctx, q).ConfigureAwait(false));
    }

    /// <summary>
    /// Per ledger, the units that owed returns this month and sent nothing (sent_nothing), then those whose return left
    /// tasks out, each with the tasks missing; or that every unit owing a return sent all of it; nothing when none owed one.
    /// </summary>
    internal static string Unreturned(ResultTable table)
    {
        var (ledger, unit, missing, nothing) = (table.IndexOf("ledger"), table.IndexOf("lead_unit"), table.IndexOf("missing_returns"), table.IndexOf("sent_nothing"));
        if (ledger < 0 || unit < 0 || missing < 0 || nothing < 0 || table.Rows.Count == 0)
        {
            return string.Empty;
        }

        var owing = table.Rows
            .Select(r => (Ledger: r[ledger] as string ?? string.Empty, Unit: r[unit] as string ?? string.Empty, Missing: DbValues.AsDouble(r[missing]) ?? 0, Nothing: DbValues.AsBool(r[nothing]) == true))
            .Where(r => r.Missing > 0)
            .ToList();
        if (owing.Count == 0)
        {
            return Notice.Info("本月应报送的单位都已报送，没有漏报。");
        }

        static string Names(IEnumerable<(string Ledger, string Unit, double Missing, bool Nothing)> units) =>
            string.Join("、", units.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Unit}（{u.Missing:0}项）")));
        var text = new StringBuilder();
        foreach (var group in owing.GroupBy(u => u.Ledger))
        {
            var parts = new List<string>();
            var none = group.Where(u => u.Nothing).ToList();
            var partly = group.Where(u => !u.Nothing).ToList();
            if (none.Count > 0)
            {
                parts.Add($"本月没有任何报送的单位{none.Count}个：{Names(none)}");
            }

            if (partly.Count > 0)
            {
                parts.Add($"报送件中少报任务的单位{partly.Count}个：{Names(partly)}");
            }

            text.Append(Notice.Warning($"{LedgerNames.LabelOf(group.Key)}：{string.Join("；", parts)}。"));
        }

        return text.ToString();
    }

    private static async Task<string> MissingReturnsAsync(PageContext ctx)
    {
        if (PageData.Relation(ctx, MetricNames.MissingReturns) is not { } relation)
        {
            return string.Empty;
        }

        var q = new ViewQuery(relation);
        q.Filter(ctx.Filter, ctx.Month);
        q.OrderBy("lead_unit", "task_id");
        var table = await PageData.QueryAsync(ctx, q).ConfigureAwait(false);
        var heading = $"<h2>本月漏报的任务（{table.Rows.Count}{(table.Truncated ? "+" : string.Empty)}）</h2>";
        return table.Rows.Count == 0
            ? heading + Notice.Info("本月没有漏报的任务：上月在台账中、尚未完成的任务，本月都已报送。")
            : heading + TableHtml.Render(table, ctx.Filter.Query(false), new HashSet<string>(StringComparer.Ordinal) { "task_id", "report_month" });
    }
}
