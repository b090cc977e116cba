using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Sample.Simulation;
using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// The templates the office's ledgers are kept in, and which one a ledger uses in a month. The overall ledger
/// changes template from year to year (A, B, C; in odd years again from July), and is sent as CSV in the D or
/// E template; the pilot ledgers rotate through PA, PB, PC each half year. Together the templates use every
/// header alias of domain.md. CSV files lose the two-row header and the hidden column (a CSV has neither).
/// </summary>
internal static class LayoutCatalog
{
    private const string Band = "责任分工";

    private static readonly LayoutColumn[] A =
    [
        new(CanonicalColumn.SeqNo, "序号", Width: 6), new(CanonicalColumn.Task, "改革任务", Width: 40),
        new(CanonicalColumn.LeadUnit, "牵头单位", Band, Width: 14), new(CanonicalColumn.CoUnits, "责任单位", Band, Width: 22),
        new(CanonicalColumn.Leader, "责任领导", Width: 9), new(CanonicalColumn.ResultForm, "成果形式", Width: 10),
        new(CanonicalColumn.Deadline, "完成时限", Width: 16), new(CanonicalColumn.ProgressText, "进展情况", Width: 40),
        new(CanonicalColumn.ProgressPct, "完成进度", Width: 9), new(CanonicalColumn.Status, "状态", Width: 9),
    ];

    private static readonly LayoutColumn[] B =
    [
        new(CanonicalColumn.SeqNo, "编号", Width: 6), new(CanonicalColumn.Task, "重点任务", Width: 40),
        new(CanonicalColumn.SpecialGroup, "专项小组", Width: 18), new(CanonicalColumn.TaskKind, "任务类型", Width: 9),
        new(CanonicalColumn.LeadUnit, "牵头部门", Width: 14), new(CanonicalColumn.CoUnits, "配合单位", Width: 22),
        new(CanonicalColumn.Leader, "牵头领导", Width: 9), new(CanonicalColumn.PersonInCharge, "责任人", Width: 8),
        new(CanonicalColumn.ResultForm, "改革成果形式", Width: 10), new(CanonicalColumn.Deadline, "完成时间", Width: 16),
        new(CanonicalColumn.ProgressText, "推进情况", Width: 40), new(CanonicalColumn.ProgressPct, "进度", Width: 8),
        new(CanonicalColumn.Status, "完成情况", Width: 9), new(null, "备注", Hidden: true, Width: 10),
    ];

    private static readonly LayoutColumn[] C =
    [
        new(CanonicalColumn.SeqNo, "序号", Width: 6), new(CanonicalColumn.Task, "改革事项", Width: 40),
        new(CanonicalColumn.SpecialGroup, "所属专项小组", Width: 18), new(CanonicalColumn.LeadUnit, "主办单位", Band, Width: 14),
        new(CanonicalColumn.CoUnits, "协办单位", Band, Width: 22), new(CanonicalColumn.Leader, "县级领导", Band, Width: 9),
        new(CanonicalColumn.PersonInCharge, "联系人", Width: 8), new(CanonicalColumn.TaskKind, "任务类型", Width: 9),
        new(CanonicalColumn.ResultForm, "成果", Width: 10), new(CanonicalColumn.Deadline, "时间节点", Width: 16),
        new(CanonicalColumn.ProgressText, "工作进展", Width: 40), new(CanonicalColumn.ProgressPct, "完成比例", Width: 9),
        new(CanonicalColumn.Status, "推进状态", Width: 9),
    ];

    private static readonly LayoutColumn[] D =
    [
        new(CanonicalColumn.SeqNo, "序号"), new(CanonicalColumn.Task, "任务名称"), new(CanonicalColumn.SpecialGroup, "领域"),
        new(CanonicalColumn.LeadUnit, "责任部门"), new(CanonicalColumn.CoUnits, "参与单位"), new(CanonicalColumn.Leader, "分管领导"),
        new(CanonicalColumn.Deadline, "完成时限"), new(CanonicalColumn.ProgressText, "办理情况"), new(CanonicalColumn.ProgressPct, "完成进度"),
        new(CanonicalColumn.Status, "状态"),
    ];

