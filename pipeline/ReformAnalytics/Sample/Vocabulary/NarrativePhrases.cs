namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>
/// Sentences of the progress narrative (进展情况), by phase. Placeholders: {n} a small count, {k}/{j} sub-tasks
/// done of planned, {towns} towns reached, {amount} 万元, {pct} a share, {next} next month, {doc} the document,
/// {docno} its number, {cm} the month it was completed. The trouble sentences carry the words that go with
/// real lag (困难, 协调, 尚未, 暂缓, 资金缺口); the positive ones the words that go with work on plan
/// (已完成, 按计划).
/// </summary>
internal static class NarrativePhrases
{
    public static readonly IReadOnlyList<string> NotStarted =
    [
        "尚未启动，正在对接上级主管部门明确工作要求。", "前期准备中，待上级配套政策出台后启动。", "已列入年度工作计划，计划{next}月启动。",
        "正在收集相关资料，尚未形成工作方案。",
    ];

    public static readonly IReadOnlyList<string> Early =
    [
        "已成立工作专班，开展前期调研。", "已召开专题会议研究部署，明确责任分工。", "已赴先进地区学习考察，梳理形成问题清单{n}项。",
        "已完成基础数据摸底，正在谋划工作思路。", "已制定任务清单，明确{n}项具体举措。", "已完成现状调查，形成初步工作思路。",
    ];

    public static readonly IReadOnlyList<string> MiddleIssue =
    [
        "方案初稿已形成，正在征求相关部门意见。", "已完成调研报告，起草工作有序开展。", "已形成征求意见稿，共收集意见建议{n}条。",
        "已召开座谈会{n}次，正在修改完善方案。", "已完成框架设计，正在细化配套措施。",
    ];

    public static readonly IReadOnlyList<string> MiddleImplement =
    [
        "已在{towns}个乡镇（街道）推开，覆盖面逐步扩大。", "累计完成投资{amount}万元，完成年度计划的{pct}%。", "已完成{k}项子任务中的{j}项。",
        "已开展专项督查{n}次，整改问题{j}个。", "已落实配套资金{amount}万元，相关工作稳步推进。", "已确定试点村（社区）{n}个，试点工作全面铺开。",
    ];

    public static readonly IReadOnlyList<string> LateIssue =
    [
        "方案已提交县委深改委审议。", "已完成合法性审查，待印发。", "已通过县政府常务会议审议，正在履行发文程序。", "送审稿已形成，正在征求法律顾问意见。",
    ];

    public static readonly IReadOnlyList<string> LateImplement =
    [
        "主体工作已基本结束，正在开展总结评估。", "已进入验收阶段，正在整理台账资料。", "已在全县推开，正在总结提炼经验做法。",
        "已完成{k}项子任务中的{j}项，剩余工作正在收尾。",
    ];

    public static readonly IReadOnlyList<string> AwaitingApproval =
    [
        "已提交县委深改委审议，待审定后印发。", "方案已报县委深改委，待会议研究。", "已按要求修改完善，待县政府常务会议审议。",
    ];

    public static readonly IReadOnlyList<string> CompletedIssue =
    [
        "已印发{doc}（{docno}）。", "{doc}已经县委深改委审议通过并印发实施。", "已出台{doc}，任务已完成。",
    ];

    public static readonly IReadOnlyList<string> CompletedImplement =
    [
        "已通过验收，形成可复制推广经验。", "各项任务已全部完成，成效明显。", "已完成年度目标任务，申请销号。", "已完成，相关做法被市级推广。",
    ];

    public static readonly IReadOnlyList<string> ClosedOut =
    [
        "已于{cm}月完成，已销号。", "任务已完成，持续巩固改革成果。", "已完成，后续做好跟踪问效。", "已完成并销号。",
    ];

    public static readonly IReadOnlyList<string> Trouble =
    [
        "因资金缺口较大，项目推进受到影响。", "资金缺口约{amount}万元，正在积极争取上级补助。", "涉及多个部门，需县级层面协调推进。",
        "上级配套政策尚未出台，部分工作暂缓。", "用地指标落实存在困难。", "专业人员力量不足，推进存在一定困难。",
        "方案尚未通过审议，需进一步修改完善。", "部门间意见尚未统一，正在协调。", "受项目招投标延期影响，进度慢于预期。",
        "相关数据尚未完成对接，需上级部门协调解决。", "受人员调整影响，工作衔接存在困难。",
    ];

    public const string StalledLead = "本月无实质性进展，";

    public static readonly IReadOnlyList<string> Suspended =
    [
        "根据上级统一部署，该项工作暂缓推进。", "因政策调整，暂缓实施，待上级明确后推进。", "受上级改革试点调整影响，暂缓推进。",
    ];

    public static readonly IReadOnlyList<string> Positive =
    [
        "下一步将按时间节点抓好落实。", "各项工作按计划推进。", "总体进展顺利。", "确保按期完成。", "按计划有序开展。",
    ];

    /// <summary>Words of coordination in a good month: the trouble words are a signal, not a rule.</summary>
    public static readonly IReadOnlyList<string> Neutral = ["加强部门协调配合，形成工作合力。", "建立周例会制度，定期协调解决问题。"];

    public static readonly IReadOnlyList<string> OpenEnded =
    [
        "持续推进，已纳入常态化工作。", "常态化开展，本月开展专项行动{n}次。", "长期坚持，定期开展督查评估。", "按年度计划常态化推进，本月召开推进会{n}次。",
    ];

    public static readonly IReadOnlyList<string> DocumentIssuers = ["县委办发", "县政办发", "县委改革办发", "县政发"];
}
