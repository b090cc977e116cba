using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Sample.Export;
using ReformAnalytics.Sample.Simulation;

namespace ReformAnalytics.Sample;

/// <summary>One year: its tasks, its planted cases, and the writing of its months.</summary>
internal sealed class YearRun
{
    private static readonly Ledger[] Ledgers = [Ledger.Overall, Ledger.AssignedPilot, Ledger.LocalPilot];
    private readonly SampleOptions _options;
    private readonly string _root;
    private readonly ManifestRecorder _record;
    private readonly int _year;
    private readonly int _yearIndex;
    private readonly PlantPlan _plan;
    private readonly Random _plantRng;
    private readonly List<SampleTask> _tasks;
    private readonly Dictionary<Ledger, List<SampleTask>> _byLedger;
    private readonly List<SampleTask> _homeOverall;
    private readonly CountyUnit? _missingUnit;
    private readonly int _months;
    private readonly Random? _revisionRng;
    private SampleTask? _withdrawn;
    private int _withdrawnMonth;
    private SampleTask? _moved;
    private int _movedMonth;
    private string? _movedText;

    /// <summary>The month a finished task's row is hidden in the overall workbook (0: none), and the task, once chosen.</summary>
    private readonly int _hiddenMonth;
    private SampleTask? _hidden;

    public YearRun(SampleOptions options, string root, ManifestRecorder record, IReadOnlyList<County> counties, int year, int months)
    {
        _options = options;
        _root = root;
        _record = record;
        _year = year;
        _yearIndex = year - options.FirstYear;
        var seed = options.Seed;
        _plan = Realistic ? PlantPlanner.Plan(seed, year, _yearIndex, months, year == options.LastYear) : PlantPlan.None;
        _plantRng = StableSeed.Create(seed, "plant-tasks", year);
        _months = months;

        // Their own stream, so that every case planted before them falls where it did.
        _revisionRng = Realistic && year == options.LastYear ? StableSeed.Create(seed, "plant-revisions", year) : null;
        _tasks = counties.SelectMany(c => TaskBuilder.BuildYear(seed, c, year, _yearIndex, c.Index == 0 ? _plan.MidYearMonth : 0)).ToList();
        _byLedger = Ledgers.ToDictionary(l => l, l => _tasks.Where(t => t.Ledger == l).OrderBy(t => t.SortKey).ToList());
        _homeOverall = _byLedger[Ledger.Overall].Where(t => t.County.Index == 0).ToList();
        if (_plan.MissingMonth > 0)
        {
            _missingUnit = PlantSelector.MissingUnit(_homeOverall, _plan.MissingMonth, _plantRng);
        }

        if (Realistic && year == options.LastYear)
        {
            PlantSubTasks(counties[0]);
            _hiddenMonth = HiddenRowMonth();
        }

        PlantNames();
        RecordYear(counties[0]);
    }

    private bool Realistic => _options.Shape == SampleShape.Realistic;

    public void WriteMonth(int month, CancellationToken ct)
    {
        foreach (var task in _tasks)
        {
            if (month < task.FirstMonth)
            {
                task.Current = null;
                continue;
            }

            ProgressModel.Advance(task, month);
            task.Current = StatusReporter.Report(task, _year, month);
        }

        var badCells = PlantBadCells(month);
        PlantRevisions(month, badCells);
        PlantHiddenRow(month, badCells);
        var correction = _plan.CorrectionMonth == month;
        var returns = Realistic && _options.Scale == 1 && month == _plan.ReturnsMonth;
        var files = Realistic
            ? ExportPlanner.Realistic(_options.Seed, _year, _yearIndex, month, correction, returns)
            : ExportPlanner.Plain(_year, month, _options.Shape);
        if (returns)
        {
            var units = _byLedger[Ledger.Overall].Where(t => t.Current is not null).Select(t => t.Lead.Name).Distinct().Order(StringComparer.Ordinal).ToArray();
            files = [.. files, .. ExportPlanner.UnitReturns(_options.Seed, _year, _yearIndex, month, units)];
        }

        foreach (var file in files)
        {
            if (correction && file.Sheets.Any(s => s.Ledger == Ledger.Overall))
            {
                WriteCorrection(file, month, ct);
            }
            else
            {
                Write(file, month, null, badCells, ct);
            }
        }
    }