    private static readonly LayoutColumn[] E =
    [
        new(CanonicalColumn.SeqNo, "序号"), new(CanonicalColumn.Task, "工作任务"), new(CanonicalColumn.SpecialGroup, "类别"),
        new(CanonicalColumn.LeadUnit, "牵头单位"), new(CanonicalColumn.CoUnits, "责任单位"), new(CanonicalColumn.Leader, "责任领导"),
        new(CanonicalColumn.Deadline, "办理时限"), new(CanonicalColumn.ProgressText, "进展情况"), new(CanonicalColumn.ProgressPct, "进度"),
        new(CanonicalColumn.Status, "状态"),
    ];

    private static readonly LayoutColumn[] PA =
    [
        new(CanonicalColumn.SeqNo, "序号", Width: 6), new(CanonicalColumn.Task, "目标名称", Width: 40),
        new(CanonicalColumn.SpecialGroup, "工作类别", Width: 18), new(CanonicalColumn.LeadUnit, "牵头单位", Width: 14),
        new(CanonicalColumn.CoUnits, "参与单位", Width: 22), new(CanonicalColumn.Leader, "牵头领导", Width: 9),
        new(CanonicalColumn.Deadline, "目标节点或完成时限", Width: 16), new(CanonicalColumn.ProgressText, "工作进展", Width: 40),
        new(CanonicalColumn.ProgressPct, "完成进度", Width: 9), new(CanonicalColumn.Status, "推进状态", Width: 9),
    ];

    private static readonly LayoutColumn[] PB =
    [
        new(CanonicalColumn.SeqNo, "序号", Width: 6), new(CanonicalColumn.Task, "重点工作", Width: 40),
        new(CanonicalColumn.SpecialGroup, "专项小组", Width: 18), new(CanonicalColumn.LeadUnit, "牵头部门", Band, Width: 14),
        new(CanonicalColumn.CoUnits, "配合单位", Band, Width: 22), new(CanonicalColumn.Leader, "责任领导", Width: 9),
        new(CanonicalColumn.PersonInCharge, "责任人", Width: 8), new(CanonicalColumn.ResultForm, "成果形式", Width: 10),
        new(CanonicalColumn.Deadline, "完成时限", Width: 16), new(CanonicalColumn.ProgressText, "进展情况", Width: 40),
        new(CanonicalColumn.ProgressPct, "进度", Width: 8), new(CanonicalColumn.Status, "状态", Width: 9),
    ];

    private static readonly LayoutColumn[] PC =
    [
        new(CanonicalColumn.SeqNo, "编号", Width: 6), new(CanonicalColumn.Task, "改革任务", Width: 40),
        new(CanonicalColumn.SpecialGroup, "领域", Width: 18), new(CanonicalColumn.LeadUnit, "牵头单位", Width: 14),
        new(CanonicalColumn.CoUnits, "责任单位", Width: 22), new(CanonicalColumn.Leader, "分管领导", Width: 9),
        new(CanonicalColumn.Deadline, "完成时间", Width: 16), new(CanonicalColumn.ProgressText, "推进情况", Width: 40),
        new(CanonicalColumn.ProgressPct, "完成比例", Width: 9), new(CanonicalColumn.Status, "完成情况", Width: 9),
    ];

    private static readonly LayoutColumn[] Plain =
    [
        new(CanonicalColumn.SeqNo, "序号"), new(CanonicalColumn.Task, "改革任务"), new(CanonicalColumn.SpecialGroup, "专项小组"),
        new(CanonicalColumn.LeadUnit, "牵头单位"), new(CanonicalColumn.CoUnits, "责任单位"), new(CanonicalColumn.Leader, "责任领导"),
        new(CanonicalColumn.PersonInCharge, "责任人"), new(CanonicalColumn.ResultForm, "成果形式"), new(CanonicalColumn.TaskKind, "任务类型"),
        new(CanonicalColumn.Deadline, "完成时限"), new(CanonicalColumn.ProgressText, "进展情况"), new(CanonicalColumn.ProgressPct, "完成进度"),
        new(CanonicalColumn.Status, "状态"),
    ];

