namespace ReformAnalytics.Reports;

/// <summary>The column headings of every report table, in one place (the golden structure test reads them).</summary>
public static class ReportColumns
{
    public static IReadOnlyList<string> Summary(string first) =>
        [first, "任务数", "计入完成率", "已完成", "完成率", "较上季度", "滞后", "逾期", "停滞"];

    public static IReadOnlyList<string> Ranking { get; } =
        ["榜单", "名次", "牵头单位", "综合得分", "按期完成率", "平均滞后", "逾期", "漏报项次"];

    public static IReadOnlyList<string> Assessment { get; } =
        ["位次", "名次", "牵头单位", "综合得分", "按期完成率", "平均滞后", "逾期", "全年应报", "全年漏报"];

    public static IReadOnlyList<string> MissingReturns { get; } = ["牵头单位", "月份", "应报任务", "已报", "漏报"];

    public static IReadOnlyList<string> DoubleHalf(string first) =>
        [first, "计入任务数", "时间进度", "工作进度", "差距", "进度不慢于时间"];

    public static IReadOnlyList<string> Negative { get; } =
        ["序号", "任务名称", "牵头单位", "完成时限", "计划进度", "实际进度", "滞后", "逾期天数", "情形"];

    public static IReadOnlyList<string> Results { get; } =
        ["序号", "任务名称", "专项小组", "牵头单位", "成果形式", "完成月份", "是否按期"];

    public static IReadOnlyList<string> CarryOver { get; } = ["序号", "台账", "任务名称", "牵头单位", "年末进度", "去向", "今年台账中名称相近的任务"];

    public static IReadOnlyList<string> Risk { get; } = ["序号", "任务名称", "牵头单位", "滞后概率", "主要原因"];
}
