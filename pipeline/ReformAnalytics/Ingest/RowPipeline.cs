using System.Buffers;
using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>The normalising steps: a table's rows normalised, then (month by month) given their task ids.</summary>
internal static class RowPipeline
{
    public static TablePart Normalise(string file, string sha256, LedgerTable table, Ledger ledger, ReportMonth month, UnknownStatusCollector unknown, UnitNameTable? unitNames)
    {
        var result = table.StreamedTo is StreamingNormaliser streamed
            ? streamed.Finish(unknown)
            : new RowNormaliser(table, ledger, month, unknown, Options(file, unitNames)).NormaliseAll();
        return new TablePart(file, sha256, table.SourceSheet, ledger, month, result.Rows as List<SnapshotRow> ?? [.. result.Rows], [.. table.Issues, .. result.Issues], table.TitleText);
    }

    /// <summary>
    /// The sink a table streams its rows into while it is read, when its heading already says which ledger and
    /// month it holds; null (rows kept in the table) when it does not, so that the refusal names what is missing.
    /// </summary>
    public static IRawRowSink? StreamingSink(TableHeading heading, IngestOptions options, UnitNameTable? unitNames, IReadOnlyList<string> enclosing)
    {
        var (ledger, month) = LedgerIdentityResolver.Resolve(heading.SourceFile, heading.SourceSheet, heading.TitleText, options, enclosing);
        return ledger is null || month is null ? null : new StreamingNormaliser(heading, ledger.Value, month.Value, Options(heading.SourceFile, unitNames));
    }

    private static RowNormaliserOptions Options(string file, UnitNameTable? unitNames) => new() { StoredSourceFile = Path.GetFileName(file), UnitNames = unitNames };

    /// <summary>
    /// Gives every row its task_id by <see cref="TaskMatcher"/> against the tasks known before this month (the
    /// ledger year's <see cref="TaskIndex"/>), and records them there for the months after. A row matched by a
    /// similar (not identical) name gets a warning, so the office can see which rewordings were taken as the same
    /// task. Rows the month keeps from before (<see cref="PartitionInput.Kept"/>) keep their ids; no new row takes
    /// one of them. Returns the month's rows: the kept ones, then the new.
    /// </summary>
    public static List<SnapshotRow> AssignTaskIds(TaskIndex index, PartitionInput partition, List<IngestIssue> issues)
    {
        var rows = partition.Rows;
        HashSet<string>? kept = null;
        if (partition.Kept.Count > 0)
        {
            kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in partition.Kept)
            {
                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month, row.SpecialGroup, TaskState.Of(row), row.TaskHeading);
                kept.Add(row.TaskId);
            }

