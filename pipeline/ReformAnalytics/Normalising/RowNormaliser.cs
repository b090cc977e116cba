using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Turns the rows of one <see cref="LedgerTable"/> into <see cref="SnapshotRow"/>s of a given ledger and report
/// month, with the issues found. <c>TaskId</c> is left empty: <see cref="TaskMatcher"/> assigns it afterwards.
/// Rules:
/// <list type="bullet">
/// <item>Task name: trimmed, whitespace runs made one space. An empty name is an error; the row is not stored.</item>
/// <item>Special group: the group cell, else the section row above (一、经济体制改革专项小组), without its numbering
/// (一、, （一）, 1.) or a trailing count (（12项）).</item>
/// <item>Lead unit: the first value of the lead-unit cell (split by <see cref="ValueSplitter"/>, each value without a
/// role marker or a closing 等, see <see cref="UnitNames"/>, under the office's name for it when a
/// <see cref="UnitNameTable"/> is given); further values
/// there join the co-units, ahead of the co-unit cell's own; the lead unit is not repeated among them.</item>
/// <item>Leader and person in charge: their values joined with 、; the leader's as names, without titles
/// (<see cref="LeaderNames"/>). Task kind: 制定出台 or 推进落实 (recognised by
/// 制定/出台 or 推进/落实); anything else is stored as null with a warning.</item>
/// <item>Deadline: <see cref="DeadlineParser"/> with the ledger year (the report month's year unless
/// <see cref="RowNormaliserOptions.LedgerYear"/> says otherwise). An unreadable deadline is stored as missing
/// (deadline_text kept) with a warning naming the column as written, or, with
/// <see cref="RowNormaliserOptions.StoreRowsWithUnreadableDeadline"/> off, an error and the row is not stored.</item>
/// <item>Status: <see cref="StatusMapper"/>, the text kept as status_text; unmapped phrases go to the
/// <see cref="UnknownStatusCollector"/>. Derived rules: an empty status cell with progress 100 is completed; 已出台/已印发
/// on a task of kind 制定出台 (whose result is the document) is completed; 是 in a 是否完成 column is completed (否 is left unknown, unlisted).
/// A status of completed beside a progress below 100 is stored as reported, with a warning.</item>
/// <item>Progress: <see cref="ProgressParser"/> on the figure column (read as fractions when the whole column is,
/// see <see cref="ProgressParser.IsFractionColumn"/>, with one warning for the table); an unreadable figure is
/// stored as null with a warning. A bare fraction (0.8) in a column of whole percentages is stored as written
/// (0.8%), with a warning that it may mean 80%. Only when the table has no figure column is the narrative read
/// (<see cref="ProgressParser.FromNarrative"/>).</item>
/// </list>
/// </summary>
public sealed partial class RowNormaliser
{
    private readonly LedgerTable _table;
    private readonly Ledger _ledger;
    private readonly ReportMonth _month;
    private readonly int _ledgerYear;
    private readonly UnknownStatusCollector? _unknownStatuses;
    private readonly RowNormaliserOptions _options;