    /// <summary>
    /// The sub-tasks of the last year (<see cref="TaskBuilder.BuildSubTasks"/>), in the overall ledger from January. They
    /// are left out of <see cref="_homeOverall"/>, the pool every other case is drawn from, so each falls where it did.
    /// </summary>
    private void PlantSubTasks(County home)
    {
        var subTasks = TaskBuilder.BuildSubTasks(_options.Seed, home, _year, _yearIndex, _tasks, _missingUnit);
        _tasks.AddRange(subTasks);
        _byLedger[Ledger.Overall] = [.. _byLedger[Ledger.Overall].Concat(subTasks).OrderBy(t => t.SortKey)];
        _record.SubTasks.AddRange(subTasks.Select(t => new PlantedSubTask(Ledger.Overall, _year, t.Heading!, t.Name, t.Lead.Name)));
    }

    /// <summary>
    /// The month of the hidden row: the first from September whose overall ledger is a workbook of its own making (not the
    /// corrected month, the units' own returns, a missed return or a bad cell's month); chosen without a draw.
    /// </summary>
    private int HiddenRowMonth() =>
        Enumerable.Range(9, Math.Max(0, _months - 8)).FirstOrDefault(m =>
            ExportPlanner.OverallInWorkbook(ExportPlanner.PackageOf(_yearIndex, m, false))
            && m != _plan.CorrectionMonth && m != _plan.ReturnsMonth && m != _plan.MissingMonth && _plan.BadCells.All(b => b.Month != m));

    /// <summary>
    /// In <see cref="_hiddenMonth"/>, a task finished in an earlier month has its row hidden (the office hid what is done),
    /// drawn from its own stream among the tasks no other case uses.
    /// </summary>
    private void PlantHiddenRow(int month, IReadOnlyDictionary<SampleTask, (string Value, BadCellKind Kind)> badCells)
    {
        if (month != _hiddenMonth)
        {
            return;
        }

        var pool = _homeOverall.Where(t => t.Current is not null && t.NewName is null && t.Lead != _missingUnit && !badCells.ContainsKey(t)
            && t != _withdrawn && t != _moved && t.Phase == TaskPhase.Closed && t.CompletedMonth < month).ToArray();
        if (pool.Length > 0)
        {
            _hidden = StableSeed.Create(_options.Seed, "plant-hidden", _year).Pick(pool);
            _hidden.Current = _hidden.Current! with { Hidden = true };
        }
    }

    private void PlantNames()
    {
        var homeLocal = _byLedger[Ledger.LocalPilot].Where(t => t.County.Index == 0).ToList();
        if (_plan.PrefixRewordMonth > 0 && PlantSelector.RewordPrefix(_homeOverall, _missingUnit, _plan.PrefixRewordMonth, _plantRng) is { } prefixed)
        {
            _record.Rewordings.Add(new(Ledger.Overall, new(_year, prefixed.RenamedFrom), prefixed.Name, prefixed.NewName!, prefixed.Lead.Name, "prefix"));
        }

        if (_plan.PunctuationRewordMonth > 0 && PlantSelector.RewordPunctuation(homeLocal, _missingUnit, _plan.PunctuationRewordMonth, _plantRng) is { } punctuated)
        {
            _record.Rewordings.Add(new(Ledger.LocalPilot, new(_year, punctuated.RenamedFrom), punctuated.Name, punctuated.NewName!, punctuated.Lead.Name, "punctuation"));
        }

        foreach (var task in _homeOverall.Where(t => t.FirstMonth > 1))
        {
            _record.MidYearTasks.Add(new(Ledger.Overall, new(_year, task.FirstMonth), task.Name, task.Lead.Name));
        }
    }

    private void RecordYear(County home)
    {
        var homeTasks = _tasks.Where(t => t.County.Index == 0).ToList();
        _record.Years.Add(new SampleYear(
            _year,
            _byLedger[Ledger.Overall].Count,
            _byLedger[Ledger.AssignedPilot].Count,
            _byLedger[Ledger.LocalPilot].Count,
            home.Groups.Select(g => g.Name).ToArray(),
            homeTasks.Select(t => t.Lead).Distinct().Count(),
            homeTasks.Select(t => t.Leader).Distinct().Count()));
    }

