using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Gives each row of a new month a task id that stays the same across the months of a ledger year.
/// <para>Input: the tasks already known for the same ledger and ledger year (one entry per task id, with its
/// latest name and lead unit; leave out the month being replaced when a month is re-ingested) and the new
/// month's rows. Output: one <see cref="TaskMatch"/> per row, in row order. Ledgers are yearly: ids never carry
/// across years.</para>
/// <para>Rule, in order:</para>
/// <list type="number">
/// <item>Exact: a row whose name key (<see cref="TaskNameKey"/>: no whitespace, punctuation or leading numbering,
/// half-width) equals a known task's takes its id. When several known tasks share the key, one with the same
/// lead unit is taken first, then the most recently seen.</item>
/// <item>Similar, for rows and tasks left over: a pair qualifies when the character-bigram Dice similarity of the
/// keys is at least 0.8, or when one key contains the other, the shorter has at least 6 characters and at most 6
/// were added before or after it. Pairs are taken greedily, best first, ranked by similarity plus 0.05 when the
/// lead units agree (then the more recently seen task, then row and task order); each known task is taken at
/// most once per month, each row once. Thresholds are in <see cref="TaskMatcherOptions"/>.</item>
/// <item>New: any other row is a new task (a task added mid-year begins its own history), with the id
/// <see cref="TaskIds.New"/> makes from its name key, unique among the known ids and those given this month.</item>
/// </list>
/// Exact matching is a dictionary lookup; the similar-name search only compares leftovers that share a bigram,
/// through an inverted index, so a month of thousands of tasks is matched in milliseconds.
/// </summary>
public sealed class TaskMatcher
{
    private readonly TaskMatcherOptions _options;

    public TaskMatcher(TaskMatcherOptions? options = null)
    {
        _options = options ?? TaskMatcherOptions.Default;
        _options.Validate();
    }

    /// <param name="keys">Where the name keys of earlier months are remembered; a fresh cache when null.</param>
    public IReadOnlyList<TaskMatch> Match(Ledger ledger, int ledgerYear, IReadOnlyList<KnownTask> known, IReadOnlyList<TaskCandidate> rows, TaskKeyCache? keys = null)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(rows);
        keys ??= new TaskKeyCache();
        var knownKeys = known.Select(t => keys.Of(t.Name)).ToArray();
        var knownLeads = known.Select(t => LeadKey(keys, t.LeadUnit)).ToArray();
        var rowKeys = rows.Select(r => keys.Of(r.Name)).ToArray();
        var rowLeads = rows.Select(r => LeadKey(keys, r.LeadUnit)).ToArray();
        var matches = new TaskMatch?[rows.Count];
        var taken = new bool[known.Count];

        MatchExact(known, knownKeys, knownLeads, rowKeys, rowLeads, matches, taken);
        MatchSimilar(known, knownKeys, knownLeads, rowKeys, rowLeads, matches, taken);

