using System.Globalization;
using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Picks the tasks of the planted cases among the sample county's tasks (county 0 only), each from the
/// plants' own random stream, and changes what they need: the reworded name, the original (wrong) rows of a
/// re-sent month, the bad cell of a month.
/// </summary>
internal static class PlantSelector
{
    /// <summary>A lead unit with 3 to 8 overall tasks in the ledger that month.</summary>
    public static CountyUnit? MissingUnit(IReadOnlyList<SampleTask> overall, int month, Random rng)
    {
        var units = overall.Where(t => t.FirstMonth <= month)
            .GroupBy(t => t.Lead)
            .Where(g => g.Count() is >= 3 and <= 8)
            .Select(g => g.Key)
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .ToArray();
        return units.Length == 0 ? null : rng.Pick(units);
    }

    /// <summary>Adds a word in front of an overall task's name (深化… → 持续深化…) from <paramref name="month"/> on.</summary>
    public static SampleTask? RewordPrefix(IReadOnlyList<SampleTask> overall, CountyUnit? missing, int month, Random rng)
    {
        var candidates = overall.Where(t => t.FirstMonth == 1 && t.Lead != missing).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var task = rng.Pick(candidates);
        task.NewName = LedgerPhrases.RewordPrefixFor(task.Name) + task.Name;
        task.RenamedFrom = month;
        return task;
    }

    /// <summary>Changes the punctuation of a pilot's name from <paramref name="month"/> on: drops the quotes, or half-width brackets, or a full stop.</summary>
    public static SampleTask? RewordPunctuation(IReadOnlyList<SampleTask> pilots, CountyUnit? missing, int month, Random rng)
    {
        var candidates = pilots.Where(t => t.Lead != missing && t.Name.Contains('“', StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
        {
            candidates = pilots.Where(t => t.Lead != missing).ToArray();
        }

        if (candidates.Length == 0)
        {
            return null;
        }

        var task = rng.Pick(candidates);
        var name = task.Name;
        task.NewName = name.Contains('“', StringComparison.Ordinal)
            ? name.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal)
            : name.Contains('（', StringComparison.Ordinal)
                ? name.Replace('（', '(').Replace('）', ')')
                : name + "。";
        task.RenamedFrom = month;
        return task;
    }

    /// <summary>
    /// Three tasks whose figures the original of a re-sent month got wrong: a decimal slip (60 → 6), a figure
    /// not updated (10 points short), and a task wrongly reported done (已完成, 100).
    /// </summary>
    public static List<(SampleTask Task, TaskMonthRow Original, PlantedChange[] Changes)> CorrectionErrors(IReadOnlyList<SampleTask> candidates, Random rng)
    {
        var pool = candidates.Where(t => t.Current is { Figure: >= 20 } && t.Phase is TaskPhase.Working or TaskPhase.Stalled or TaskPhase.AwaitingApproval).ToList();
        if (pool.Count < 3)
        {
            pool = candidates.Where(t => t.Current is { Figure: > 0 } && t.CompletedMonth == 0).ToList();
        }

        rng.Shuffle(pool);
        var errors = new List<(SampleTask, TaskMonthRow, PlantedChange[])>();
        for (var i = 0; i < Math.Min(3, pool.Count); i++)
        {
            var task = pool[i];
            var row = task.Current!;
            var truth = row.Figure!.Value;
            var (original, changes) = i switch
            {
                0 => (row with { Figure = Math.Round(truth / 10) }, new[] { Change(task, row, "progress_pct", Show(Math.Round(truth / 10)), Show(truth)) }),
                1 => (row with { Figure = Math.Max(0, truth - 10) }, [Change(task, row, "progress_pct", Show(Math.Max(0, truth - 10)), Show(truth))]),
                _ => (row with { Figure = 100, StatusText = "已完成" },
                    [Change(task, row, "progress_pct", "100", Show(truth)), Change(task, row, "status_text", "已完成", row.StatusText)]),
            };
            errors.Add((task, original, changes));
        }

        return errors;
    }

    /// <summary>A task of the month's overall ledger to carry a bad cell, and the row with the bad value.</summary>
    public static (SampleTask Task, string Value)? BadCell(IReadOnlyList<SampleTask> candidates, BadCellKind kind, Random rng)
    {
        var pool = kind switch
        {
            BadCellKind.Status => candidates.Where(t => t.Phase is TaskPhase.Working or TaskPhase.AwaitingApproval && t.Progress >= 60).ToArray(),
            _ => candidates.Where(t => t.Phase is TaskPhase.Working).ToArray(),
        };
        if (pool.Length == 0)
        {
            pool = [.. candidates];
        }

        if (pool.Length == 0)
        {
            return null;
        }

        var task = rng.Pick(pool);
        var (row, value) = kind switch
        {
            BadCellKind.Deadline => (task.Current! with { DeadlineOverride = "待定" }, "待定"),
            BadCellKind.Figure => (task.Current! with { FigureOverride = "见附件" }, "见附件"),
            _ => (task.Current! with { StatusText = "基本完成" }, "基本完成"),
        };
        task.Current = row;
        return (task, value);
    }

    private static PlantedChange Change(SampleTask task, TaskMonthRow row, string column, string original, string corrected) =>
        new(row.Name, task.Lead.Name, column, original, corrected);

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
