using ReformAnalytics.Model;
using ReformAnalytics.Sample.Export;
using ReformAnalytics.Sample.Simulation;

namespace ReformAnalytics.Sample;

/// <summary>
/// One generation run. Year by year it builds the counties' tasks; month by month it moves every task on
/// (<see cref="ProgressModel"/>), lets each unit write its row (<see cref="StatusReporter"/>), plants that
/// month's cases, and writes the month's files at once, so only the current month is ever in memory.
/// </summary>
internal sealed class SampleGenerator(SampleOptions options)
{
    private static readonly Ledger[] Ledgers = [Ledger.Overall, Ledger.AssignedPilot, Ledger.LocalPilot];
    private readonly SampleOptions _options = options;
    private readonly string _root = Path.GetFullPath(options.OutputDirectory);
    private readonly List<SampleFile> _files = [];
    private readonly List<SampleYear> _years = [];
    private readonly List<PlantedMissingReturn> _missing = [];
    private readonly List<PlantedCorrection> _corrections = [];
    private readonly List<PlantedRewording> _rewordings = [];
    private readonly List<PlantedMidYearTask> _midYear = [];
    private readonly List<PlantedBadCell> _badCells = [];
    private long _rows;
    private long _replacedRows;

    private bool Realistic => _options.Shape == SampleShape.Realistic;

    public async Task<SampleManifest> RunAsync(IProgress<SampleProgress>? progress, CancellationToken ct)
    {
        var previous = await ReadPreviousAsync(ct).ConfigureAwait(false);
        Directory.CreateDirectory(_root);
        var counties = Enumerable.Range(0, _options.Scale).Select(i => CountyBuilder.Build(_options.Seed, i)).ToArray();
        var last = _options.EffectiveLastMonth;
        var monthsTotal = ((_options.LastYear - _options.FirstYear) * 12) + last.Month;
        var monthsDone = 0;
        for (var year = _options.FirstYear; year <= _options.LastYear; year++)
        {
            var months = year == _options.LastYear ? last.Month : 12;
            var yearRun = new YearRun(this, counties, year, months);
            for (var month = 1; month <= months; month++)
            {
                ct.ThrowIfCancellationRequested();
                yearRun.WriteMonth(month, ct);
                monthsDone++;
                progress?.Report(new SampleProgress(monthsDone, monthsTotal, _rows));
            }
        }

        var manifest = new SampleManifest(
            _options.Seed, _options.FirstYear, _options.LastYear, last, _options.Scale, _options.Shape, _rows, _rows - _replacedRows,
            _years, _files, _missing, _corrections, _rewordings, _midYear, _badCells);
        await manifest.WriteAsync(_root, ct).ConfigureAwait(false);
        RemoveStale(previous);
        return manifest;
    }