        var ids = new HashSet<string>(known.Select(t => t.TaskId), StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match is { } m)
            {
                ids.Add(m.TaskId);
            }
        }

        var result = new TaskMatch[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            result[i] = matches[i] ?? new TaskMatch(TaskIds.New(ledger, ledgerYear, rowKeys[i], ids), TaskMatchKind.New, 0);
        }

        return result;
    }

    private static void MatchExact(IReadOnlyList<KnownTask> known, string[] knownKeys, string?[] knownLeads, string[] rowKeys, string?[] rowLeads, TaskMatch?[] matches, bool[] taken)
    {
        // Candidates per key, the most recently seen first, then in list order (most keys have one).
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < known.Count; t++)
        {
            if (!byKey.TryGetValue(knownKeys[t], out var list))
            {
                byKey[knownKeys[t]] = list = [];
            }

            list.Add(t);
        }

        foreach (var list in byKey.Values)
        {
            if (list.Count > 1)
            {
                list.Sort((a, b) => known[b].LastSeen.CompareTo(known[a].LastSeen) is var c && c != 0 ? c : a.CompareTo(b));
            }
        }

        // Two passes so that, among rows sharing a key, those with a known task of the same lead unit choose first.
        foreach (var sameLeadOnly in (bool[])[true, false])
        {
            for (var r = 0; r < rowKeys.Length; r++)
            {
                if (matches[r] is not null || !byKey.TryGetValue(rowKeys[r], out var candidates))
                {
                    continue;
                }

                var at = candidates.FindIndex(c => !taken[c] && (!sameLeadOnly || SameLead(rowLeads[r], knownLeads[c])));
                if (at >= 0)
                {
                    var t = candidates[at];
                    taken[t] = true;
                    matches[r] = new TaskMatch(known[t].TaskId, TaskMatchKind.Exact, 1);
                }
            }
        }
    }

    private void MatchSimilar(IReadOnlyList<KnownTask> known, string[] knownKeys, string?[] knownLeads, string[] rowKeys, string?[] rowLeads, TaskMatch?[] matches, bool[] taken)
    {
        var openTasks = Enumerable.Range(0, known.Count).Where(t => !taken[t]).ToList();
        var openRows = Enumerable.Range(0, rowKeys.Length).Where(r => matches[r] is null).ToList();
        if (openTasks.Count == 0 || openRows.Count == 0)
        {
            return;
        }

        var taskBigrams = new Dictionary<int, uint[]>();
        var index = new Dictionary<uint, List<int>>();
        foreach (var t in openTasks)
        {
            var bigrams = NameSimilarity.Bigrams(knownKeys[t]);
            taskBigrams[t] = bigrams;
            foreach (var bigram in bigrams)
            {
                if (!index.TryGetValue(bigram, out var list))
                {
                    index[bigram] = list = [];
                }

                list.Add(t);
            }
        }

        var pairs = new List<(int Row, int Task, double Score, double Rank)>();
        var shared = new Dictionary<int, int>();
        foreach (var r in openRows)
        {
            var rowBigrams = NameSimilarity.Bigrams(rowKeys[r]);
            shared.Clear();
            foreach (var bigram in rowBigrams)
            {
                if (index.TryGetValue(bigram, out var list))
                {
                    foreach (var t in list)
                    {
                        shared[t] = shared.GetValueOrDefault(t) + 1;
                    }
                }
            }

            foreach (var (t, count) in shared)
            {
                var dice = 2.0 * count / (rowBigrams.Length + taskBigrams[t].Length);
                var score = Contains(rowKeys[r], knownKeys[t]) ? Math.Max(dice, _options.MinSimilarity) : dice;
                if (score >= _options.MinSimilarity)
                {
                    var rank = score + (SameLead(rowLeads[r], knownLeads[t]) ? _options.SameLeadBonus : 0);
                    pairs.Add((r, t, score, rank));
                }
            }
        }

        var ordered = pairs
            .OrderByDescending(p => p.Rank)
            .ThenByDescending(p => p.Score)
            .ThenByDescending(p => known[p.Task].LastSeen)
            .ThenBy(p => p.Row)
            .ThenBy(p => p.Task);
        foreach (var (r, t, score, _) in ordered)
        {
            if (matches[r] is null && !taken[t])
            {
                taken[t] = true;
                matches[r] = new TaskMatch(known[t].TaskId, TaskMatchKind.Similar, Math.Round(score, 4), known[t].Name);
            }
        }
    }

    /// <summary>One key contains the other with a few characters added before or after.</summary>
    private bool Contains(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= _options.MinContainedLength
            && longer.Length - shorter.Length <= _options.MaxAddedChars
            && longer.Contains(shorter, StringComparison.Ordinal);
    }

    private static bool SameLead(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.Ordinal);

    private static string? LeadKey(TaskKeyCache keys, string? leadUnit) =>
        leadUnit is null ? null : keys.Of(leadUnit) is { Length: > 0 } key ? key : null;
}