            WarnSameNameAsKept(index, partition, issues);
        }

        WarnRepeatedTasks(rows, issues);
        var matches = ArrayPool<TaskMatch>.Shared.Rent(rows.Count);
        try
        {
            new TaskMatcher().Match(partition.Ledger, partition.Month.Year, index, new Candidates(rows), matches, kept, partition.Month);
            List<SnapshotRow>? added = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var match = matches[i];
                row.AssignTaskId(match.TaskId);
                string? leadBefore = null;
                if (index.PositionOf(match.TaskId) is int at && index.LastSeenAt(at) < partition.Month)
                {
                    leadBefore = index.LeadUnitAt(at);
                    if (index.StateAt(at) is { } before)
                    {
                        WarnChangesSinceLastReturn(row, before, index.LastSeenAt(at), partition.Month, issues);
                    }
                }

                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month, row.SpecialGroup, TaskState.Of(row), row.TaskHeading);
                var leadChange = leadBefore is not null && row.LeadUnit is not null && !string.Equals(index.LeadKey(leadBefore), index.LeadKey(row.LeadUnit), StringComparison.Ordinal)
                    ? $"牵头单位由此前的“{leadBefore}”改为“{row.LeadUnit}”，"
                    : null;
                if (match.Kind == TaskMatchKind.Similar)
                {
                    issues.Add(TaskNameWarning(row, $"任务名称与此前的“{match.MatchedName}”略有不同，{leadChange}已按同一任务处理（相似度{match.Score * 100:0}%）。如实为新任务，请改正名称后重报。"));
                }
                else if (match.Kind == TaskMatchKind.Exact && leadChange is not null)
                {
                    issues.Add(TaskNameWarning(row, $"{leadChange}任务名称相同，已按同一任务处理。如实为另一单位的新任务，请在任务名称中加以区分后重报。"));
                }
                else if (match.Kind == TaskMatchKind.New)
                {
                    (added ??= []).Add(row);
                }
            }

            if (added is not null)
            {
                WarnNewBesideVanished(index, partition.Month, added, issues);
            }
        }
        finally
        {
            ArrayPool<TaskMatch>.Shared.Return(matches, clearArray: true);
        }

        return kept is null ? rows : [.. partition.Kept, .. rows];
    }

    /// <summary>
    /// A merged return's task with the same name (key) as a kept row of another unit is most often one task whose
    /// lead unit the ledger and the return write differently (发改局, 县发改局). Both are stored, as two tasks, and the
    /// office is told, rather than one of them dropped on a guess.
    /// </summary>
    private static void WarnSameNameAsKept(TaskIndex index, PartitionInput partition, List<IngestIssue> issues)
    {
        var keptByKey = new Dictionary<string, SnapshotRow>(StringComparer.Ordinal);
        foreach (var row in partition.Kept)
        {
            keptByKey.TryAdd(index.Keys.Of(row.TaskName), row);
        }

        foreach (var row in partition.Rows)
        {
            if (keptByKey.TryGetValue(index.Keys.Of(row.TaskName), out var same))
            {
                issues.Add(TaskNameWarning(row, $"本月已入库的台账中有同名任务（牵头单位“{same.LeadUnit ?? "未填"}”，来自“{same.SourceFile}”），已作为两项任务分别保存。如为同一任务，请统一牵头单位名称后重新报送。"));
            }
        }
    }

    /// <summary>
    /// Two rows of one table with the same task name and lead unit: most often one task written over several rows
    /// (a task cell merged over its measures, or a narrative continued on the next row, the other cells merged), which
    /// would count as several tasks. Both are stored, as ledgers may list a task twice on purpose; the office is told.
    /// The same holds across the sheets of one file that hold the same ledger and month: a sheet and its copy
    /// (Sheet1 (2), an old draft kept beside the return) would count every task twice.
    /// </summary>
    private static void WarnRepeatedTasks(List<SnapshotRow> rows, List<IngestIssue> issues)
    {
        // A file's rows are contiguous in the month's rows: the seen set starts afresh at each file.
        var seen = new Dictionary<(string Name, string? Lead, string? Heading), (string? Sheet, int Row)>();
        string? file = null;
        foreach (var row in rows)
        {
            if (!string.Equals(row.SourceFile, file, StringComparison.Ordinal))
            {
                file = row.SourceFile;
                seen.Clear();
            }

            // The name as stored (whitespace already collapsed): a task repeated over rows repeats its text exactly.
            // Two of a unit's 制定实施方案 under different headings are two tasks, not one written twice.
            var key = (row.TaskName, row.LeadUnit, row.TaskHeading);
            if (!seen.TryAdd(key, (row.SourceSheet, row.SourceRow)))
            {
                var (sheet, first) = seen[key];
                issues.Add(TaskNameWarning(row, string.Equals(sheet, row.SourceSheet, StringComparison.Ordinal)
                    ? string.Create(CultureInfo.InvariantCulture, $"与本表第{first}行的任务名称和牵头单位相同，两行已作为两项任务分别入库。如是同一任务分行填写（合并单元格、分项举措或续行），请合为一行后重新报送，以免任务数多计。")
                    : string.Create(CultureInfo.InvariantCulture, $"与工作表“{sheet}”第{first}行的任务名称和牵头单位相同，两行已作为两项任务分别入库。如其中一张工作表是副本或旧稿，请删除该表后重新报送，以免任务数多计。")));
            }
        }
    }

    /// <summary>
    /// What changed since the task's last return that the office checks before using the figures: a completion taken
    /// back, a progress figure that went down, a deadline rewritten (above all one that had already passed: the
    /// completion is then late by task_status's rule). Each is a warning on the row; the figures are stored as sent.
    /// </summary>
    private static void WarnChangesSinceLastReturn(SnapshotRow row, TaskState before, ReportMonth lastSeen, ReportMonth month, List<IngestIssue> issues)
    {
        var when = lastSeen == month.Previous() ? "上月" : $"上次报送（{lastSeen.Label}）";
        var completed = TaskState.IsCompleted(row.Status, row.ProgressPct);
        if (before.Completed && !completed)
        {
            var figure = row.ProgressPct is { } p ? string.Create(CultureInfo.InvariantCulture, $"，完成进度{p:0.#}%") : string.Empty;
            issues.Add(new IngestIssue(row.SourceFile, row.SourceSheet, row.SourceRow, "状态", row.StatusText ?? string.Empty,
                $"{when}报告已完成，本月报告未完成（{row.StatusText ?? "未填状态"}{figure}）：请与牵头单位核实是哪一次填报有误。成果清单按最后一次连续报告完成的月份计。", IssueSeverity.Warning));
        }
        else if (!completed && before.ProgressPct is { } was && row.ProgressPct is { } reported && reported < was - 0.05)
        {
            issues.Add(new IngestIssue(row.SourceFile, row.SourceSheet, row.SourceRow, "完成进度", string.Create(CultureInfo.InvariantCulture, $"{reported:0.#}%"),
                string.Create(CultureInfo.InvariantCulture, $"完成进度由{when}的{was:0.#}%降为{reported:0.#}%：请与牵头单位核实。"), IssueSeverity.Warning));
        }

        if (before.Deadline is { } old && row.Deadline is { } changed && old != changed && !before.Completed)
        {
            var passed = old < before.StatusDate
                ? $"原完成时限已过（{when}已逾期），按期完成情况仍按原时限判断"
                : "调整完成时限须按程序报批，请核实";
            issues.Add(new IngestIssue(row.SourceFile, row.SourceSheet, row.SourceRow, "完成时限", row.DeadlineText ?? string.Empty,
                $"完成时限由{when}的“{before.DeadlineText ?? ChineseDate.Day(old)}”改为“{row.DeadlineText ?? ChineseDate.Day(changed)}”：{passed}。", IssueSeverity.Warning));
        }
    }

    /// <summary>
    /// A new task of a unit beside a task of the same unit that was open last month and is missing now: most often the
    /// same task renamed, split or merged. The row is stored as a new task and the old one is a missing return; the
    /// office is told, so it can have the unit keep the old name.
    /// </summary>
    private static void WarnNewBesideVanished(TaskIndex index, ReportMonth month, List<SnapshotRow> added, List<IngestIssue> issues)
    {
        var previous = month.Previous();
        Dictionary<string, List<string>>? vanished = null;
        for (var t = 0; t < index.Count; t++)
        {
            if (index.LastSeenAt(t) == previous && index.StateAt(t) is { Completed: false } && index.LeadKeyAt(t) is { } lead)
            {
                vanished ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!vanished.TryGetValue(lead, out var names))
                {
                    vanished[lead] = names = [];
                }

                names.Add(index.NameAt(t));
            }
        }

        if (vanished is null)
        {
            return;
        }

        foreach (var row in added)
        {
            if (index.LeadKey(row.LeadUnit) is { } lead && vanished.TryGetValue(lead, out var names))
            {
                var listed = string.Join("、", names.Take(3).Select(n => $"“{n}”")) + (names.Count > 3 ? $"等{names.Count}项任务" : string.Empty);
                issues.Add(TaskNameWarning(row, $"本月新增的任务；{row.LeadUnit}上月在办的{listed}本月未报。如是同一任务改了名称、拆分或合并，请沿用原任务名称重新报送；否则按新任务入库，原任务计为漏报。"));
            }
        }
    }

    /// <summary>
    /// The issues found on the month's rows from <paramref name="from"/> on (task identity, changes since the last return)
    /// name the file as stored on the row, by its name alone; each is given the path of the file its row was read from,
    /// as every other issue has, so that its message also names the folder or archive the file is in: units that send
    /// the office's template back under one name (县教育局/2024年6月改革任务台账.xlsx, 县财政局/…) are told apart. An issue on
    /// a row kept from an earlier run keeps the name.
    /// </summary>
    public static void LocateRowIssues(PartitionInput partition, List<IngestIssue> issues, int from)
    {
        IReadOnlyList<TablePart>? tables = null;
        for (var i = from; i < issues.Count; i++)
        {
            var issue = issues[i];
            if (Path.IsPathRooted(issue.File))
            {
                continue;
            }

            tables ??= partition.Tables;
            var named = tables.Where(t => string.Equals(Path.GetFileName(t.File), issue.File, StringComparison.Ordinal) && string.Equals(t.Sheet, issue.Sheet, StringComparison.Ordinal)).ToList();
            var table = named.Count == 1 ? named[0] : named.Find(t => t.Rows.Exists(r => r.SourceRow == issue.Row));
            if (table is not null)
            {
                issues[i] = issue with { File = table.File };
            }
        }
    }

    private static IngestIssue TaskNameWarning(SnapshotRow row, string message) =>
        new(row.SourceFile, row.SourceSheet, row.SourceRow, "改革任务", row.TaskName, message, IssueSeverity.Warning);

    /// <summary>The rows as task identity sees them, without copying them into an array.</summary>
    private sealed class Candidates(List<SnapshotRow> rows) : IReadOnlyList<TaskCandidate>
    {
        public int Count => rows.Count;

        public TaskCandidate this[int index] => TaskCandidate.Of(rows[index]);

        public IEnumerator<TaskCandidate> GetEnumerator() => rows.Select(TaskCandidate.Of).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
