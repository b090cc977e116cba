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
                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month, row.SpecialGroup);
                kept.Add(row.TaskId);
            }

            WarnSameNameAsKept(index, partition, issues);
        }

        WarnRepeatedTasks(rows, issues);
        var matches = ArrayPool<TaskMatch>.Shared.Rent(rows.Count);
        try
        {
            new TaskMatcher().Match(partition.Ledger, partition.Month.Year, index, new Candidates(rows), matches, kept);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var match = matches[i];
                row.AssignTaskId(match.TaskId);
                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month, row.SpecialGroup);
                if (match.Kind == TaskMatchKind.Similar)
                {
                    issues.Add(TaskNameWarning(row, $"任务名称与此前的“{match.MatchedName}”略有不同，已按同一任务处理（相似度{match.Score * 100:0}%）。如实为新任务，请改正名称后重报。"));
                }
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
    /// </summary>
    private static void WarnRepeatedTasks(List<SnapshotRow> rows, List<IngestIssue> issues)
    {
        // A table's rows are contiguous in the month's rows: the seen set starts afresh at each table.
        var seen = new Dictionary<(string Name, string? Lead), int>();
        string? file = null, sheet = null;
        foreach (var row in rows)
        {
            if (!string.Equals(row.SourceFile, file, StringComparison.Ordinal) || !string.Equals(row.SourceSheet, sheet, StringComparison.Ordinal))
            {
                (file, sheet) = (row.SourceFile, row.SourceSheet);
                seen.Clear();
            }

            // The name as stored (whitespace already collapsed): a task repeated over rows repeats its text exactly.
            var key = (row.TaskName, row.LeadUnit);
            if (!seen.TryAdd(key, row.SourceRow))
            {
                issues.Add(TaskNameWarning(row, string.Create(CultureInfo.InvariantCulture, $"与本表第{seen[key]}行的任务名称和牵头单位相同，两行已作为两项任务分别入库。如是同一任务分行填写（合并单元格、分项举措或续行），请合为一行后重新报送，以免任务数多计。")));
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