    /// <summary>This month's bad cells: the task chosen now and its row changed; the row number is known when written.</summary>
    private Dictionary<SampleTask, (string Value, BadCellKind Kind)> PlantBadCells(int month)
    {
        var planted = new Dictionary<SampleTask, (string, BadCellKind)>();
        foreach (var plan in _plan.BadCells.Where(b => b.Month == month))
        {
            var candidates = _homeOverall.Where(t => t.Current is not null && !IsMissing(t, month) && !planted.ContainsKey(t) && t.NewName is null).ToList();
            if (PlantSelector.BadCell(candidates, plan.Kind, _plantRng) is { } chosen)
            {
                planted[chosen.Task] = (chosen.Value, plan.Kind);
            }
        }

        return planted;
    }

    /// <summary>
    /// The returns that go back on the task's last return (last year only). A 制定出台 task waiting for approval is
    /// reported 已完成 (100) in the first month from May that has one, and its draft is sent back: no approval the
    /// month after, whose return says it is not completed. The first task from August whose deadline (written
    /// N月底前) passed two months before or earlier, unfinished, has it rewritten as 原定…，调整为12月底前 from then on.
    /// Neither falls on the corrected month, the month of units' own returns, a silent unit's task or a reworded one.
    /// </summary>
    private void PlantRevisions(int month, IReadOnlyDictionary<SampleTask, (string Value, BadCellKind Kind)> badCells)
    {
        if (_revisionRng is null)
        {
            return;
        }

        bool Plain(int m) => m != _plan.CorrectionMonth && m != _plan.ReturnsMonth;
        bool Free(SampleTask t) => t.Current is not null && t.NewName is null && t.Lead != _missingUnit && !badCells.ContainsKey(t) && t != _withdrawn && t != _moved;

        if (_withdrawn is { } withdrawn && month == _withdrawnMonth + 1)
        {
            _record.Revisions.Add(new(Ledger.Overall, new(_year, month), PlantedRevision.CompletionWithdrawn, withdrawn.NameIn(month), withdrawn.Lead.Name, "已完成", withdrawn.Current!.StatusText));
        }
        else if (_withdrawn is null && month >= 5 && month < _months && Plain(month) && Plain(month + 1))
        {
            var pool = _homeOverall.Where(t => Free(t) && t.IsDocument && t.Phase == TaskPhase.AwaitingApproval).ToArray();
            if (pool.Length > 0)
            {
                var task = _revisionRng.Pick(pool);
                task.Current = task.Current! with { StatusText = "已完成", Figure = 100 };
                task.ApprovalNotBefore = month + 2;
                (_withdrawn, _withdrawnMonth) = (task, month);
            }
        }

        if (_moved is { } moved && month > _movedMonth && moved.Current is not null)
        {
            moved.Current = moved.Current with { DeadlineOverride = _movedText };
        }
        else if (_moved is null && month >= 8 && Plain(month))
        {
            var pool = _homeOverall.Where(t => Free(t) && t.CompletedMonth == 0 && t.Current!.DeadlineOverride is null
                && t.Deadline.Due is { } due && due.Year == _year && due.Month <= month - 2
                && t.Deadline.Text.EndsWith("月底前", StringComparison.Ordinal) && !t.Deadline.Text.Contains('；', StringComparison.Ordinal)).ToArray();
            if (pool.Length > 0)
            {
                var task = _revisionRng.Pick(pool);
                _movedText = $"原定{task.Deadline.Text}，调整为12月底前";
                task.Current = task.Current! with { DeadlineOverride = _movedText };
                (_moved, _movedMonth) = (task, month);
                _record.Revisions.Add(new(Ledger.Overall, new(_year, month), PlantedRevision.DeadlineMoved, task.NameIn(month), task.Lead.Name, task.Deadline.Text, _movedText));
            }
        }
    }

    private bool IsMissing(SampleTask task, int month) =>
        month == _plan.MissingMonth && task.Lead == _missingUnit && task.Ledger == Ledger.Overall;

