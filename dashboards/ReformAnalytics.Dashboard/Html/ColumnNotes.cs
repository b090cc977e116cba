using System.Collections.Frozen;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// What a column header means, in the office's words, shown when the mouse rests on the header (docs/schema.md and
/// docs/metrics.md hold the definitions). A column whose header says it all (改革任务, 牵头单位) has none: its header
/// gets no mouse-over, never the English column name.
/// </summary>
internal static class ColumnNotes
{
    private static readonly FrozenDictionary<string, string> Notes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // snapshots / tasks
        ["task_id"] = "系统为任务编的编号，同一任务各月相同；新年度台账重新编号",
        ["report_month"] = "台账所属的月份（逐月报备）",
        ["status_date"] = "填报月份的最后一天，各项进度按这一天计算",
        ["seq_no"] = "台账上写的序号，各专项小组下重新编号",
        ["row_no"] = "本清单的排序号",
        ["co_units"] = "台账上的责任单位、配合单位",
        ["deadline_text"] = "台账上写的完成时限原文",
        ["deadline"] = "从完成时限原文识别出的日期；长期任务和未写时限的为空",
        ["deadline_kind"] = "完成时限的写法：具体日期、月份、季度、半年、年度、时间段、多个节点、长期或未填写",
        ["open_ended"] = "长期坚持、持续推进、常态化推进的任务：没有完成时限，不算逾期，不计入按时限计算的数字",
        ["planned_start"] = "计划进度从这一天起算：台账写了开始时间的按开始时间，否则为台账年度的1月1日",
        ["milestone_dates"] = "完成时限中写的各个节点的日期，最后一个即完成时限",
        ["milestones"] = "完成时限中写的各个节点的内容",
        ["progress_pct"] = "单位填报的完成进度（百分比）；未填为空",
        ["status"] = "单位填报的推进状态归并后的类别：已完成、超进度、序时推进、滞后、未启动、暂缓/中止、未识别",
        ["status_text"] = "单位填报的推进状态原话",
        ["source_file"] = "这一行数据来自的台账文件",
        ["source_row"] = "在台账文件中的行号（与表格软件显示的行号一致）",
        ["last_month"] = "任务最近一次出现在台账中的月份",
        ["first_month"] = "任务第一次出现在台账中的月份",
        ["months_reported"] = "任务出现在多少个月的台账中",

        // ingest_log / ingest_issues
        ["run_id"] = "第几次导入：每运行一次入库（导入台账文件）为一次",
        ["sha256"] = "文件内容的指纹：同一文件再次导入不会重复入库",
        ["rows"] = "从该文件存入的任务行数",
        ["issues"] = "读取该文件时发现的问题数，明细见入库问题",
        ["outcome"] = "文件的处理结果：已入库、未变（同一文件已入库）、被替代（有更正件或整本台账）、拒收等",
        ["file"] = "有问题的台账文件",
        ["column"] = "有问题的列（台账上的列名）",
        ["value"] = "有问题的单元格原值",
        ["severity"] = "错误：该行没有入库；提醒：已入库，但需要核对",

        // unit_names
        ["unit"] = "统计和排名所用的单位名称",
        ["return_unit"] = "文件作为哪个牵头单位的报送件入库；整本台账为空",
        ["spelling"] = "台账上出现过的该单位的写法（简称、全称、更名前的名称）",
        ["table_file"] = "单位名称对照表来自的文件",

        // task_status
        ["report_quarter"] = "填报月份所在的季度",
        ["has_deadline"] = "任务写有可识别的完成时限（长期任务除外）",
        ["plan_points"] = "计算计划进度所用的节点日期",
        ["planned_pct"] = "到统计截止日按计划应完成的比例：从计划起始日到完成时限（或各节点）已过去的时间占比，最高100%",
        ["actual_pct"] = "填报的完成进度；已完成计100%；未填进度时，未启动计0，其他状态为空（不推测）",
        ["actual_derived"] = "实际进度不是填报的数字，而是由推进状态推定（已完成计100%，未启动计0）",
        ["lag_pp"] = "计划进度减实际进度，单位为百分点；负值表示快于计划",
        ["es_date"] = "按计划，实际进度本应在哪一天达到",
        ["es_days"] = "从计划起始日到挣得工期日期的天数",
        ["sv_t_days"] = "挣得工期日期减统计截止日的天数：负值表示比计划晚这么多天，正值表示提前；已完成的任务按完成当月的统计截止日计算，此后不再变化",
        ["spi_t"] = "挣得工期天数÷已过去的天数：1为按计划，小于1为落后；已完成的任务按完成当月的统计截止日计算，此后不再变化",
        ["completed"] = "报告已完成或填报进度达到100%（统计表中为已完成的有时限任务数）",
        ["completed_month"] = "任务从哪个月起一直报告已完成",
        ["completed_on_time"] = "在完成时限所在月份或之前完成，且此前没有逾期（统计表中为按期完成的任务数）",
        ["overdue"] = "有完成时限，统计截止日已过完成时限，尚未完成（统计表中为逾期任务数）",
        ["days_overdue"] = "统计截止日减完成时限的天数",
        ["stalled_months"] = "此前连续多少次填报的实际进度与本次相同",
        ["stalled"] = "尚未完成，且进度连续多次填报未变化（次数门槛见指标设置）",
        ["behind"] = "有完成时限、尚未完成，落后计划达到黄灯线（统计表中为滞后任务数）",
        ["light"] = "已完成为绿灯；逾期或落后计划达到红灯线为红灯；落后达到黄灯线、进度停滞或有时限未报进度为黄灯；其余绿灯",
        ["light_reason"] = "亮灯的依据：已完成、逾期、进度滞后、进度停滞、未报进度、无时限或按计划",
        ["status_disagrees"] = "报告“序时推进”或“超进度”，但按进度计算亮红灯（统计表中为任务数）",
        ["next_month_returned"] = "次月台账中有这项任务；次月台账未入库和12月为空",

