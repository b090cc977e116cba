using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Ingest;

/// <summary>
/// The tasks known in one ledger year while a run assigns ids month by month: latest name, lead unit and month
/// per task, listed in task-id order. A month updates the tasks it reports in place; the list is sorted again
/// only when a month brings new task ids.
/// </summary>
internal sealed class TaskIdentityState
{
    private readonly List<KnownTask> _known;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public TaskIdentityState(IEnumerable<KnownTask> stored)
    {
        _known = [.. stored];
        Reindex();
    }

    /// <summary>Name keys of this ledger year's texts, kept from month to month.</summary>
    public TaskKeyCache Keys { get; } = new();

    public IReadOnlyList<KnownTask> Known => _known;

    public void Remember(IEnumerable<SnapshotRow> rows, ReportMonth month)
    {
        var added = false;
        foreach (var row in rows)
        {
            if (!_index.TryGetValue(row.TaskId, out var at))
            {
                _index[row.TaskId] = _known.Count;
                _known.Add(new KnownTask(row.TaskId, row.TaskName, row.LeadUnit, month));
                added = true;
            }
            else if (_known[at].LastSeen <= month)
            {
                _known[at] = new KnownTask(row.TaskId, row.TaskName, row.LeadUnit, month);
            }
        }

        if (added)
        {
            Reindex();
        }
    }

    private void Reindex()
    {
        _known.Sort((a, b) => string.CompareOrdinal(a.TaskId, b.TaskId));
        _index.Clear();
        for (var i = 0; i < _known.Count; i++)
        {
            _index[_known[i].TaskId] = i;
        }
    }
}