    private void WriteCorrection(PlannedFile file, int month, CancellationToken ct)
    {
        var candidates = _homeOverall.Where(t => t.Current is not null && !IsMissing(t, month) && t.NewName is null).ToList();
        var errors = PlantSelector.CorrectionErrors(candidates, _plantRng);
        var originals = errors.ToDictionary(e => e.Task, e => e.Original);
        var none = new Dictionary<SampleTask, (string Value, BadCellKind Kind)>();
        var original = Write(file, month, originals, none, ct);
        var corrected = Write(ExportPlanner.CorrectionOf(file), month, null, none, ct);
        _record.ReplacedRows += original.TaskRows;
        _record.Corrections.Add(new PlantedCorrection(Ledger.Overall, new(_year, month), original.FileName, corrected.FileName, errors.SelectMany(e => e.Changes).ToArray()));
    }

    private SampleFile Write(
        PlannedFile file,
        int month,
        IReadOnlyDictionary<SampleTask, TaskMonthRow>? originals,
        IReadOnlyDictionary<SampleTask, (string Value, BadCellKind Kind)> badCells,
        CancellationToken ct)
    {
        var reportMonth = new ReportMonth(_year, month);
        if (month == _plan.MissingMonth && _missingUnit is not null && file.Sheets.Any(s => s.Ledger == Ledger.Overall))
        {
            var absent = _homeOverall.Where(t => t.Lead == _missingUnit && t.FirstMonth <= month).Select(t => t.NameIn(month)).ToArray();
            _record.MissingReturns.Add(new PlantedMissingReturn(Ledger.Overall, reportMonth, _missingUnit.Name, file.FileName, absent));
        }

        TaskMonthRow? RowOf(SampleTask task) =>
            IsMissing(task, month) ? null : originals is not null && originals.TryGetValue(task, out var wrong) ? wrong : task.Current;

        void OnRow(PlannedSheet sheet, SampleTask task, int row)
        {
            if (badCells.TryGetValue(task, out var bad))
            {
                _record.BadCells.Add(BadCellRecord(file, sheet, row, task, bad.Value, bad.Kind));
            }

            if (task == _hidden && month == _hiddenMonth)
            {
                var header = sheet.Layout.Columns.First(c => c.Column == CanonicalColumn.Task).Header;
                _record.HiddenRows.Add(new PlantedHiddenRow(file.FileName, sheet.Name, row, header, reportMonth, task.Current!.Name, task.Lead.Name));
            }
        }

        IReadOnlyList<SampleTask> TasksOf(PlannedSheet sheet) =>
            file.LeadUnit is { } unit ? _byLedger[sheet.Ledger].Where(t => t.Lead.Name == unit).ToList() : _byLedger[sheet.Ledger];

        var written = SheetWriter.Write(_root, file, reportMonth, _options.Seed, TasksOf, RowOf, OnRow, ct);
        _record.Files.Add(written);
        _record.Rows += written.TaskRows;
        if (_options.Shape == SampleShape.PlainCsvAndXlsx && file.Encoding == FileEncoding.Xlsx)
        {
            _record.ReplacedRows += written.TaskRows; // the workbooks repeat the CSV rows: one copy is what ingest stores
        }

        return written;
    }

    private static PlantedBadCell BadCellRecord(PlannedFile file, PlannedSheet sheet, int row, SampleTask task, string value, BadCellKind kind)
    {
        var column = kind switch
        {
            BadCellKind.Deadline => CanonicalColumn.Deadline,
            BadCellKind.Figure => CanonicalColumn.ProgressPct,
            _ => CanonicalColumn.Status,
        };
        var header = sheet.Layout.Columns.First(c => c.Column == column).Header;
        var (expected, why) = kind switch
        {
            BadCellKind.Deadline => (BadCellExpectation.IssueRow, "完成时限无法识别：“待定”不是日期，须由牵头单位明确完成时限。"),
            BadCellKind.Figure => (BadCellExpectation.IssueRow, "完成进度无法识别：“见附件”不是数值，进度应为空。"),
            _ => (BadCellExpectation.UnknownStatusPhrase, "状态“基本完成”不在状态对照表中，应列为未识别的状态表述，不得猜测。"),
        };
        return new PlantedBadCell(file.FileName, sheet.Name, row, header, value, task.Current!.Name, expected, why);
    }
}
