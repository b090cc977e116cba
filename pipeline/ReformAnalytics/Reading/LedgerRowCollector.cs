using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Sorts the rows below a header, one at a time: blank rows, repeated header rows (every cell a header text, or
/// the task cell one) and note rows (注：…) are skipped, and once a note row is seen, single-value rows after it
/// too (the note's further lines), until a section heading with an ordinal (三、…); section rows set the special group of
/// the rows below; a row with task text becomes a <see cref="RawLedgerRow"/>; any other row with content
/// becomes an issue, never silently dropped. A sheet named for a group (经济体制改革专项小组) gives its rows that group
/// until a section row names another.
/// <para>
/// A section row holds one distinct value, which either fills two or more cells (a merged row), starts with a
/// Chinese ordinal (一、 / （二）), or sits alone in the first, 序号 or 专项小组 column and is not a number. A row
/// whose 序号 is a Chinese ordinal (一) and whose only other value is in the task column is a section row too, and so
/// are a group's name alone in the task column (文化体制改革专项小组) and a heading with an ordinal whose only other
/// value is its count of tasks (（六）党的建设制度改革专项小组 … 共2项).
/// </para>
/// <para>
/// A task row whose 序号 the next task row's extends (1 above 1.1, 3.1 above 3.1.1) is the heading of its sub-tasks and
/// is left out, with one warning for the table naming every such row (<see cref="SeqNumber"/>); a task row with a numeric
/// 序号 is therefore handed on only when the next task row (or the end of the table) is seen. A 序号 typed as a number is read
/// with the 序号 above it, so that the tenth sub-task (1.10, which Excel stores as 1.1) is not taken for the first (<see cref="SeqCellReader"/>).
/// </para>
/// <para>
/// A cell of a task row, in one of the ledger's columns, that shows an Excel formula error (<see cref="CellValue.Error"/>)
/// is read as empty and warned of; a task cell showing one makes the row's error say so.
/// </para>
/// </summary>
internal sealed class LedgerRowCollector
{
    private const int IssueValueLength = 50;
    private readonly ColumnPlan _plan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _headerTexts;
    private readonly string _file;
    private readonly string _sheet;
    private readonly int _taskColumn;
    private readonly int _seqColumn;
    private readonly int _groupColumn;
    private string? _section;

    /// <summary>The group the sheet's name gives (经济体制改革专项小组), null when it names none.</summary>
    private readonly string? _sheetGroup;

    /// <summary>The <see cref="SectionHeading.OrdinalLevel"/> of the heading that set <see cref="_section"/>.</summary>
    private int _sectionLevel = -1;

    /// <summary>How many headings below the one that set <see cref="_section"/> were taken as task headings (（一）, （二） …).</summary>
    private int _subHeadings;

    /// <summary>
    /// The task heading of the rows below (（一）深化国资国企改革 under 一、经济体制改革专项小组): a section row one level below a
    /// group's heading that names no group itself. Null when there is none.
    /// </summary>
    private string? _taskHeading;

    /// <summary>Rows taken for the heading of their sub-tasks (1 over 1.1), outermost first: their 序号 and task.</summary>
    private readonly List<(string Seq, string Task)> _numberedHeadings = [];
    private bool _inNotes;

    /// <summary>The 序号 of the task rows in order: a tenth sub-task typed as a number (1.10, stored 1.1) is read as written.</summary>
    private readonly SeqCellReader _seqCells = new();

    private readonly IRawRowSink? _sink;
    private readonly int _headerColumns;
    private readonly bool _delimited;
    private readonly Func<int, bool> _isHidden;

    /// <summary>The last task row with a numeric 序号 (1, 1.2), kept back until the next task row shows whether it has sub-tasks (1.1, 1.2.1).</summary>
    private (RawLedgerRow Row, string Seq, bool Hidden)? _pending;

    /// <summary>Task rows the sheet hides: row and task as written.</summary>
    private readonly List<(int Row, string Task)> _hiddenRows = [];

    /// <summary>Rows taken for the heading of their sub-tasks: row, 序号, task as written, and the 序号 of the first sub-task.</summary>
    private readonly List<(int Row, string Seq, string Task, string FirstChild)> _parents = [];

    /// <summary>
    /// Excel formula errors in the co-unit columns of rows not yet handed on, by row: the co-unit cell a row holds joins
    /// every co-unit column's units and can carry one error, so each column's is kept here, to be told under its own header.
    /// </summary>
    private readonly Dictionary<int, List<(string Header, string Error)>> _coUnitErrors = [];

    /// <summary>Per column past the header: how many task rows fill it, the first of them and its text.</summary>
    private readonly SortedDictionary<int, (int Rows, int FirstRow, string Value)> _pastHeader = [];

    /// <param name="headerColumns">The header's width: cells past it have no column; 0 when not known (nothing is checked).</param>
    /// <param name="delimited">A CSV or text file, where cells past the header usually mean a row's cells moved.</param>
    /// <param name="isHidden">Whether a sheet's column is hidden: what is in one is not reported.</param>
    public LedgerRowCollector(ColumnPlan plan, HashSet<string> headerTexts, string file, string sheet, IRawRowSink? sink = null, int headerColumns = 0, bool delimited = false, Func<int, bool>? isHidden = null)
    {
        _isHidden = isHidden ?? (_ => false);
        _headerColumns = headerColumns;
        _delimited = delimited;
        _sink = sink;
        _plan = plan;
        _headerTexts = headerTexts.GetAlternateLookup<ReadOnlySpan<char>>();
        _file = file;
        _sheet = sheet;
        _taskColumn = plan[CanonicalColumn.Task];
        _seqColumn = plan[CanonicalColumn.SeqNo];
        _groupColumn = plan[CanonicalColumn.SpecialGroup];

        // A workbook kept a sheet per group names each sheet for its group (经济体制改革专项小组): the group of its tasks
        // until a section row says otherwise.
        _sheetGroup = SectionHeading.NamesAGroup(sheet) ? SectionHeading.GroupName(sheet) : null;
        _section = _sheetGroup;
    }

    public List<RawLedgerRow> Rows { get; } = [];

    /// <summary>Task rows taken, whether kept in <see cref="Rows"/> or handed to the sink.</summary>
    public int TaskRows { get; private set; }

    public List<IngestIssue> Issues { get; } = [];

    /// <param name="hidden">Whether the sheet hides the row: a task in it is read, and named in one warning for the table.</param>
    public void Accept(int rowNumber, ReadOnlySpan<CellValue> cells, bool hidden = false)
    {
        int firstColumn = -1, firstCount = 0, secondColumn = -1, lastColumn = -1;
        ReadOnlySpan<char> first = default;
        for (var c = 0; c < cells.Length; c++)
        {
            if (CellText.IsBlank(cells[c]))
            {
                continue;
            }

            lastColumn = c;
            if (firstColumn < 0)
            {
                firstColumn = c;
                firstCount = 1;
                first = CellText.Trimmed(cells[c]);
            }
            else if (CellText.Trimmed(cells[c]).SequenceEqual(first))
            {
                firstCount++;
            }
            else if (secondColumn < 0)
            {
                secondColumn = c;
            }
        }

        if (firstColumn < 0)
        {
            return;
        }

        if (NoteRow.IsNote(first))
        {
            _inNotes = true;
            return;
        }

        if (IsRepeatedHeader(cells) || TotalRow.IsTotal(first))
        {
            // A header repeated on a new page, or a total row (合计：12项): neither is a task.
            return;
        }

        if (secondColumn < 0)
        {
            if (_inNotes && !SectionHeading.HasOrdinalPrefix(first))
            {
                return;
            }

            if (PrintDebris.IsPageMark(first) || PrintDebris.IsTitle(first) || (firstCount == 1 && CellText.IsNumeric(first)))
            {
                // A printout's page mark or repeated title, or a number alone (a page number, a template's unused 序号): no
                // task and no section, and nothing in the row to lose.
                return;
            }

            if (IsSectionValue(firstColumn, first, firstCount))
            {
                EnterSection(CellText.TrimmedString(cells[firstColumn]), first);
                _inNotes = false;
                return;
            }
        }

        if (secondColumn >= 0 && SectionHeading.HasOrdinalPrefix(first) && OnlyCountsBesides(cells, firstColumn, first))
        {
            // （六）党的建设制度改革专项小组 … 共2项: a section row with its count of tasks beside it.
            EnterSection(CellText.TrimmedString(cells[firstColumn]), first);
            _inNotes = false;
            return;
        }

        var task = Cell(cells, _taskColumn);
        if (_headerTexts.Contains(CellText.Trimmed(task)))
        {
            // Header debris: a lower header row of sub-columns the reader does not know, its 改革任务 merged down.
            return;
        }

        if (IsOrdinalSectionRow(cells, task))
        {
            EnterSection(CellText.TrimmedString(task), CellText.Trimmed(Cell(cells, _seqColumn)));
            return;
        }

        if (CellText.IsBlank(task))
        {
            ReportMissingTask(rowNumber, cells, firstColumn);
            return;
        }

        if (PrintDebris.IsExample(CellText.Trimmed(Cell(cells, _seqColumn)), CellText.Trimmed(task), CellText.Trimmed(Cell(cells, _plan[CanonicalColumn.LeadUnit]))))
        {
            Issues.Add(new IngestIssue(_file, _sheet, rowNumber, _plan.HeaderNames[(int)CanonicalColumn.Task]!, Shortened(CellText.TrimmedString(task)), ReadingMessages.ExampleRow, IssueSeverity.Warning));
            return;
        }

        if (CellText.IsNumeric(CellText.Trimmed(task)))
        {
            // A count where a task's name belongs (改革任务（项）: 12): a statistics table, not a task.
            Issues.Add(new IngestIssue(_file, _sheet, rowNumber, _plan.HeaderNames[(int)CanonicalColumn.Task]!, CellText.TrimmedString(task), ReadingMessages.NumberAsTask(_plan.HeaderNames[(int)CanonicalColumn.Task]!)));
            return;
        }

        if (_headerColumns > 0 && lastColumn >= _headerColumns)
        {
            NotePastHeader(rowNumber, cells, lastColumn);
        }

        var values = new CellValue[_plan.GridColumns.Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Cell(cells, _plan.GridColumns[k]);
        }

        if (_plan.MoreCoUnitColumns.Count > 0)
        {
            values[(int)CanonicalColumn.CoUnits] = CoUnitsOfAll(rowNumber, cells, values[(int)CanonicalColumn.CoUnits]);
        }

        (values[(int)CanonicalColumn.SeqNo], var seq) = _seqCells.Read(values[(int)CanonicalColumn.SeqNo]);
        if (_pending is { } pending)
        {
            _pending = null;
            if ((seq is not null && SeqNumber.IsChildOf(seq, pending.Seq)) || (seq is null && IsBareHeading(pending.Row) && SeqNumber.NumbersItsName(CellText.Trimmed(task))))
            {
                // 1 above 1.1: the row is the heading of the sub-tasks below it, not a task beside them.
                var heading = CellText.TrimmedString(pending.Row[CanonicalColumn.Task]);
                _parents.Add((pending.Row.SourceRow, pending.Seq, Shortened(heading), seq ?? $"“{Shortened(CellText.TrimmedString(task))}”"));
                _numberedHeadings.Add((pending.Seq, heading));
                _coUnitErrors.Remove(pending.Row.SourceRow);
            }
            else
            {
                Emit(pending.Row, pending.Hidden);
            }
        }

        var row = new RawLedgerRow(rowNumber, _section, values, _plan.HeaderNames) { TaskHeading = TaskHeadingOf(seq) };

        if (seq is not null)
        {
            // Held until the next task row says whether it is a sub-task of this one.
            _pending = (row, seq, hidden);
        }
        else
        {
            Emit(row, hidden);
        }
    }

    /// <summary>
    /// A section row: its heading names the group of the rows below. A heading that sorts the tasks by progress
    /// (二、已完成任务, 附：已完成任务清单) or names only a kind of task (一、重点改革任务, 二、改革试点任务) names no group: below a
    /// group's heading (（一）已完成任务 under 一、…专项小组) the group goes on; at the group's level or above it, the group ends
    /// (the sheet's, if its name gives one, else none), and a heading below it names the group (（一）经济体制改革 under
    /// 一、重点改革任务). A heading below a group's that names no group itself (（一）深化国资国企改革) is the task heading of the
    /// rows below, the group going on: below a group's own name (一、经济体制改革专项小组, or the sheet's), or below any heading
    /// with an ordinal that was taken as a group (一、经济体制改革, written without 专项小组) where the headings below it number
    /// from the first (（一）, then （二）…): a （二）社会领域 straight after 一、经济领域 is its sibling in another style, a group.
    /// </summary>
    private void EnterSection(string heading, ReadOnlySpan<char> ordinal)
    {
        var level = SectionHeading.OrdinalLevel(ordinal);
        _numberedHeadings.Clear();
        _seqCells.Restart();
        _taskHeading = null;
        var namesNoGroup = SectionHeading.NamesAProgressState(heading) || SectionHeading.NamesAKindOfTask(heading);
        if (_section is not null && level > _sectionLevel && !SectionHeading.NamesAGroup(heading) && !namesNoGroup
            && (SectionHeading.NamesAGroup(_section) || (_sectionLevel >= 0 && (_subHeadings > 0 || SectionHeading.IsFirstOrdinal(ordinal)))))
        {
            // （一）深化国资国企改革 below 一、经济体制改革专项小组 (or 一、经济体制改革, or in the group's own sheet): a task split into
            // the tasks below it. The group goes on; the heading is kept beside each task (task_heading), so 制定实施方案 says whose.
            _taskHeading = SectionHeading.GroupName(heading);
            _subHeadings++;
            return;
        }

        if (namesNoGroup)
        {
            if (_section is null || level <= _sectionLevel)
            {
                (_section, _sectionLevel, _subHeadings) = (_sheetGroup, level, 0);
            }

            return;
        }

        (_section, _sectionLevel, _subHeadings) = (SectionHeading.GroupName(heading), level, 0);
    }

    /// <summary>
    /// A numbered row that names a task and nothing else of it (no lead unit, deadline, progress or status): with a row
    /// below that leaves the 序号 blank and numbers its own name (1 深化国资国企改革, then 1.制定实施方案), the heading of the
    /// sub-tasks below, as 1 over 1.1 is.
    /// </summary>
    private static bool IsBareHeading(RawLedgerRow row) =>
        CellText.IsBlank(row[CanonicalColumn.LeadUnit]) && CellText.IsBlank(row[CanonicalColumn.Deadline])
        && CellText.IsBlank(row[CanonicalColumn.ProgressPct]) && CellText.IsBlank(row[CanonicalColumn.Status]);

    /// <summary>
    /// The heading a task row stands under: the nearest numbered row its 序号 extends (深化教育改革 for 1.1 under 1), else the
    /// section's task heading; null for none. Numbered headings the 序号 does not extend are done with.
    /// </summary>
    private string? TaskHeadingOf(string? seq)
    {
        if (seq is not null)
        {
            while (_numberedHeadings.Count > 0 && !SeqNumber.IsChildOf(seq, _numberedHeadings[^1].Seq))
            {
                _numberedHeadings.RemoveAt(_numberedHeadings.Count - 1);
            }
        }

        return _numberedHeadings.Count > 0 ? _numberedHeadings[^1].Task : _taskHeading;
    }

    private void Emit(RawLedgerRow row, bool hidden)
    {
        if (hidden)
        {
            _hiddenRows.Add((row.SourceRow, Shortened(CellText.TrimmedString(row[CanonicalColumn.Task]))));
        }

        ReportFormulaErrors(row);
        TaskRows++;
        if (_sink is null)
        {
            Rows.Add(row);
        }
        else
        {
            _sink.Add(row);
        }
    }

    /// <summary>
    /// A warning for each cell of the task's row, in one of the ledger's columns, that shows an Excel formula error
    /// (#DIV/0!, #N/A): the cell is stored empty, which would otherwise pass unsaid (a progress figure or a status lost).
    /// An error cell elsewhere (a column without a header or not read, a total row, a row that is no task) is not told.
    /// </summary>
    private void ReportFormulaErrors(RawLedgerRow row)
    {
        for (var k = 0; k < row.Cells.Length; k++)
        {
            if (k == (int)CanonicalColumn.CoUnits && _coUnitErrors.Remove(row.SourceRow, out var coUnitErrors))
            {
                foreach (var (coUnitHeader, coUnitError) in coUnitErrors)
                {
                    Issues.Add(new IngestIssue(_file, _sheet, row.SourceRow, coUnitHeader, coUnitError, ReadingMessages.FormulaErrorCell(coUnitHeader, coUnitError, CanonicalColumn.CoUnits), IssueSeverity.Warning));
                }
            }
            else if (row.Cells[k].Error is { } error && row.HeaderNames[k] is { } header)
            {
                Issues.Add(new IngestIssue(_file, _sheet, row.SourceRow, header, error, ReadingMessages.FormulaErrorCell(header, error, (CanonicalColumn)k), IssueSeverity.Warning));
            }
        }
    }

    /// <summary>
    /// The warnings for cells past the header, once the table is read: a CSV's rows are named one by one (their cells
    /// have likely moved); a sheet's columns without a header once each, with how many rows fill them.
    /// </summary>
    public void Complete()
    {
        if (_pending is { } last)
        {
            _pending = null;
            Emit(last.Row, last.Hidden);
        }

        if (_hiddenRows.Count > 0)
        {
            var (row, task) = _hiddenRows[0];
            Issues.Add(new IngestIssue(_file, _sheet, row, _plan.HeaderNames[(int)CanonicalColumn.Task]!, task, ReadingMessages.HiddenTaskRows(_hiddenRows.ConvertAll(h => h.Row)), IssueSeverity.Warning));
            _hiddenRows.Clear();
        }

        if (_parents.Count > 0)
        {
            var (row, seq, _, child) = _parents[0];
            var headings = _parents.Select(p => (p.Row, p.Seq, p.Task)).ToList();
            Issues.Add(new IngestIssue(_file, _sheet, row, _plan.HeaderNames[(int)CanonicalColumn.SeqNo]!, seq, ReadingMessages.ParentRowsAsHeadings(headings, child), IssueSeverity.Warning));
            _parents.Clear();
        }

        foreach (var (column, (rows, firstRow, value)) in _pastHeader)
        {
            Issues.Add(new IngestIssue(_file, _sheet, firstRow, ReadingMessages.ColumnPastHeader(column), value, ReadingMessages.ColumnWithoutHeader(rows, firstRow), IssueSeverity.Warning));
        }

        _pastHeader.Clear();
    }

    private void NotePastHeader(int rowNumber, ReadOnlySpan<CellValue> cells, int lastColumn)
    {
        if (_delimited)
        {
            var value = Shortened(CellText.TrimmedString(cells[lastColumn]));
            Issues.Add(new IngestIssue(_file, _sheet, rowNumber, ReadingMessages.ColumnPastHeader(lastColumn), value, ReadingMessages.CellsPastHeader(_headerColumns, lastColumn + 1), IssueSeverity.Warning));
            return;
        }

        for (var c = _headerColumns; c <= lastColumn; c++)
        {
            if (CellText.IsBlank(cells[c]) || _isHidden(c))
            {
                continue;
            }

            _pastHeader[c] = _pastHeader.TryGetValue(c, out var seen)
                ? seen with { Rows = seen.Rows + 1 }
                : (1, rowNumber, Shortened(CellText.TrimmedString(cells[c])));
        }
    }

    /// <summary>
    /// The co-units of every co-unit column, one per line (split later as any list of units is). An Excel formula error
    /// in any of the columns is noted for the row (<see cref="_coUnitErrors"/>), under that column's header; the cell
    /// keeps the first such error, so that it is known to hold one.
    /// </summary>
    private CellValue CoUnitsOfAll(int rowNumber, ReadOnlySpan<CellValue> cells, CellValue first)
    {
        var texts = new List<string>();
        List<(string Header, string Error)>? errors = null;
        if (!CellText.IsBlank(first))
        {
            texts.Add(CellText.TrimmedString(first));
        }
        else if (first.Error is { } firstError)
        {
            (errors = []).Add((_plan.CoUnitHeaders[0], firstError));
        }

        for (var i = 0; i < _plan.MoreCoUnitColumns.Count; i++)
        {
            var cell = Cell(cells, _plan.MoreCoUnitColumns[i]);
            if (!CellText.IsBlank(cell))
            {
                texts.Add(CellText.TrimmedString(cell));
            }
            else if (cell.Error is { } error)
            {
                (errors ??= []).Add((_plan.CoUnitHeaders[i + 1], error));
            }
        }

        if (errors is not null)
        {
            _coUnitErrors[rowNumber] = errors;
        }

        var anyError = errors?[0].Error;
        return texts.Count switch
        {
            0 => CellValue.Empty with { Error = anyError },
            1 when !CellText.IsBlank(first) && anyError is null => first,
            _ => CellValue.FromText(string.Join("\n", texts)) with { Error = anyError },
        };
    }

    private static CellValue Cell(ReadOnlySpan<CellValue> cells, int column) =>
        column >= 0 && column < cells.Length ? cells[column] : CellValue.Empty;

    private bool IsRepeatedHeader(ReadOnlySpan<CellValue> cells)
    {
        foreach (ref readonly var cell in cells)
        {
            var text = CellText.Trimmed(cell);
            if (!text.IsEmpty && !_headerTexts.Contains(text))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsSectionValue(int column, ReadOnlySpan<char> text, int count) =>
        count >= 2
        || SectionHeading.HasOrdinalPrefix(text)
        || (column != _taskColumn && (column == 0 || column == _seqColumn || column == _groupColumn) && !CellText.IsNumeric(text))
        || (column == _taskColumn && SectionHeading.NamesAGroup(text));

    /// <summary>Whether every filled cell but the heading's holds only a count of tasks (共2项, 3项).</summary>
    private static bool OnlyCountsBesides(ReadOnlySpan<CellValue> cells, int headingColumn, ReadOnlySpan<char> heading)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            var text = CellText.Trimmed(cells[c]);
            if (c != headingColumn && !text.IsEmpty && !text.SequenceEqual(heading) && !SectionHeading.IsTaskCount(text))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOrdinalSectionRow(ReadOnlySpan<CellValue> cells, in CellValue task)
    {
        var seq = CellText.Trimmed(Cell(cells, _seqColumn));
        if (seq.IsEmpty || char.IsAsciiDigit(seq[0]) || CellText.IsBlank(task) || !SectionHeading.IsChineseOrdinal(seq))
        {
            return false;
        }

        for (var c = 0; c < cells.Length; c++)
        {
            if (c != _seqColumn && c != _taskColumn && !CellText.IsBlank(cells[c]))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportMissingTask(int rowNumber, ReadOnlySpan<CellValue> cells, int firstColumn)
    {
        // The issue's value is the task cell's, empty (or the formula error it shows); the message names the row by its
        // 序号, else by its first filled cell, so that the 序号 is not read as the task cell's value (值“2”).
        var seq = Cell(cells, _seqColumn);
        var bySeq = !CellText.IsBlank(seq);
        var value = Shortened(bySeq ? CellText.TrimmedString(seq) : CellText.TrimmedString(cells[firstColumn]));

        var header = _plan.HeaderNames[(int)CanonicalColumn.Task]!;
        if (Cell(cells, _taskColumn).Error is { } error)
        {
            Issues.Add(new IngestIssue(_file, _sheet, rowNumber, header, error, ReadingMessages.FormulaErrorTask(header, bySeq ? value : null, error)));
            return;
        }

        Issues.Add(new IngestIssue(_file, _sheet, rowNumber, header, string.Empty, ReadingMessages.RowWithoutTask(header, bySeq ? value : null, value)));
    }

    private static string Shortened(string value) => value.Length > IssueValueLength ? value[..IssueValueLength] + "…" : value;
}
