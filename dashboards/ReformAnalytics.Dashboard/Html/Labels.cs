using System.Collections.Frozen;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// Chinese headers for the columns of the tables and views (identifiers stay English in the database).
/// A column not listed here is shown under its own name.
/// </summary>
internal static class Labels
{
    private static readonly FrozenDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // snapshots / tasks
        ["ledger"] = "台账",
        ["task_id"] = "任务编号",
        ["report_month"] = "填报月份",
        ["status_date"] = "统计截止日",
        ["seq_no"] = "台账序号",
        ["row_no"] = "序号",
        ["task_name"] = "改革任务",
        ["task_heading"] = "上级任务",
        ["special_group"] = "专项小组",
        ["lead_unit"] = "牵头单位",
        ["co_units"] = "责任（配合）单位",
        ["leader"] = "责任领导",
        ["person_in_charge"] = "责任人",
        ["result_form"] = "成果形式",
        ["task_kind"] = "任务类型",
        ["deadline_text"] = "完成时限（原文）",
        ["deadline"] = "完成时限",
        ["deadline_kind"] = "时限类型",
        ["open_ended"] = "长期任务",
        ["planned_start"] = "计划起始日",
        ["milestone_dates"] = "节点日期",
        ["milestones"] = "节点内容",
        ["progress_pct"] = "完成进度",
        ["status"] = "推进状态",
        ["status_text"] = "状态（原文）",
        ["progress_text"] = "进展情况",
        ["source_file"] = "来源文件",
        ["source_sheet"] = "来源工作表",
        ["source_row"] = "来源行号",
        ["last_month"] = "最近填报月份",
        ["first_month"] = "首次填报月份",
        ["months_reported"] = "填报次数",

        // ingest_log / ingest_issues
        ["run_id"] = "批次",
        ["file_name"] = "文件",
        ["sha256"] = "文件指纹",
        ["rows"] = "行数",
        ["issues"] = "问题数",
        ["outcome"] = "结果",
        ["message"] = "说明",
        ["file"] = "文件",
        ["sheet"] = "工作表",
        ["row"] = "行号",
        ["column"] = "列",
        ["value"] = "内容",
        ["severity"] = "严重程度",

        // unit_names
        ["unit"] = "统一名称",
        ["return_unit"] = "报送单位",
        ["spelling"] = "写法",
        ["table_file"] = "对照表文件",

        // metrics: task_status, task_progress
        ["report_quarter"] = "所属季度",
        ["has_deadline"] = "有完成时限",
        ["plan_points"] = "计划节点",
        ["planned_pct"] = "计划进度",
        ["actual_pct"] = "实际进度",
        ["actual_derived"] = "实际进度由状态推定",
        ["lag_pp"] = "滞后（百分点）",
        ["es_date"] = "挣得工期日期",
        ["es_days"] = "挣得工期（天）",
        ["sv_t_days"] = "进度偏差（天）",
        ["spi_t"] = "进度绩效指数",
        ["completed"] = "已完成",
        ["completed_month"] = "完成月份",
        ["completed_on_time"] = "按时完成",
        ["overdue"] = "逾期",
        ["days_overdue"] = "逾期天数",
        ["stalled_months"] = "进度连续未变化的填报次数",
        ["stalled"] = "停滞",
        ["behind"] = "滞后",
        ["light"] = "红绿灯",
        ["light_reason"] = "亮灯原因",
        ["status_disagrees"] = "报告与进度不符",
        ["next_month_returned"] = "下月已报",

        // metric_summary, double_half
        ["dimension"] = "分组方式",
        ["group_name"] = "分组",
        ["tasks"] = "任务数",
        ["open_ended_excluded"] = "长期任务（未计入）",
        ["no_deadline_excluded"] = "无时限任务（未计入）",
        ["deadline_tasks"] = "有时限任务",
        ["completion_rate_pct"] = "完成率",
        ["settled"] = "时效已定",
        ["on_time_rate_pct"] = "按期完成率",
        ["no_progress"] = "未填进度",
        ["avg_lag_pp"] = "平均滞后（百分点）",
        ["green"] = "绿灯",
        ["amber"] = "黄灯",
        ["red"] = "红灯",
        ["time_share_pct"] = "时间进度",
        ["work_share_pct"] = "工作进度",
        ["completed_prev_month"] = "上月已完成",
        ["completion_rate_prev_month_pct"] = "上月完成率",
        ["completion_rate_change_month_pp"] = "完成率较上月（百分点）",
        ["overdue_prev_month"] = "上月逾期",
        ["completed_prev_quarter"] = "上季度末已完成",
        ["completion_rate_prev_quarter_pct"] = "上季度末完成率",
        ["completion_rate_change_quarter_pp"] = "完成率较上季度末（百分点）",
        ["overdue_prev_quarter"] = "上季度末逾期",
        ["year_time_pct"] = "全年时间进度",
        ["gap_pp"] = "差距（百分点）",
        ["reached"] = "达到双过半",

        // reporting_discipline, missing_returns
        ["expected_returns"] = "应报",
        ["returned"] = "已报",
        ["missing_returns"] = "漏报",
        ["sent_nothing"] = "没有任何报送",
        ["return_rate_pct"] = "报送率",
        ["return_missing"] = "有漏报",
        ["last_reported_month"] = "上次填报月份",
        ["last_actual_pct"] = "上次实际进度",
        ["last_status"] = "上次推进状态",

        // unit_ranking, results_list, negative_list
        ["expected_returns_qtd"] = "本季应报",
        ["missing_returns_qtd"] = "本季漏报",
        ["expected_returns_ytd"] = "全年应报",
        ["missing_returns_ytd"] = "全年漏报",
        ["on_time_score"] = "按时得分",
        ["lag_score"] = "进度得分",
        ["overdue_score"] = "逾期得分",
        ["discipline_score"] = "报送得分",
        ["ranked"] = "参加排名",
        ["units_ranked"] = "排名单位数",
        ["score"] = "综合得分",
        ["rank"] = "排名",
        ["board"] = "榜单",
        ["figures_note"] = "数据说明",
        ["figures_month"] = "数据月份",
        ["carried_returns"] = "按上次进度计入",
        ["standing"] = "位次",
        ["completed_quarter"] = "完成季度",
        ["reasons"] = "原因",

        // year_end_carry_over
        ["year"] = "年度",
        ["next_month"] = "新年度首月",
        ["next_task_id"] = "新年度任务编号",
        ["next_task_name"] = "新年度任务",
        ["next_lead_unit"] = "新年度牵头单位",
        ["next_deadline_text"] = "新年度完成时限（原文）",
        ["next_deadline"] = "新年度完成时限",
        ["next_progress_pct"] = "新年度完成进度",
        ["similarity"] = "名称相似度",

        // risk_flags
        ["as_of"] = "统计截止日",
        ["probability"] = "滞后概率",
        ["horizon_months"] = "预测期限（月）",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every column given a header here, with its header.</summary>
    public static IReadOnlyDictionary<string, string> All => Columns;

    public static string Column(string name) => Columns.TryGetValue(name, out var label) ? label : name;
}
