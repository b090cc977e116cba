using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Reports.ReportText;

namespace ReformAnalytics.Reports;

/// <summary>
/// 督办单: what the office asks one lead unit to put right after a month's ledger, with a date to answer by
/// (限时补齐交账). Its tasks are the unit's rows of <c>negative_list</c> (overdue, behind or stalled) and its
/// missing returns those of <c>missing_returns</c>, both at <see cref="Month"/>; in a new ledger year's first month
/// also its tasks left unfinished at the old year's end that the new ledger does not have (<c>year_end_carry_over</c>,
/// <see cref="Dropped"/>). The notice adds no figure of its own, so each line can be found again with one query over
/// those views.
/// </summary>
/// <param name="LeadUnit">The lead unit the notice goes to.</param>
/// <param name="Month">The report month whose ledger was analysed.</param>
/// <param name="Due">The date the unit is asked to answer by.</param>
/// <param name="Tasks">The unit's tasks on the negative list, in its order.</param>
/// <param name="Missing">The unit's tasks whose monthly return is missing.</param>
public sealed record SupervisionNotice(
    string LeadUnit,
    ReportMonth Month,
    DateOnly Due,
    IReadOnlyList<NegativeListRow> Tasks,
    IReadOnlyList<MissingReturnRow> Missing)
{
    public const string Title = "改革任务督办单";

    /// <summary>The unit's tasks left unfinished at the last year's end and not in the new year's ledger.</summary>
    public IReadOnlyList<YearEndCarryOverRow> Dropped { get; init; } = [];

    /// <summary>
    /// The notice's number among the month's notices (1, 2, …, units in the order of <see cref="SupervisionNotices"/>),
    /// printed as 编号：2024年6月第2号 so that a unit's answer can name the notice it answers; 0 for a notice not numbered.
    /// </summary>
    public int Number { get; init; }

    /// <summary>Where the office signs and dates the notice, and the unit signs for it, when it is printed.</summary>
    public static readonly IReadOnlyList<string> SignatureLines =
    [
        "签发：改革办（盖章）　　　　签发日期：　　　　年　　月　　日",
        "承办单位签收人：　　　　　　签收日期：　　　　年　　月　　日",
    ];

    private static readonly string[] TaskColumns = ["序号", "台账", "改革任务", "完成时限", "实际进度", "计划进度", "存在问题"];
    private static readonly string[] MissingColumns = ["序号", "台账", "改革任务", "完成时限", "上次报送", "上次进度"];
    private static readonly string[] DroppedColumns = ["序号", "台账", "改革任务", "原完成时限", "年末进度"];

    /// <summary>The notice as a document, written to Word like the quarterly report.</summary>
    public ReportDocument ToDocument()
    {
        var sections = new List<ReportSection>();
        var number = 0;
        var tableNumber = 0;
        if (Tasks.Count > 0)
        {
            var overdue = Tasks.Count(t => t.Overdue);
            var due = Tasks.Count(t => t.DueUnfinished && !t.Overdue);
            var behind = Tasks.Count(t => t.Behind);
            var stalled = Tasks.Count(t => t.Stalled);
            // Only the kinds present are counted; the note on overlap only when the counts add up to more than the tasks.
            var kinds = new[] { ("逾期", overdue), ("到期未完成", due), ("落后计划", behind), ("进度停滞", stalled) }.Where(k => k.Item2 > 0).Select(k => k.Item1 + Count(k.Item2) + "项");
            var overlap = overdue + due + behind + stalled > Tasks.Count ? "；一项任务可能兼有几种情况" : string.Empty;
            var text = "经对" + ChineseDate.Month(Month.FirstDay) + "改革任务台账分析，你单位牵头的以下" + Count(Tasks.Count)
                + "项任务存在" + (due > 0 ? "逾期、到期未完成" : "逾期") + "、进度滞后或进展停滞的情况（" + string.Join("，", kinds) + overlap + "），现予督办。";
            sections.Add(new ReportSection(
                Numbered(++number, "督办事项"),
                [
                    new ReportParagraph(text),
                    new ReportTable(
                        "表" + Count(++tableNumber) + " 督办任务",
                        TaskColumns,
                        [.. Tasks.Select((t, i) => (IReadOnlyList<string>)[Count(i + 1), LedgerNames.LabelOf(t.Ledger), TaskLabel.Of(t.TaskHeading, t.TaskName), t.DeadlineText ?? "—", Percent(t.ActualPct), Percent(t.PlannedPct), Problems(t)])],
                        new HashSet<int> { 0, 4, 5 }),
                ]));
        }

        if (Missing.Count > 0)
        {
            var text = "以下" + Count(Missing.Count) + "项任务仍在办，" + ChineseDate.Month(Month.FirstDay) + "台账中却没有报送进展（上次报送的月份见表），请补报。";
            sections.Add(new ReportSection(
                Numbered(++number, "漏报事项"),
                [
                    new ReportParagraph(text),
                    new ReportTable(
                        "表" + Count(++tableNumber) + " 漏报任务",
                        MissingColumns,
                        [.. Missing.Select((m, i) => (IReadOnlyList<string>)[Count(i + 1), LedgerNames.LabelOf(m.Ledger), TaskLabel.Of(m.TaskHeading, m.TaskName), m.DeadlineText ?? "—", ChineseDate.Month(m.LastReportedMonth), Percent(m.LastActualPct)])],
                        new HashSet<int> { 0, 5 }),
                ]));
        }

        if (Dropped.Count > 0)
        {
            var year = Dropped[0].Year;
            var text = "以下" + Count(Dropped.Count) + "项任务在" + Count(year) + "年末尚未完成，" + Count(year + 1) + "年改革任务台账中却没有列入。"
                + "请说明是已经完成、已经调整，还是并入了其他任务；仍需推进的，请补列入台账并报送进展。";
            sections.Add(new ReportSection(
                Numbered(++number, "上年结转事项"),
                [
                    new ReportParagraph(text),
                    new ReportTable(
                        "表" + Count(++tableNumber) + " 上年未完成、未列入今年台账的任务",
                        DroppedColumns,
                        [.. Dropped.Select((d, i) => (IReadOnlyList<string>)[Count(i + 1), LedgerNames.LabelOf(d.Ledger), TaskLabel.Of(d.TaskHeading, d.TaskName), d.DeadlineText ?? "—", Percent(d.ActualPct)])],
                        new HashSet<int> { 0, 4 }),
                ]));
        }

        sections.Add(new ReportSection(Numbered(++number, "办理要求"), [new ReportParagraph(Request), .. SignatureLines.Select(line => new ReportParagraph(line))]));
        return new ReportDocument(
            Title,
            (Number > 0 ? "编号：" + ChineseDate.Month(Month.FirstDay) + "第" + Count(Number) + "号　" : string.Empty)
            + LeadUnit + "　" + ChineseDate.Month(Month.FirstDay) + "台账（截至" + ChineseDate.Day(Month.StatusDate) + "）",
            sections,
            "数据来源：" + ChineseDate.Month(Month.FirstDay) + "改革任务台账。逾期、到期未完成、滞后和进度停滞的任务取自本月负面清单，未报送的任务为此前在办、本月应报送而没有报送的任务"
            + (Dropped.Count > 0 ? "，上年结转事项为上年年底未完成、未列入今年台账的任务" : string.Empty) + "。");
    }

    /// <summary>What the unit is asked to do, and by when.</summary>
    public string Request =>
        "请于" + ChineseDate.Day(Due) + "前，将上述任务的整改措施和最新进展书面报送改革办；已经完成的任务，请附成果材料申请销号；"
        + "确因客观原因无法按期完成的，请说明原因并提出调整完成时限的申请。";

    /// <summary>Why a task is on the notice, in the order overdue (or due and unfinished), behind, stalled, then a status that disagrees with the figures.</summary>
    public static string Problems(NegativeListRow task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var problems = new List<string>();
        if (task.Overdue)
        {
            problems.Add(task.DaysOverdue is { } days ? "逾期" + Count(days) + "天" : "已逾期");
        }

        if (task.DueUnfinished && !task.Overdue)
        {
            problems.Add("已到完成时限，尚未完成");
        }

        if (task.Behind && task.LagPp is { } lag)
        {
            problems.Add("落后计划" + Number(lag) + "个百分点");
        }

        if (task.Stalled)
        {
            problems.Add("进度连续" + Count(task.StalledMonths) + "次填报未变化");
        }

        if (task.StatusDisagrees && task.StatusText is { Length: > 0 } said)
        {
            problems.Add("自报“" + said + "”与测算进度不符");
        }

        return string.Join("；", problems);
    }

    private static string Numbered(int n, string heading) => ChineseNumber(n) + "、" + heading;

    private static string ChineseNumber(int n) => n switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        _ => Count(n),
    };

}
