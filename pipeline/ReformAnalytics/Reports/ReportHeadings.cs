namespace ReformAnalytics.Reports;

/// <summary>The section headings of the quarterly report, in order (<see cref="All"/> as at the end of June).</summary>
public static class ReportHeadings
{
    public const string Overview = "一、总体进展情况";
    public const string GroupsAndLedgers = "二、分专项小组和分台账推进情况";
    public const string Units = "三、牵头单位推进情况";
    public const string DoubleHalf = "四、“双过半”情况";

    /// <summary>Section four in a quarter read at another month than June, when 双过半 is not assessed.</summary>
    public const string TimeAndWork = "四、时间进度与工作进度";
    public const string Negative = "五、逾期和停滞任务（负面清单）";
    public const string Results = "六、本季度改革成果（成果清单）";
    public const string Risk = "七、督察前需重点关注的风险任务";
    public const string NextSteps = "八、下一步工作打算";

    public static IReadOnlyList<string> All { get; } = [Overview, GroupsAndLedgers, Units, DoubleHalf, Negative, Results, Risk, NextSteps];
}
