namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>
/// The words units write in the ledger: status phrases (exactly the lists of domain.md, so that every one
/// maps), task kinds, result forms, pilot levels and co-units that are not lead units.
/// </summary>
internal static class LedgerPhrases
{
    public static readonly IReadOnlyList<string> Completed = ["已完成", "完成", "任务完成", "已办结", "全部完成"];

    /// <summary>Phrases for a task completed earlier and closed out (销号).</summary>
    public static readonly IReadOnlyList<string> ClosedOut = ["已销号", "办结销号"];

    public const string CompletedEarly = "提前完成";

    public static readonly IReadOnlyList<string> Ahead = ["超进度", "进展较快", "进度较快"];

    public static readonly IReadOnlyList<string> OnTrack = ["推进中", "序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "达进度"];

    public static readonly IReadOnlyList<string> Behind = ["滞后", "进度滞后", "进展滞后", "欠进度", "进度缓慢"];

    public static readonly IReadOnlyList<string> NotStarted = ["未启动", "尚未启动", "未开展"];

    public static readonly IReadOnlyList<string> Suspended = ["暂缓", "中止"];

    public const string KindIssue = "制定出台";

    public const string KindImplement = "推进落实";

    public static readonly IReadOnlyList<string> IssueResultForms = ["出台文件", "实施意见", "工作方案", "实施方案", "管理办法", "实施细则", "制度机制"];

    public static readonly IReadOnlyList<string> ImplementResultForms = ["制度机制", "工作报告", "实践成果", "典型案例", "试点经验", "工作方案"];

    /// <summary>The first sub-task of every task split under a heading: the same name under each heading.</summary>
    public const string FirstSubTask = "制定实施方案";

    /// <summary>The second sub-task of a task split under a heading, one per heading in turn.</summary>
    public static readonly IReadOnlyList<string> SecondSubTasks = ["组织开展试点", "完善配套政策", "总结推广经验"];

    public static readonly IReadOnlyList<string> PilotResultForms = ["试点经验", "典型案例", "制度成果", "可复制推广经验", "试点总结报告"];

    public static readonly IReadOnlyList<string> PilotLevels = ["国家级", "省级", "市级"];

    public static readonly IReadOnlyList<double> PilotLevelWeights = [1, 3, 2];

    public static readonly IReadOnlyList<string> AssignedPilotVerbs = ["开展", "推进", "承接"];

    public static readonly IReadOnlyList<string> LocalPilotVerbs = ["探索开展", "开展", "深化"];

    /// <summary>Co-units that never lead a task but often share one.</summary>
    public static readonly IReadOnlyList<string> ExtraCoUnits = ["各乡镇（街道）", "县委办", "县政府办", "县委改革办", "县直有关单位"];

    /// <summary>The word a unit adds in front of a task name when it retypes it (深化… → 全面深化…), by the name's verb.</summary>
    public static string RewordPrefixFor(string name) => name[..Math.Min(2, name.Length)] switch
    {
        "深化" or "实施" or "落实" or "推行" or "推广" => "全面",
        "推进" or "建立" or "构建" => "加快",
        "完善" or "创新" => "持续",
        "探索" => "积极",
        _ => "进一步",
    };

    /// <summary>Remarks in the hidden 备注 column.</summary>
    public static readonly IReadOnlyList<string> Remarks = ["省考核事项", "市考核事项", "县委深改委年度要点", "上年度结转", "民生实事", "群众关注事项"];
}