    // Per table: ledgers repeat units, leaders, groups and statuses row after row (the values are immutable).
    private readonly Dictionary<string, IReadOnlyList<string>> _leads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Lead, string? Co), (string? Lead, string[] CoUnits)> _units = [];
    private readonly Dictionary<string, string?> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _joined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _leaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportedStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProgressParse> _figures = new(StringComparer.Ordinal);

    public RowNormaliser(LedgerTable table, Ledger ledger, ReportMonth month, UnknownStatusCollector? unknownStatuses = null, RowNormaliserOptions? options = null)
        : this(table, ledger, month, unknownStatuses, options, FractionsIn(table), ProgressHeaderIn(table))
    {
    }

    /// <summary>
    /// A normaliser whose progress reading is decided by the caller (a table streamed row by row, see
    /// <see cref="StreamingNormaliser"/>): <paramref name="progressAsFractions"/> as <see cref="ProgressParser.IsFractionColumn"/>
    /// would say of the whole column, <paramref name="progressHeader"/> the column's header as written.
    /// </summary>
    internal RowNormaliser(LedgerTable table, Ledger ledger, ReportMonth month, UnknownStatusCollector? unknownStatuses, RowNormaliserOptions? options, bool progressAsFractions, string? progressHeader)
    {
        ArgumentNullException.ThrowIfNull(table);
        _options = options ?? RowNormaliserOptions.Default;
        _options.Validate();
        _table = table;
        _ledger = ledger;
        _month = month;
        _ledgerYear = _options.LedgerYear ?? month.Year;
        _unknownStatuses = unknownStatuses;

        ProgressReadAsFractions = progressAsFractions;
        var header = progressHeader ?? CanonicalColumnNames.Label(CanonicalColumn.ProgressPct);
        TableIssues = ProgressReadAsFractions
            ? [new IngestIssue(table.SourceFile, table.SourceSheet, 0, header, string.Empty, "“" + header + "”列中不带百分号的数字都在0到1之间，按小数读取（0.8即80%）；如不是此意，请改为百分数", IssueSeverity.Warning)]
            : [];
    }

    /// <summary>Whether the table's progress column is read as fractions (0.8 = 80%).</summary>
    public bool ProgressReadAsFractions { get; }

    /// <summary>Issues about the table as a whole (row 0).</summary>
    public IReadOnlyList<IngestIssue> TableIssues { get; }

    /// <summary>Every row of the table, in order, with the table's issues first.</summary>
    public TableNormalisation NormaliseAll()
    {
        var rows = new List<SnapshotRow>(_table.Rows.Count);
        var issues = new List<IngestIssue>(TableIssues);
        foreach (var raw in _table.Rows)
        {
            var result = Normalise(raw);
            if (result.Row is not null)
            {
                rows.Add(result.Row);
            }

            issues.AddRange(result.Issues);
        }

        return new TableNormalisation(rows, issues);
    }

    /// <summary>Whether the table's missing lead-unit column has been told (once per table, at its first task).</summary>
    private bool _saidNoLeadUnitColumn;

    public RowNormalisation Normalise(RawLedgerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var issues = new List<IngestIssue>();
        void Report(CanonicalColumn column, string? value, string message, IssueSeverity severity) =>
            issues.Add(new IngestIssue(_table.SourceFile, _table.SourceSheet, row.SourceRow, HeaderOrLabel(row, column), value ?? string.Empty, message, severity));

        var taskName = CellText.Collapse(Text(row, CanonicalColumn.Task));
        if (taskName is null)
        {
            Report(CanonicalColumn.Task, null, "改革任务名称为空，该行未入库；请填写任务名称", IssueSeverity.Error);
        }

        var (leadUnit, coUnits) = Units(Text(row, CanonicalColumn.LeadUnit), Text(row, CanonicalColumn.CoUnits));
        if (taskName is not null && leadUnit is null && Cell(row, CanonicalColumn.LeadUnit).Error is null && (Has(row, CanonicalColumn.LeadUnit) || !_saidNoLeadUnitColumn))
        {
            // A cell showing a formula error (#N/A) is told as that error, with what an empty lead unit means (LedgerRowCollector).
            // A task without a lead unit is stored, but no unit answers for it: it is in no unit's figures, ranking or 督办单.
            _saidNoLeadUnitColumn |= !Has(row, CanonicalColumn.LeadUnit);
            Report(CanonicalColumn.LeadUnit, null, Has(row, CanonicalColumn.LeadUnit)
                ? "未填牵头单位：该任务已入库，但不计入任何单位的指标、排名和督办单；请补填牵头单位后重新报送"
                : "本表没有牵头单位列：各任务已入库，但不计入任何单位的指标、排名和督办单；请加上“牵头单位”列后重新报送", IssueSeverity.Warning);
        }

        var taskKindText = CellText.Collapse(Text(row, CanonicalColumn.TaskKind));
        var taskKind = TaskKindOf(taskKindText);
        if (taskKindText is not null && taskKind is null)
        {
            Report(CanonicalColumn.TaskKind, taskKindText, $"任务类型“{taskKindText}”不是“制定出台”或“推进落实”，已记为空", IssueSeverity.Warning);
        }

        var deadlineCell = Cell(row, CanonicalColumn.Deadline);
        var deadlineText = DeadlineTextOf(deadlineCell);
        var deadline = DeadlineParser.Parse(RelativeMonth(deadlineCell), _ledgerYear);
        if (deadline.IsError)
        {
            var stored = _options.StoreRowsWithUnreadableDeadline;
            Report(
                CanonicalColumn.Deadline,
                deadlineText,
                deadline.Error + (stored
                    ? "。该行不因此拒收，完成时限记为空，不参与按时限计算的指标；请改为“2024年6月底前”“三季度末”“长期坚持”等写法。"
                    : "。该行未入库；请改为“2024年6月底前”“三季度末”“长期坚持”等写法后重新导入"),
                stored ? IssueSeverity.Warning : IssueSeverity.Error);
        }

        else if (deadline.Note is { } deadlineNote)
        {
            Report(CanonicalColumn.Deadline, deadlineText, deadlineNote, IssueSeverity.Warning);
        }
        else if (taskName is not null && deadline.Kind == DeadlineKind.Missing && Has(row, CanonicalColumn.Deadline) && deadlineCell.Error is null)
        {
            // A cell showing a formula error (#VALUE!) is told as that error, with what an empty deadline means (LedgerRowCollector).
            Report(CanonicalColumn.Deadline, null, "未填完成时限：该任务已入库，但不参与按时限计算的指标（完成率、逾期、滞后、双过半），各报告将其另计为“未写完成时限”；请补填完成时限后重新报送", IssueSeverity.Warning);
        }

        var plannedStart = deadline.PlannedStart;
        if (Has(row, CanonicalColumn.StartDate))
        {
            (plannedStart, var startProblem) = PlannedStart(Cell(row, CanonicalColumn.StartDate), deadline);
            if (startProblem is not null)
            {
                Report(CanonicalColumn.StartDate, CellText.Of(Cell(row, CanonicalColumn.StartDate)), startProblem, IssueSeverity.Warning);
            }
        }

        var progressText = CellText.Collapse(Text(row, CanonicalColumn.ProgressText));
        double? progress;
        if (Has(row, CanonicalColumn.ProgressPct))
        {
            var figureCell = Cell(row, CanonicalColumn.ProgressPct);
            var figure = figureCell is { Text: { } figureText, Number: null, Date: null, IsPercent: false }
                ? Cached(_figures, figureText, t => ProgressParser.Parse(CellValue.FromText(t), ProgressReadAsFractions))
                : ProgressParser.Parse(figureCell, ProgressReadAsFractions);
            progress = figure.Value;
            if (figure.IsError)
            {
                Report(CanonicalColumn.ProgressPct, CellText.Of(Cell(row, CanonicalColumn.ProgressPct)), figure.Error + "。该行不因此拒收，完成进度记为空。", IssueSeverity.Warning);
            }
            else if (figure.Note is { } note)
            {
                Report(CanonicalColumn.ProgressPct, CellText.Of(figureCell), note, IssueSeverity.Warning);
            }
            else if (!ProgressReadAsFractions && progress is > 0 and < 1 && ProgressParser.PlainFigure(figureCell) is > 0 and < 1)
            {
                // A bare fraction among whole percentages: most likely 0.8 typed for 80%, but it is stored as written.
                var meant = string.Create(CultureInfo.InvariantCulture, $"{progress * 100:0.##}%");
                Report(CanonicalColumn.ProgressPct, CellText.Of(figureCell), string.Create(CultureInfo.InvariantCulture, $"完成进度“{CellText.Of(figureCell)}”已按{progress}%入库；本表其他行的完成进度是百分数（如80即80%），如此处指{meant}，请改为“{meant}”后重新报送"), IssueSeverity.Warning);
            }
        }
        else
        {
            progress = ProgressParser.FromNarrative(progressText);
        }

        var statusText = CellText.Collapse(Text(row, CanonicalColumn.Status));
        var status = statusText is null ? StatusMapper.Map(null) : Cached(_statuses, statusText, StatusMapper.Map);
        if (statusText is null && progress >= 100)
        {
            status = ReportedStatus.Completed;
        }
        else if (status == ReportedStatus.Unknown && taskKind == "制定出台" && StatusMapper.SaysDocumentIssued(statusText))
        {
            // The task is to issue a document, and the unit says it was issued (已出台, 已印发): the task is done.
            status = ReportedStatus.Completed;
        }
        else if (statusText is "是" or "否" && Header(row, CanonicalColumn.Status) is { } statusHeader && HeaderText.Normalize(statusHeader) == "是否完成")
        {
            // A yes/no column (是否完成): 是 is completed; 否 says only that it is not done, which the figure tells better.
            status = statusText == "是" ? ReportedStatus.Completed : ReportedStatus.Unknown;
        }
        else if (statusText is not null && status == ReportedStatus.Unknown)
        {
            _unknownStatuses?.Add(statusText, _table.SourceFile, _table.SourceSheet, row.SourceRow);
            if (_options.WarnOnEachUnknownStatus)
            {
                Report(CanonicalColumn.Status, statusText, $"无法识别状态“{statusText}”，已记为“未识别”；请使用“已完成”“序时推进”“滞后”等用语", IssueSeverity.Warning);
            }
        }

        // Status and figure that disagree, however the status was read (a phrase, 是 under 是否完成, 已出台 for a document).
        var statusSaid = status == ReportedStatus.Completed && statusText is "是" ? "“是否完成”为“是”" : $"状态为“{statusText}”";
        if (statusText is not null && status == ReportedStatus.Completed && progress < 100)
        {
            Report(CanonicalColumn.Status, statusText, string.Create(CultureInfo.InvariantCulture, $"{statusSaid}，但完成进度只有{progress}%，请核实"), IssueSeverity.Warning);
        }
        else if (status is not (ReportedStatus.Completed or ReportedStatus.Unknown) && progress >= 100)
        {
            // The figures count a task whose figure reached 100% as completed, whatever its status says: the unit is told so.
            Report(CanonicalColumn.Status, statusText, $"完成进度已到100%，但状态为“{statusText}”；已按完成计入完成率，如未完成请改正进度，如已完成请将状态改为“已完成”", IssueSeverity.Warning);
        }

        if (taskName is null || issues.Exists(i => i.Severity == IssueSeverity.Error))
        {
            return new RowNormalisation(null, issues);
        }

        var snapshot = new SnapshotRow(
            Ledger: _ledger,
            TaskId: string.Empty,
            ReportMonth: _month.FirstDay,
            StatusDate: _month.StatusDate,
            SeqNo: CellText.Of(Cell(row, CanonicalColumn.SeqNo) is { Number: not null } seqCell ? seqCell with { Text = SeqNumber.TextOf(seqCell) } : Cell(row, CanonicalColumn.SeqNo)),
            TaskName: taskName,
            SpecialGroup: CachedGroup(Text(row, CanonicalColumn.SpecialGroup)) ?? CachedGroup(row.SectionGroup),
            LeadUnit: leadUnit,
            CoUnits: coUnits,
            Leader: CachedLeaders(Text(row, CanonicalColumn.Leader)),
            PersonInCharge: CachedJoined(Text(row, CanonicalColumn.PersonInCharge)),
            ResultForm: CellText.Collapse(Text(row, CanonicalColumn.ResultForm)),
            TaskKind: taskKind,
            DeadlineText: deadlineText,
            Deadline: deadline.Deadline,
            DeadlineKind: deadline.Kind,
            OpenEnded: deadline.OpenEnded,
            PlannedStart: plannedStart,
            Milestones: deadline.Kind == DeadlineKind.Milestones ? deadline.Milestones : [],
            ProgressPct: progress,
            Status: status,
            StatusText: statusText,
            ProgressText: progressText,
            SourceFile: _options.StoredSourceFile ?? _table.SourceFile,
            SourceSheet: _table.SourceSheet,
            SourceRow: row.SourceRow)
        {
            TaskHeading = row.TaskHeading is null ? null : CellText.Collapse(row.TaskHeading),
        };
        return new RowNormalisation(snapshot, issues);
    }

    /// <summary>
    /// Where the task's planned window starts: the start-date cell's day when the table has one and it is readable
    /// and earlier than the deadline, else what the deadline cell says (the ledger year's 1 January unless it names a
    /// start, as 7、8月 does). A start that cannot be read, or that is not before the deadline, is warned of and not used.
    /// </summary>
    private (DateOnly Start, string? Problem) PlannedStart(CellValue cell, DeadlineParse deadline)
    {
        // Returns the problem rather than reporting it: a delegate to Normalise's Report would make its closure a heap
        // object for every row, start-date column or not.
        var start = StartDateParser.Parse(cell, _ledgerYear);
        var fallback = "计划起始日仍按" + Model.ChineseDate.Day(deadline.PlannedStart) + "计";
        if (start.IsError)
        {
            return (deadline.PlannedStart, $"{start.Error}。{fallback}；请填写日期（如“{_ledgerYear}年3月”）后重新报送");
        }

        if (start.Start is not { } day)
        {
            return (deadline.PlannedStart, null);
        }

        if (deadline.Deadline is { } end && day >= end)
        {
            return (deadline.PlannedStart, $"开始时间（{Model.ChineseDate.Day(day)}）不早于完成时限（{Model.ChineseDate.Day(end)}），{fallback}；请核实");
        }

        return (day, null);
    }

    /// <summary>
    /// The lead unit (first value of the lead-unit cell) and the co-units (further lead values, then the co-unit
    /// cell's, without the lead unit or repeats). The lead cell's split is remembered: a table repeats it row after row.
    /// </summary>
    /// <summary>The lead unit and co-units of a row; one result (and one co-unit array) per distinct pair of cells.</summary>
    private (string? Lead, string[] CoUnits) Units(string? leadText, string? coText)
    {
        if (!_units.TryGetValue((leadText, coText), out var units))
        {
            units = SplitUnits(leadText, coText);
            _units[(leadText, coText)] = units;
        }

        return units;
    }

    private (string? Lead, string[] CoUnits) SplitUnits(string? leadText, string? coText)
    {
        var leadValues = leadText is null ? [] : Cached(_leads, leadText, t => UnitsIn(t));
        var leadUnit = leadValues.Count > 0 ? leadValues[0] : null;
        var coValues = UnitsIn(coText);
        if (leadValues.Count <= 1 && !coValues.Contains(leadUnit!))
        {
            return (leadUnit, coValues.Count == 0 ? [] : [.. coValues]);
        }

        var coUnits = leadValues.Skip(1).Concat(coValues)
            .Where(u => !string.Equals(u, leadUnit, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return (leadUnit, coUnits);
    }

    /// <summary>A unit cell's units: split, each without its role marker, under the office's name for it (--units).</summary>
    private IReadOnlyList<string> UnitsIn(string? text)
    {
        var units = UnitNames.CleanAll(ValueSplitter.Split(text));
        return _options.UnitNames is { } table ? table.CanonicalAll(units) : units;
    }

    private string? CachedGroup(string? text) => text is null ? null : Cached(_groups, text, GroupOf);

    private string? CachedJoined(string? text) => text is null ? null : Cached(_joined, text, Joined);

    private string? CachedLeaders(string? text) => text is null ? null : Cached(_leaders, text, Leaders);

    private static TValue Cached<TValue>(Dictionary<string, TValue> cache, string key, Func<string, TValue> compute)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = compute(key);
            cache[key] = value;
        }

        return value;
    }

    /// <summary>The progress figure cell of a row; empty when the table has no figure column.</summary>
    internal static CellValue ProgressCell(RawLedgerRow row) => Has(row, CanonicalColumn.ProgressPct) ? Cell(row, CanonicalColumn.ProgressPct) : CellValue.Empty;

    /// <summary>The progress column's header as written, if the row's table has one.</summary>
    internal static string? ProgressHeader(RawLedgerRow row) => Header(row, CanonicalColumn.ProgressPct);

    private static bool FractionsIn(LedgerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ProgressParser.IsFractionColumn(table.Rows.Where(r => Has(r, CanonicalColumn.ProgressPct)).Select(r => Cell(r, CanonicalColumn.ProgressPct)));
    }

    private static string? ProgressHeaderIn(LedgerTable table) => table.Rows.Select(r => Header(r, CanonicalColumn.ProgressPct)).FirstOrDefault(h => h is not null);

    /// <summary>A special group without its numbering (一、, （一）, 1.) or trailing count (（12项）); null when empty.</summary>
    internal static string? GroupOf(string? text)
    {
        var collapsed = CellText.Collapse(text);
        if (collapsed is null)
        {
            return null;
        }

        var stripped = GroupCount().Replace(GroupNumbering().Replace(collapsed, string.Empty), string.Empty).Trim();
        return stripped.Length > 0 ? stripped : null;
    }

    private static string? TaskKindOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var makes = text.Contains("制定", StringComparison.Ordinal) || text.Contains("出台", StringComparison.Ordinal);
        var carries = text.Contains("推进", StringComparison.Ordinal) || text.Contains("落实", StringComparison.Ordinal);
        return (makes, carries) switch
        {
            (true, false) => "制定出台",
            (false, true) => "推进落实",
            _ => null,
        };
    }

    private static string? Joined(string? text) => Join(ValueSplitter.Split(text));

    private static string? Leaders(string? text) => Join(LeaderNames.Of(ValueSplitter.Split(text)));

    private static string? Join(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : string.Join("、", values.Select(v => CellText.Collapse(v)));

    /// <summary>
    /// The deadline as kept in deadline_text: a date cell showing its day as the office writes a date (2024年6月30日), not in
    /// the reader's ISO form, with the time of day after it where the cell shows one (2024年12月31日 18:00); any other cell as written.
    /// </summary>
    internal static string? DeadlineTextOf(CellValue cell)
    {
        if (cell.Date is not { } date)
        {
            return CellText.Of(cell);
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(cell.Text) || cell.Text == day)
        {
            return Model.ChineseDate.Day(date);
        }

        return cell.Text.Length > day.Length + 1 && cell.Text.StartsWith(day + " ", StringComparison.Ordinal)
            ? Model.ChineseDate.Day(date) + cell.Text[day.Length..]
            : CellText.Of(cell);
    }

    private static CellValue Cell(RawLedgerRow row, CanonicalColumn column) =>
        (int)column < row.Cells.Length ? row.Cells[(int)column] : CellValue.Empty;

    private static string? Text(RawLedgerRow row, CanonicalColumn column) => CellText.Of(Cell(row, column));

    /// <summary>
    /// A deadline written against the report month (本月底前, 本月内, 下月底前, 月底前) with that month named instead (the June return's
    /// 本月底前 is 2024年6月底前); any other cell as it is. The text kept in deadline_text is still the unit's own.
    /// </summary>
    private CellValue RelativeMonth(CellValue cell)
    {
        if (cell.Date is not null || cell.Text is not { } written)
        {
            return cell;
        }

        // 月底前 with no month written is the report month's end, as 本月底前 is.
        var text = written.TrimStart() is ['月', '底' or '末' or '内', ..] bare ? "本" + bare : written;
        if (!(text.Contains("本月", StringComparison.Ordinal) || text.Contains("下月", StringComparison.Ordinal)))
        {
            return cell;
        }

        var next = _month.Next();
        return CellValue.FromText(text
            .Replace("本月", string.Create(CultureInfo.InvariantCulture, $"{_month.Year}年{_month.Month}月"), StringComparison.Ordinal)
            .Replace("下月", string.Create(CultureInfo.InvariantCulture, $"{next.Year}年{next.Month}月"), StringComparison.Ordinal));
    }

    private static bool Has(RawLedgerRow row, CanonicalColumn column) => Header(row, column) is not null;

    private static string? Header(RawLedgerRow row, CanonicalColumn column) =>
        (int)column < row.HeaderNames.Length ? row.HeaderNames[(int)column] : null;

    private static string HeaderOrLabel(RawLedgerRow row, CanonicalColumn column) => Header(row, column) ?? CanonicalColumnNames.Label(column);

    [GeneratedRegex("^(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．](?![0-9]))\\s*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupNumbering();

    [GeneratedRegex("\\s*[（(]\\s*共?\\s*[0-9]+\\s*[项个条]\\s*[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupCount();
}