    /// <summary>The plain benchmark shape: one header row, every column, text cells, no titles, sections or notes.</summary>
    public static SheetLayout PlainLayout { get; } = new("plain", Plain, [], false, false, "、", RowOrder.Base, false, []);

    /// <summary>The layout of <paramref name="ledger"/> in a month; <paramref name="rng"/> is that ledger-month's own stream.</summary>
    public static SheetLayout Realistic(Ledger ledger, int year, int yearIndex, int month, bool xlsx, Random rng)
    {
        var half = month > 6 ? 1 : 0;
        var (name, columns) = ledger switch
        {
            Ledger.Overall when !xlsx => month % 2 == 0 ? ("D", D) : ("E", E),
            Ledger.Overall => ((yearIndex + (yearIndex % 2 == 1 ? half : 0)) % 3) switch { 0 => ("A", A), 1 => ("B", B), _ => ("C", C) },
            Ledger.AssignedPilot => ((yearIndex + half) % 3) switch { 0 => ("PA", PA), 1 => ("PB", PB), _ => ("PC", PC) },
            _ => ((yearIndex + half) % 3) switch { 0 => ("PB", PB), 1 => ("PC", PC), _ => ("PA", PA) },
        };

        var sections = name is "A" or "C" or "E" or "PB";
        IReadOnlyList<LayoutColumn> cols = xlsx ? columns : columns.Where(c => !c.Hidden).Select(c => c with { Band = null }).ToArray();
        var separator = name switch { "B" or "PA" => "\n", "C" => "；", "D" => "，", _ => "、" };
        var titles = xlsx || rng.Chance(0.6) ? Titles(ledger, name, year, month) : [];
        var order = !rng.Chance(0.35) ? RowOrder.Base : sections ? RowOrder.ShuffledWithinGroup : RowOrder.ByLeadUnit;
        var notesChance = ledger == Ledger.Overall && xlsx ? 0.85 : 0.5;
        var notes = rng.Chance(notesChance) ? Notes(rng) : [];
        // Sub-tasks under a section row （一）… in odd months of a table with sections, under a numbered row otherwise: both
        // shapes each year, without a draw, so every other shape falls where it did.
        return new SheetLayout(name, cols, titles, sections, xlsx && rng.Chance(0.8), separator, order, rng.Chance(0.4), notes, sections && month % 2 == 1);
    }

    private static string[] Titles(Ledger ledger, string template, int year, int month)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var m = month.ToString(CultureInfo.InvariantCulture);
        return ledger switch
        {
            Ledger.Overall when template == "B" =>
            [
                $"{y}年度县委全面深化改革重点任务推进情况台账（{m}月）",
                $"（截至{y}年{m}月{DateTime.DaysInMonth(year, month).ToString(CultureInfo.InvariantCulture)}日）",
            ],
            Ledger.Overall => [$"{y}年全面深化改革任务台账（{m}月）"],
            Ledger.AssignedPilot => [$"{y}年上级部署改革试点任务台账（{m}月）"],
            _ => [$"{y}年自选改革试点任务台账（{m}月）"],
        };
    }

    private static string[] Notes(Random rng)
    {
        var filler = rng.Pick(PeopleNames.Surnames) + rng.Pick(PeopleNames.StaffGivenNames);
        var checker = rng.Pick(PeopleNames.Surnames) + rng.Pick(PeopleNames.LeaderGivenNames);
        var phone = (6_000_000 + rng.Next(1_000_000)).ToString(CultureInfo.InvariantCulture);
        return
        [
            "注：1.本台账由各牵头单位于每月25日前报送县委改革办；2.完成进度为截至本月底累计完成比例。",
            $"填报人：{filler}　　审核人：{checker}　　联系电话：{phone}",
        ];
    }
}
