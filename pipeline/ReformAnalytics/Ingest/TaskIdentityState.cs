using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>The tasks known in one ledger year while a run assigns ids month by month: latest name, lead unit and month per task.</summary>
internal sealed class TaskIdentityState(IEnumerable<KnownTask> stored)
{
    private readonly Dictionary<string, KnownTask> _tasks = stored.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
    private List<KnownTask>? _known;

    public IReadOnlyList<KnownTask> Known => _known ??= [.. _tasks.Values.OrderBy(t => t.TaskId, StringComparer.Ordinal)];

    public void Remember(IEnumerable<SnapshotRow> rows, ReportMonth month)
    {
        foreach (var row in rows)
        {
            if (!_tasks.TryGetValue(row.TaskId, out var existing) || existing.LastSeen <= month)
            {
                _tasks[row.TaskId] = new KnownTask(row.TaskId, row.TaskName, row.LeadUnit, month);
            }
        }

        _known = null;
    }
}
