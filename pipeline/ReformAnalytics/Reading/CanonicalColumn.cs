namespace ReformAnalytics.Reading;

/// <summary>
/// The columns a ledger can carry, whatever the header says. Header aliases map onto these
/// (see <c>ColumnAliases</c>); a user's <c>--map</c> file can add more.
/// </summary>
public enum CanonicalColumn
{
    /// <summary>序号 / 编号.</summary>
    SeqNo,

    /// <summary>改革任务 / 任务名称 / 重点任务 …</summary>
    Task,

    /// <summary>专项小组 / 领域 / 类别 …</summary>
    SpecialGroup,

    /// <summary>牵头单位 / 牵头部门 / 主办单位 / 责任部门.</summary>
    LeadUnit,

    /// <summary>责任单位 / 配合单位 / 协办单位 / 参与单位.</summary>
    CoUnits,

    /// <summary>责任领导 / 牵头领导 / 县级领导 / 分管领导.</summary>
    Leader,

    /// <summary>责任人 / 联系人.</summary>
    PersonInCharge,

    /// <summary>成果形式 / 改革成果形式 / 成果.</summary>
    ResultForm,

    /// <summary>任务类型: 制定出台 or 推进落实.</summary>
    TaskKind,

    /// <summary>完成时限 / 完成时间 / 时间节点 …</summary>
    Deadline,

    /// <summary>进展情况 / 推进情况 / 工作进展 / 办理情况 (the narrative).</summary>
    ProgressText,

    /// <summary>完成进度 / 进度 / 完成比例 (the figure).</summary>
    ProgressPct,

    /// <summary>状态 / 完成情况 / 推进状态.</summary>
    Status,

    /// <summary>开始时间 / 启动时间 / 计划开始时间: where the planned window starts.</summary>
    StartDate,
}
