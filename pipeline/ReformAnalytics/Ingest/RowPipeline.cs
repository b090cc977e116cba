using System.Buffers;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>The normalising steps: a table's rows normalised, then (month by month) given their task ids.</summary>
internal static class RowPipeline
{
    public static TablePart Normalise(string file, string sha256, LedgerTable table, Ledger ledger, ReportMonth month, UnknownStatusCollector unknown)
    {
        var result = table.StreamedTo is StreamingNormaliser streamed
            ? streamed.Finish(unknown)
            : new RowNormaliser(table, ledger, month, unknown, Options(file)).NormaliseAll();
        return new TablePart(file, sha256, table.SourceSheet, ledger, month, result.Rows as List<SnapshotRow> ?? [.. result.Rows], [.. table.Issues, .. result.Issues], table.TitleText);
    }

    /// <summary>
    /// The sink a table streams its rows into while it is read, when its heading already says which ledger and
    /// month it holds; null (rows kept in the table) when it does not, so that the refusal names what is missing.
    /// </summary>
    public static IRawRowSink? StreamingSink(TableHeading heading, IngestOptions options)
    {
        var (ledger, month) = LedgerIdentityResolver.Resolve(heading.SourceFile, heading.SourceSheet, heading.TitleText, options);
        return ledger is null || month is null ? null : new StreamingNormaliser(heading, ledger.Value, month.Value, Options(heading.SourceFile));
    }

    private static RowNormaliserOptions Options(string file) => new() { StoredSourceFile = Path.GetFileName(file) };

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
                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month);
                kept.Add(row.TaskId);
            }
        }

        var matches = ArrayPool<TaskMatch>.Shared.Rent(rows.Count);
        try
        {
            new TaskMatcher().Match(partition.Ledger, partition.Month.Year, index, new Candidates(rows), matches, kept);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var match = matches[i];
                row.AssignTaskId(match.TaskId);
                index.Remember(row.TaskId, row.TaskName, row.LeadUnit, partition.Month);
                if (match.Kind == TaskMatchKind.Similar)
                {
                    issues.Add(new IngestIssue(
                        row.SourceFile,
                        row.SourceSheet,
                        row.SourceRow,
                        "改革任务",
                        row.TaskName,
                        $"任务名称与此前的“{match.MatchedName}”略有不同，已按同一任务处理（相似度{match.Score * 100:0}%）。如实为新任务，请改正名称后重报。",
                        IssueSeverity.Warning));
                }
            }
        }
        finally
        {
            ArrayPool<TaskMatch>.Shared.Return(matches, clearArray: true);
        }

        return kept is null ? rows : [.. partition.Kept, .. rows];
    }

    /// <summary>The rows as task identity sees them, without copying them into an array.</summary>
    private sealed class Candidates(List<SnapshotRow> rows) : IReadOnlyList<TaskCandidate>
    {
        public int Count => rows.Count;

        public TaskCandidate this[int index] => TaskCandidate.Of(rows[index]);

        public IEnumerator<TaskCandidate> GetEnumerator() => rows.Select(TaskCandidate.Of).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
