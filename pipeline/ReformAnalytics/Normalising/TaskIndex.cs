using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// The tasks known in one ledger year, indexed for <see cref="TaskMatcher"/> and kept up to date month by month:
/// by task id, and by name key (<see cref="TaskNameKey"/>), each with its latest name, lead unit, special group and month.
/// "List order" in the matching rule is the order tasks were added here. A month's work is proportional to its
/// rows, not to the tasks known: keys are computed when a task is added or renamed, never again. Not thread-safe;
/// one index per ledger year, used by one thread at a time.
/// </summary>
public sealed class TaskIndex
{
    private readonly List<Entry> _tasks = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    // The tasks of each name key, in list order (most keys have one).
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);

    public TaskIndex(IEnumerable<KnownTask>? tasks = null)
    {
        foreach (var task in tasks ?? [])
        {
            Remember(task.TaskId, task.Name, task.LeadUnit, task.LastSeen, task.SpecialGroup, task.State, task.TaskHeading);
        }
    }

    /// <summary>Name keys of this ledger year's texts (task names and lead units), kept from month to month.</summary>
    public TaskKeyCache Keys { get; } = new();

    public int Count => _tasks.Count;

    public KnownTask this[int index] => _tasks[index].ToKnown();

    internal string IdAt(int index) => _tasks[index].Id;

    internal string NameAt(int index) => _tasks[index].Name;

    internal ReportMonth LastSeenAt(int index) => _tasks[index].LastSeen;

    internal string KeyAt(int index) => _tasks[index].Key;

    internal string? LeadKeyAt(int index) => _tasks[index].LeadKey;

    internal string? GroupAt(int index) => _tasks[index].Group;

    internal string? HeadingAt(int index) => _tasks[index].Heading;

    internal string? LeadUnitAt(int index) => _tasks[index].LeadUnit;

    /// <summary>What the task's latest remembered row said; null when it was remembered without it.</summary>
    internal TaskState? StateAt(int index) => _tasks[index].State;

    public bool ContainsId(string taskId) => _byId.ContainsKey(taskId);

    /// <summary>Where a task id is in list order; null when it is not known.</summary>
    internal int? PositionOf(string taskId) => _byId.TryGetValue(taskId, out var at) ? at : null;

    /// <summary>The tasks whose name key is <paramref name="key"/>, in list order; empty when none.</summary>
    internal IReadOnlyList<int> WithKey(string key) => _byKey.TryGetValue(key, out var tasks) ? tasks : [];

    /// <summary>
    /// Records a task as reported in <paramref name="month"/>: a new id is added at the end of the list; a known one
    /// takes the name, lead unit, group, state and heading of its latest month (an earlier month, when re-ingested, changes nothing).
    /// </summary>
    public void Remember(string taskId, string name, string? leadUnit, ReportMonth month, string? specialGroup = null, TaskState? state = null, string? taskHeading = null)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        ArgumentNullException.ThrowIfNull(name);
        if (!_byId.TryGetValue(taskId, out var at))
        {
            at = _tasks.Count;
            var entry = new Entry(taskId, name, leadUnit, month, Keys.Of(name), LeadKey(leadUnit)) { Group = specialGroup, State = state, Heading = taskHeading };
            _tasks.Add(entry);
            _byId[taskId] = at;
            AddKey(entry.Key, at);
            return;
        }

        var known = _tasks[at];
        if (known.LastSeen > month)
        {
            return;
        }

        known.LastSeen = month;
        known.Group = specialGroup;
        known.State = state;
        known.Heading = taskHeading;
        if (!string.Equals(known.LeadUnit, leadUnit, StringComparison.Ordinal))
        {
            known.LeadUnit = leadUnit;
            known.LeadKey = LeadKey(leadUnit);
        }

        if (!ReferenceEquals(known.Name, name) && !string.Equals(known.Name, name, StringComparison.Ordinal))
        {
            var key = Keys.Of(name);
            known.Name = name;
            if (!string.Equals(key, known.Key, StringComparison.Ordinal))
            {
                RemoveKey(known.Key, at);
                known.Key = key;
                AddKey(key, at);
            }
        }
    }

    /// <summary>The key of a lead unit for the same-lead preference: null when there is none.</summary>
    internal string? LeadKey(string? leadUnit) =>
        leadUnit is null ? null : Keys.Of(leadUnit) is { Length: > 0 } key ? key : null;

    private void AddKey(string key, int at)
    {
        if (!_byKey.TryGetValue(key, out var tasks))
        {
            _byKey[key] = tasks = new List<int>(1);
        }

        var position = tasks.BinarySearch(at);
        tasks.Insert(position < 0 ? ~position : position, at);
    }

    private void RemoveKey(string key, int at)
    {
        var tasks = _byKey[key];
        tasks.Remove(at);
        if (tasks.Count == 0)
        {
            _byKey.Remove(key);
        }
    }

    private sealed class Entry(string id, string name, string? leadUnit, ReportMonth lastSeen, string key, string? leadKey)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public string? LeadUnit { get; set; } = leadUnit;

        public ReportMonth LastSeen { get; set; } = lastSeen;

        public string Key { get; set; } = key;

        public string? LeadKey { get; set; } = leadKey;

        public string? Group { get; set; }

        public TaskState? State { get; set; }

        public string? Heading { get; set; }

        public KnownTask ToKnown() => new(Id, Name, LeadUnit, LastSeen, Group, State) { TaskHeading = Heading };
    }
}