        // metric_summary, double_half
        ["dimension"] = "按什么归类统计：全部、台账、专项小组、牵头单位或责任领导",
        ["tasks"] = "当月台账中的任务数",
        ["open_ended_excluded"] = "长期任务数：不计入完成率、按期完成率、滞后、逾期和双过半",
        ["no_deadline_excluded"] = "没有写完成时限的任务数：同样不计入按时限计算的数字",
        ["deadline_tasks"] = "任务数减长期任务和未写时限的任务，是完成率等的分母",
        ["completion_rate_pct"] = "已完成÷有时限任务",
        ["settled"] = "已完成和到期未完成的任务数：按期与否已经确定",
        ["on_time_rate_pct"] = "按时完成÷时效已定的任务；尚无到期或已完成任务的为空",
        ["no_progress"] = "有完成时限、尚未完成、没有填报进度的任务数",
        ["avg_lag_pp"] = "未完成、有时限且有实际进度的任务滞后的平均值（百分点）；负值表示快于计划",
        ["green"] = "亮绿灯的任务数",
        ["amber"] = "亮黄灯的任务数",
        ["red"] = "亮红灯的任务数",
        ["time_share_pct"] = "有时限任务计划进度的平均：各任务按自身完成时限此时应完成的比例，双过半以此为准",
        ["work_share_pct"] = "有时限任务实际进度的平均，未报进度的按0计",
        ["completed_prev_month"] = "上月同一口径已完成的任务数；1月不与上年12月比较，为空",
        ["completion_rate_prev_month_pct"] = "上月同一口径的完成率；1月为空",
        ["completion_rate_change_month_pp"] = "本月完成率减上月完成率（百分点）",
        ["overdue_prev_month"] = "上月同一口径的逾期任务数；1月为空",
        ["completed_prev_quarter"] = "上季度最后一个月同一口径已完成的任务数；一季度为空",
        ["completion_rate_prev_quarter_pct"] = "上季度最后一个月同一口径的完成率；一季度为空",
        ["completion_rate_change_quarter_pp"] = "本月完成率减上季度末完成率（百分点）",
        ["overdue_prev_quarter"] = "上季度最后一个月同一口径的逾期任务数；一季度为空",
        ["year_time_pct"] = "按日历计算的全年时间进度，仅供参考，不是双过半所比的时间进度",
        ["gap_pp"] = "工作进度减时间进度（百分点）；负值表示工作落后于时间",
        ["reached"] = "6月底工作进度不低于时间进度即达到双过半",

        // reporting_discipline, missing_returns
        ["expected_returns"] = "本月应报的任务数：上月在台账中、尚未完成的任务",
        ["returned"] = "应报任务中本月已报送的数",
        ["missing_returns"] = "应报而本月没有报送的任务数（漏报）",
        ["sent_nothing"] = "本月应报送，却没有报送任何任务",
        ["return_rate_pct"] = "已报任务÷应报任务",
        ["return_missing"] = "本月有应报未报的任务",
        ["last_reported_month"] = "任务最后一次报送的月份",
        ["last_actual_pct"] = "任务最后一次报送时的实际进度",
        ["last_status"] = "任务最后一次报送时的推进状态",

        // unit_ranking, unit_assessment, results_list, negative_list
        ["expected_returns_qtd"] = "本季度各月应报任务数之和",
        ["missing_returns_qtd"] = "本季度各月漏报任务数之和",
        ["expected_returns_ytd"] = "年初至所选月份各月应报任务数之和",
        ["missing_returns_ytd"] = "年初至所选月份各月漏报任务数之和",
        ["on_time_score"] = "按期完成率×100；尚无到期或已完成任务的计满分",
        ["lag_score"] = "100减平均滞后，最高100分、最低0分",
        ["overdue_score"] = "（1－逾期任务÷有时限任务）×100",
        ["discipline_score"] = "（1－漏报÷应报）×100；红黑榜按本季度，年度考核按年初至今",
        ["ranked"] = "有写完成时限的任务的单位才参与排名",
        ["units_ranked"] = "当月参与排名的单位数",
        ["score"] = "按期完成、进度、逾期、报送四项得分加权，权重见指标设置",
        ["rank"] = "综合得分（保留两位小数）从高到低的名次，得分相同名次相同",
        ["board"] = "排名靠前的列红榜、靠后的列黑榜（比例见指标设置，至少各一个单位）；其间的单位为“—”，不参与排名的为“未排名”",
        ["standing"] = "与红黑榜同样比例取居前、居后；其间的单位为“—”，不参与排名的为“未排名”",
        ["figures_note"] = "单位当月未报送或漏报时，排名所用的数据：未报送的任务按上次报送的进度计入",
        ["figures_month"] = "单位数据实际报送的月份",
        ["carried_returns"] = "当月应报未报、按上次报送的进度计入的任务数",
        ["completed_quarter"] = "任务首次报告完成的季度",
        ["reasons"] = "列入负面清单的原因：逾期、到期未完成、滞后或停滞",

        // year_end_carry_over
        ["next_month"] = "新年度台账第一次填报的月份",
        ["similarity"] = "任务名称相似的程度（1为相同）",

        // risk_flags
        ["as_of"] = "风险清单的统计截止日",
        ["probability"] = "风险模型估计的任务在预测期内逾期、亮红灯或到期未完成的可能性",
        ["horizon_months"] = "风险预测看此后几次月度填报",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Chinese explanation of <paramref name="column"/>, or null when its header needs none.</summary>
    public static string? Of(string column) => Notes.GetValueOrDefault(column);
}
