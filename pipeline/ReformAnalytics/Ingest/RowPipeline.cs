using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>The normalising steps of a partition: rows normalised table by table, then given their task ids.</summary>
internal static class RowPipeline
{
    public static List<SnapshotRow> Normalise(PartitionInput partition, List<IngestIssue> issues, UnknownStatusCollector unknown)
    {
        var rows = new List<SnapshotRow>();
        foreach (var part in partition.Tables)
        {
            var result = new RowNormaliser(part.Table, partition.Ledger, partition.Month, unknown).NormaliseAll();
            issues.AddRange(result.Issues);
            var fileName = Path.GetFileName(part.File);
            rows.AddRange(result.Rows.Select(r => r.SourceFile == fileName ? r : r with { SourceFile = fileName }));
        }

        return rows;
    }

    /// <summary>
    /// Gives every row its task_id by <see cref="TaskMatcher"/> against the tasks known before this month, and
    /// records them for the months after. A row matched by a similar (not identical) name gets a warning, so
    /// the office can see which rewordings were taken as the same task.
    /// </summary>
    public static List<SnapshotRow> AssignTaskIds(TaskIdentityState state, PartitionInput partition, List<SnapshotRow> rows, List<IngestIssue> issues)
    {
        var matches = new TaskMatcher().Match(partition.Ledger, partition.Month.Year, state.Known, [.. rows.Select(TaskCandidate.Of)]);
        var result = new List<SnapshotRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] with { TaskId = matches[i].TaskId };
            result.Add(row);
            if (matches[i].Kind == TaskMatchKind.Similar)
            {
                issues.Add(new IngestIssue(
                    row.SourceFile,
                    row.SourceSheet,
                    row.SourceRow,
                    "改革任务",
                    row.TaskName,
                    $"任务名称与此前的“{matches[i].MatchedName}”略有不同，已按同一任务处理（相似度{matches[i].Score * 100:0}%）。如实为新任务，请改正名称后重报。",
                    IssueSeverity.Warning));
            }
        }

        state.Remember(result, partition.Month);
        return result;
    }
}
