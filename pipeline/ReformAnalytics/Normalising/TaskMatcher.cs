using System.Buffers;
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
/// lead unit, special group and heading (<see cref="SnapshotRow.TaskHeading"/>) is taken first, then the same lead unit and
/// group, then the same lead unit, then the same group, then the most recently seen.</item>
/// <item>Similar, for rows and tasks left over: a pair qualifies when the character-bigram Dice similarity of the
/// keys is at least 0.8, or when one key contains the other, the shorter has at least 6 characters and at most 6
/// were added before or after it, or (same lead unit only) when the keys, of at least 5 characters, are one character
/// apart (a typo fixed). A task closed out before the month (last reported completed, absent from the month before) is
/// matched, exactly or by similarity, only by a row of its own lead unit. Pairs are taken greedily, best first, ranked by similarity plus 0.05 when the
/// lead units agree (then the more recently seen task, then row and task order); each known task is taken at
/// most once per month, each row once. Thresholds are in <see cref="TaskMatcherOptions"/>.</item>
/// <item>New: any other row is a new task (a task added mid-year begins its own history), with the id
/// <see cref="TaskIds.New"/> makes from its name key, unique among the known ids and those given this month.</item>
/// </list>
/// Exact matching is a lookup in the <see cref="TaskIndex"/>, kept from month to month; the similar-name search only compares leftovers that share a bigram,
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

    /// <summary>Matches a month's rows against <paramref name="known"/>, listed in the order the rule calls list order.</summary>
    public IReadOnlyList<TaskMatch> Match(Ledger ledger, int ledgerYear, IReadOnlyList<KnownTask> known, IReadOnlyList<TaskCandidate> rows)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(rows);
        var index = new TaskIndex(known);
        var result = new TaskMatch[rows.Count];
        Match(ledger, ledgerYear, index, rows, result);
        return result;
    }

    /// <summary>
    /// Matches a month's rows against the tasks of <paramref name="index"/> (the ledger year so far), writing one
    /// <see cref="TaskMatch"/> per row into <paramref name="result"/>. The index is not changed: the caller
    /// remembers the month's rows once their ids are final (<see cref="TaskIndex.Remember"/>).
    /// <paramref name="taken"/> lists ids the month already has (rows of other units kept when a unit's late
    /// return is merged in): no row is matched to them, and no new id repeats them.
    /// </summary>
    /// <paramref name="month"/> is the month the rows are of: a task that was last reported completed and has been out of the
    /// ledger since before the month before it (closed out, 销号) is then matched only by a row of its own lead unit.
    public void Match(Ledger ledger, int ledgerYear, TaskIndex index, IReadOnlyList<TaskCandidate> rows, Span<TaskMatch> result, IReadOnlyCollection<string>? taken = null, ReportMonth? month = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(rows);
        if (result.Length < rows.Count)
        {
            throw new ArgumentException("The result must hold one match per row.", nameof(result));
        }

        // Month-sized scratch arrays come from the shared pool: a month of the overall ledger has tens of
        // thousands of rows, and fresh arrays that size would each be a large-object allocation.
        var n = rows.Count;
        var rowKeys = ArrayPool<string>.Shared.Rent(n);
        var rowLeads = ArrayPool<string?>.Shared.Rent(n);
        var matched = ArrayPool<bool>.Shared.Rent(n);
        var takenTasks = ArrayPool<bool>.Shared.Rent(index.Count);
        try
        {
            Array.Clear(matched, 0, n);
            Array.Clear(takenTasks, 0, index.Count);
            foreach (var id in taken ?? [])
            {
                if (index.PositionOf(id) is int at)
                {
                    takenTasks[at] = true;
                }
            }

            for (var r = 0; r < n; r++)
            {
                var row = rows[r];
                rowKeys[r] = index.Keys.Of(row.Name);
                rowLeads[r] = index.LeadKey(row.LeadUnit);
            }

            var closed = ClosedTasks(index, month);
            MatchExact(index, rows, rowKeys, rowLeads, n, result, matched, takenTasks, closed);
            MatchSimilar(index, rowKeys, rowLeads, n, result, matched, takenTasks, closed);

            HashSet<string>? given = taken is { Count: > 0 } ? new HashSet<string>(taken, StringComparer.Ordinal) : null;
            for (var r = 0; r < n; r++)
            {
                if (!matched[r])
                {
                    given ??= new HashSet<string>(StringComparer.Ordinal);
                    result[r] = new TaskMatch(TaskIds.New(ledger, ledgerYear, rowKeys[r], id => !index.ContainsId(id) && given.Add(id)), TaskMatchKind.New, 0);
                }
            }
        }
        finally
        {
            ArrayPool<string>.Shared.Return(rowKeys, clearArray: true);
            ArrayPool<string?>.Shared.Return(rowLeads, clearArray: true);
            ArrayPool<bool>.Shared.Return(matched);
            ArrayPool<bool>.Shared.Return(takenTasks);
        }
    }

    /// <summary>The tasks closed out before <paramref name="month"/>: last reported completed, and absent from the month before it.</summary>
    private static HashSet<int>? ClosedTasks(TaskIndex index, ReportMonth? month)
    {
        if (month is not { } m)
        {
            return null;
        }

        HashSet<int>? closed = null;
        var previous = m.Previous();
        for (var t = 0; t < index.Count; t++)
        {
            if (index.LastSeenAt(t) < previous && index.StateAt(t) is { Completed: true })
            {
                (closed ??= []).Add(t);
            }
        }

        return closed;
    }

    private static void MatchExact(TaskIndex index, IReadOnlyList<TaskCandidate> rows, string[] rowKeys, string?[] rowLeads, int n, Span<TaskMatch> result, bool[] matched, bool[] taken, HashSet<int>? closed)
    {
        // Passes so that, among rows sharing a key, those with a known task of the same lead unit, special group and heading
        // choose first (two 制定实施方案 of 县教育局, one under each of two headings), then the same lead unit and group, then
        // the same lead unit, then the same group (two 健全工作机制 of 县发改局, one per group, keep their own histories when
        // the rows swap places). Candidates of a key: the most recently seen first, then in list order.
        foreach (var (sameLeadOnly, sameGroupOnly, sameHeadingOnly) in (ReadOnlySpan<(bool, bool, bool)>)[(true, true, true), (true, true, false), (true, false, false), (false, true, false), (false, false, false)])
        {
            for (var r = 0; r < n; r++)
            {
                if (matched[r])
                {
                    continue;
                }

                var best = -1;
                var candidates = index.WithKey(rowKeys[r]);
                for (var k = 0; k < candidates.Count; k++)
                {
                    var c = candidates[k];
                    var sameLead = SameLead(rowLeads[r], index.LeadKeyAt(c));
                    if (!taken[c] && (!sameLeadOnly || sameLead) && (sameLead || closed is null || !closed.Contains(c))
                        && (!sameGroupOnly || string.Equals(rows[r].SpecialGroup, index.GroupAt(c), StringComparison.Ordinal))
                        && (!sameHeadingOnly || (rows[r].TaskHeading is not null && string.Equals(rows[r].TaskHeading, index.HeadingAt(c), StringComparison.Ordinal)))
                        && (best < 0 || index.LastSeenAt(c) > index.LastSeenAt(best)))
                    {
                        best = c;
                    }
                }

                if (best >= 0)
                {
                    taken[best] = true;
                    matched[r] = true;
                    result[r] = new TaskMatch(index.IdAt(best), TaskMatchKind.Exact, 1);
                }
            }
        }
    }

    private void MatchSimilar(TaskIndex index, string[] rowKeys, string?[] rowLeads, int n, Span<TaskMatch> result, bool[] matched, bool[] taken, HashSet<int>? closed)
    {
        var openRows = new List<int>();
        for (var r = 0; r < n; r++)
        {
            if (!matched[r])
            {
                openRows.Add(r);
            }
        }

        if (openRows.Count == 0)
        {
            return;
        }

        var taskBigrams = new Dictionary<int, uint[]>();
        var bigramIndex = new Dictionary<uint, List<int>>();
        for (var t = 0; t < index.Count; t++)
        {
            if (taken[t])
            {
                continue;
            }

            var bigrams = NameSimilarity.Bigrams(index.KeyAt(t));
            taskBigrams[t] = bigrams;
            foreach (var bigram in bigrams)
            {
                if (!bigramIndex.TryGetValue(bigram, out var list))
                {
                    bigramIndex[bigram] = list = [];
                }

                list.Add(t);
            }
        }

        if (taskBigrams.Count == 0)
        {
            return;
        }

        var pairs = new List<(int Row, int Task, double Score, double Rank)>();
        var shared = new Dictionary<int, int>();
        foreach (var r in openRows)
        {
            var rowBigrams = NameSimilarity.Bigrams(rowKeys[r]);
            shared.Clear();
            foreach (var bigram in rowBigrams)
            {
                if (bigramIndex.TryGetValue(bigram, out var list))
                {
                    foreach (var t in list)
                    {
                        shared[t] = shared.GetValueOrDefault(t) + 1;
                    }
                }
            }

            foreach (var (t, count) in shared)
            {
                var sameLead = SameLead(rowLeads[r], index.LeadKeyAt(t));
                if (!sameLead && closed is not null && closed.Contains(t))
                {
                    continue;
                }

                var dice = 2.0 * count / (rowBigrams.Length + taskBigrams[t].Length);
                var score = Contains(rowKeys[r], index.KeyAt(t)) || (sameLead && OneCharacterApart(rowKeys[r], index.KeyAt(t)))
                    ? Math.Max(dice, _options.MinSimilarity)
                    : dice;
                if (score >= _options.MinSimilarity)
                {
                    var rank = score + (sameLead ? _options.SameLeadBonus : 0);
                    pairs.Add((r, t, score, rank));
                }
            }
        }

        var ordered = pairs
            .OrderByDescending(p => p.Rank)
            .ThenByDescending(p => p.Score)
            .ThenByDescending(p => index.LastSeenAt(p.Task))
            .ThenBy(p => p.Row)
            .ThenBy(p => p.Task);
        foreach (var (r, t, score, _) in ordered)
        {
            if (!matched[r] && !taken[t])
            {
                taken[t] = true;
                matched[r] = true;
                result[r] = new TaskMatch(index.IdAt(t), TaskMatchKind.Similar, Math.Round(score, 4), index.NameAt(t));
            }
        }
    }

    /// <summary>
    /// Two keys of at least <see cref="TaskMatcherOptions.MinOneEditLength"/> characters one character apart (one changed,
    /// added or dropped: a typo fixed, 评介 → 评价). Bigram similarity misses these in short names: one character changed in
    /// the middle of an n-character name leaves (n − 3) / (n − 1) of the bigrams, under 0.8 below 11 characters.
    /// </summary>
    private bool OneCharacterApart(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < _options.MinOneEditLength || longer.Length - shorter.Length > 1)
        {
            return false;
        }

        var start = 0;
        while (start < shorter.Length && shorter[start] == longer[start])
        {
            start++;
        }

        if (start == shorter.Length)
        {
            return true; // equal, or one character added at the end
        }

        // Past the first difference the rest must agree: after one changed character, or after one added to the longer.
        var skip = longer.Length == shorter.Length ? 1 : 0;
        return shorter.AsSpan(start + skip).SequenceEqual(longer.AsSpan(start + 1));
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
}
