namespace ReformAnalytics.Tests.Sample;

/// <summary>The column names of domain.md, written out here independently of the generator.</summary>
public static class LedgerAliases
{
    public static readonly string[] SeqNo = ["序号", "编号"];
    public static readonly string[] Task = ["改革任务", "改革事项", "任务名称", "重点任务", "重点工作", "目标名称", "工作任务"];
    public static readonly string[] Group = ["专项小组", "所属专项小组", "领域", "类别", "工作类别"];
    public static readonly string[] Lead = ["牵头单位", "牵头部门", "主办单位", "责任部门"];
    public static readonly string[] CoUnits = ["责任单位", "配合单位", "协办单位", "参与单位"];
    public static readonly string[] Leader = ["责任领导", "牵头领导", "县级领导", "分管领导"];
    public static readonly string[] Person = ["责任人", "联系人"];
    public static readonly string[] ResultForm = ["成果形式", "改革成果形式", "成果"];
    public static readonly string[] Deadline = ["完成时限", "完成时间", "时间节点", "办理时限", "目标节点或完成时限"];
    public static readonly string[] ProgressText = ["进展情况", "推进情况", "工作进展", "办理情况"];
    public static readonly string[] ProgressPct = ["完成进度", "进度", "完成比例"];
    public static readonly string[] Status = ["状态", "完成情况", "推进状态"];

    public static IEnumerable<string> All =>
        SeqNo.Concat(Task).Concat(Group).Concat(Lead).Concat(CoUnits).Concat(Leader).Concat(Person)
            .Concat(ResultForm).Concat(Deadline).Concat(ProgressText).Concat(ProgressPct).Concat(Status);

    /// <summary>Status phrases of domain.md (every one maps to a canonical status).</summary>
    public static readonly string[] StatusPhrases =
    [
        "已完成", "完成", "任务完成", "已办结", "办结销号", "已销号", "全部完成", "提前完成",
        "超进度", "进展较快", "进度较快",
        "推进中", "序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "达进度",
        "滞后", "进度滞后", "进展滞后", "欠进度", "进度缓慢",
        "未启动", "尚未启动", "未开展",
        "中止", "暂缓",
    ];
}