    private async Task<SampleManifest?> ReadPreviousAsync(CancellationToken ct)
    {
        try
        {
            return Directory.Exists(_root) ? await SampleManifest.ReadAsync(_root, ct).ConfigureAwait(false) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes the files an earlier run in the same folder wrote and this run did not (only those its manifest lists).</summary>
    private void RemoveStale(SampleManifest? previous)
    {
        if (previous is null)
        {
            return;
        }

        var current = _files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in previous.Files.Where(f => !current.Contains(f.FileName)))
        {
            var path = Path.GetFullPath(Path.Combine(_root, file.FileName));
            if (path.StartsWith(_root, StringComparison.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>One year: its tasks, its planted cases, and the writing of its months.</summary>
    private sealed class YearRun
    {
        private readonly SampleGenerator _run;
        private readonly int _year;
        private readonly int _yearIndex;
        private readonly PlantPlan _plan;
        private readonly Random _plantRng;
        private readonly List<SampleTask> _tasks;
        private readonly Dictionary<Ledger, List<SampleTask>> _byLedger;
        private readonly List<SampleTask> _homeOverall;
        private readonly CountyUnit? _missingUnit;

        public YearRun(SampleGenerator run, IReadOnlyList<County> counties, int year, int months)
        {
            _run = run;
            _year = year;
            _yearIndex = year - run._options.FirstYear;
            var seed = run._options.Seed;
            _plan = run.Realistic ? PlantPlanner.Plan(seed, year, _yearIndex, months, year == run._options.LastYear) : PlantPlan.None;
            _plantRng = StableSeed.Create(seed, "plant-tasks", year);
            _tasks = counties.SelectMany(c => TaskBuilder.BuildYear(seed, c, year, _yearIndex, c.Index == 0 ? _plan.MidYearMonth : 0)).ToList();
            _byLedger = Ledgers.ToDictionary(l => l, l => _tasks.Where(t => t.Ledger == l).OrderBy(t => t.SortKey).ToList());
            _homeOverall = _byLedger[Ledger.Overall].Where(t => t.County.Index == 0).ToList();
            if (_plan.MissingMonth > 0)
            {
                _missingUnit = PlantSelector.MissingUnit(_homeOverall, _plan.MissingMonth, _plantRng);
            }

            PlantNames();
            RecordYear(counties[0]);
        }

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
            var correction = _plan.CorrectionMonth == month;
            var files = _run.Realistic
                ? ExportPlanner.Realistic(_run._options.Seed, _year, _yearIndex, month, correction)
                : ExportPlanner.Plain(_year, month, _run._options.Shape);
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

        private void PlantNames()
        {
            var homeLocal = _byLedger[Ledger.LocalPilot].Where(t => t.County.Index == 0).ToList();
            if (_plan.PrefixRewordMonth > 0 && PlantSelector.RewordPrefix(_homeOverall, _missingUnit, _plan.PrefixRewordMonth, _plantRng) is { } prefixed)
            {
                _run._rewordings.Add(new(Ledger.Overall, new(_year, prefixed.RenamedFrom), prefixed.Name, prefixed.NewName!, prefixed.Lead.Name, "prefix"));
            }

            if (_plan.PunctuationRewordMonth > 0 && PlantSelector.RewordPunctuation(homeLocal, _missingUnit, _plan.PunctuationRewordMonth, _plantRng) is { } punctuated)
            {
                _run._rewordings.Add(new(Ledger.LocalPilot, new(_year, punctuated.RenamedFrom), punctuated.Name, punctuated.NewName!, punctuated.Lead.Name, "punctuation"));
            }

            foreach (var task in _homeOverall.Where(t => t.FirstMonth > 1))
            {
                _run._midYear.Add(new(Ledger.Overall, new(_year, task.FirstMonth), task.Name, task.Lead.Name));
            }
        }

        private void RecordYear(County home)
        {
            var homeTasks = _tasks.Where(t => t.County.Index == 0).ToList();
            _run._years.Add(new SampleYear(
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
            _run._replacedRows += original.TaskRows;
            _run._corrections.Add(new PlantedCorrection(Ledger.Overall, new(_year, month), original.FileName, corrected.FileName, errors.SelectMany(e => e.Changes).ToArray()));
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
                _run._missing.Add(new PlantedMissingReturn(Ledger.Overall, reportMonth, _missingUnit.Name, file.FileName, absent));
            }

            TaskMonthRow? RowOf(SampleTask task) =>
                IsMissing(task, month) ? null : originals is not null && originals.TryGetValue(task, out var wrong) ? wrong : task.Current;

            void OnRow(PlannedSheet sheet, SampleTask task, int row)
            {
                if (badCells.TryGetValue(task, out var bad))
                {
                    _run._badCells.Add(BadCellRecord(file, sheet, row, task, bad.Value, bad.Kind));
                }
            }

            var written = SheetWriter.Write(_run._root, file, reportMonth, _run._options.Seed, sheet => _byLedger[sheet.Ledger], RowOf, OnRow, ct);
            _run._files.Add(written);
            _run._rows += written.TaskRows;
            if (_run._options.Shape == SampleShape.PlainCsvAndXlsx && file.Encoding == FileEncoding.Xlsx)
            {
                _run._replacedRows += written.TaskRows; // the workbooks repeat the CSV rows: one copy is what ingest stores
            }

            return written;
        }

        private static PlantedBadCell BadCellRecord(PlannedFile file, PlannedSheet sheet, int row, SampleTask task, string value, BadCellKind kind)
        {
            var column = kind switch
            {
                BadCellKind.Deadline => Reading.CanonicalColumn.Deadline,
                BadCellKind.Figure => Reading.CanonicalColumn.ProgressPct,
                _ => Reading.CanonicalColumn.Status,
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
}
