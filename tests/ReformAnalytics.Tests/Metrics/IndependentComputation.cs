using System.Collections;
using DuckDB.NET.Data;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// A second, plain C# reading of docs/metrics.md over the raw snapshots, written without looking at the SQL:
/// enough of task_status to count completed, on time, overdue, behind, stalled and the mean lag per unit,
/// and the missing returns.
/// </summary>
internal static class IndependentComputation
{
    public sealed record Snapshot(
        string Ledger, string TaskId, DateOnly Month, DateOnly StatusDate, string Unit, DateOnly? Deadline, bool OpenEnded,
        DateOnly Start, IReadOnlyList<DateOnly> Milestones, string DeadlineKind, double? Progress, string Status);

    public sealed record TaskFigures(Snapshot Row, bool Completed, double? Actual, double? Planned, bool Overdue, int StalledMonths, DateOnly? CompletedMonth, bool WasOverdue)
    {
        public bool HasDeadline => !Row.OpenEnded && Row.Deadline is not null;

        public double? Lag => HasDeadline && Planned is { } p && Actual is { } a ? p - a : null;
    }

    public sealed record UnitFigures(int DeadlineTasks, int OpenEnded, int Completed, int OnTime, int Overdue, int Behind, int Stalled, double? MeanLag, int Expected, int Missing);

    public static async Task<List<Snapshot>> ReadAsync(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ledger, task_id, report_month, status_date, lead_unit, deadline, open_ended, planned_start, milestone_dates, deadline_kind, progress_pct, status FROM snapshots";
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Snapshot>();
        while (await reader.ReadAsync())
        {
            var milestones = reader.IsDBNull(8) ? [] : ((IEnumerable)reader.GetValue(8)).Cast<object>().Select(o => (DateOnly)o).ToList();
            rows.Add(new Snapshot(
                reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetBoolean(6), reader.GetFieldValue<DateOnly>(7),
                milestones, reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetDouble(10), reader.GetString(11)));
        }

        return rows;
    }

    /// <summary>Every task's figures at every month it was reported.</summary>
    public static List<TaskFigures> Figures(IEnumerable<Snapshot> snapshots)
    {
        var result = new List<TaskFigures>();
        foreach (var task in snapshots.GroupBy(s => (s.Ledger, s.TaskId)))
        {
            double? previous = null;
            var run = 0;
            DateOnly? firstCompleted = null;
            var first = true;
            var wasOverdue = false;
            foreach (var row in task.OrderBy(s => s.Month))
            {
                var completed = row.Status == "completed" || row.Progress >= 100;
                double? actual = completed ? 100 : row.Progress is { } p ? Math.Max(p, 0) : row.Status == "not_started" ? 0 : null;
                run = !first && !completed && actual is not null && previous is not null && actual == previous ? run + 1 : 0;
                first = false;
                previous = actual;
                // A completion counts from the month it began without a break: a row not completed starts over.
                firstCompleted = completed ? firstCompleted ?? row.Month : null;

                var hasDeadline = !row.OpenEnded && row.Deadline is not null;
                var overdue = hasDeadline && row.StatusDate > row.Deadline && !completed;
                result.Add(new TaskFigures(row, completed, actual, hasDeadline ? Planned(row) : null, overdue, run, completed ? firstCompleted : null, wasOverdue));
                wasOverdue |= overdue;
            }
        }

        return result;
    }

    /// <summary>Share of the plan due at the status date: a straight line from start to deadline, or one equal step per milestone.</summary>
    private static double Planned(Snapshot row)
    {
        var deadline = row.Deadline!.Value;
        if (deadline <= row.Start)
        {
            return row.StatusDate >= deadline ? 100 : 0;
        }

        var points = row.DeadlineKind == "milestones" && row.Milestones.Count >= 2 ? row.Milestones : [deadline];
        var from = row.Start;
        for (var j = 0; j < points.Count; j++)
        {
            if (row.StatusDate < points[j])
            {
                var within = Math.Clamp((double)(row.StatusDate.DayNumber - from.DayNumber) / (points[j].DayNumber - from.DayNumber), 0, 1);
                return 100 * (j + within) / points.Count;
            }

            from = points[j];
        }

        return 100;
    }

    public static Dictionary<string, UnitFigures> ByUnit(IReadOnlyList<Snapshot> snapshots, DateOnly month, double behindLag = 10, int stalledFrom = 2)
    {
        var all = Figures(snapshots);
        var figures = all.Where(f => f.Row.Month == month).ToList();
        var ledgerMonths = snapshots.Select(s => (s.Ledger, s.Month)).ToHashSet();

        // A task reported completed and then left out of its ledger (销号) stays completed in each later stored month of
        // the year, until it is reported again (docs/metrics.md, carried rows).
        foreach (var task in all.Where(f => f.Row.Month.Year == month.Year && f.Row.Month < month).GroupBy(f => (f.Row.Ledger, f.Row.TaskId)))
        {
            var last = task.MaxBy(f => f.Row.Month)!;
            if (last.Completed && ledgerMonths.Contains((last.Row.Ledger, month)) && !figures.Exists(f => f.Row.Ledger == last.Row.Ledger && f.Row.TaskId == last.Row.TaskId))
            {
                figures.Add(last with { Row = last.Row with { Month = month }, StalledMonths = 0 });
            }
        }

        var presentNow = snapshots.Where(s => s.Month == month).Select(s => (s.Ledger, s.TaskId)).ToHashSet();
        var unitsNow = snapshots.Where(s => s.Month == month).Select(s => (s.Ledger, s.Unit)).ToHashSet();

        // Owed in M (docs/metrics.md): the task's last row before M in the same year is open, every month of the ledger
        // from then to M is stored, and M is the month after it, or the task comes back after M, or its unit sent
        // nothing in M. January opens a new ledger year with new task ids: nothing is owed from December.
        var expected = new List<TaskFigures>();
        foreach (var task in all.Where(f => f.Row.Month.Year == month.Year).GroupBy(f => (f.Row.Ledger, f.Row.TaskId)))
        {
            var last = task.Where(f => f.Row.Month < month).MaxBy(f => f.Row.Month);
            if (last is null || last.Completed || !ledgerMonths.Contains((last.Row.Ledger, month)))
            {
                continue;
            }

            var stored = true;
            for (var m = last.Row.Month.AddMonths(1); m < month; m = m.AddMonths(1))
            {
                stored &= ledgerMonths.Contains((last.Row.Ledger, m));
            }

            var comesBack = task.Any(f => f.Row.Month >= month);
            if (stored && (last.Row.Month.AddMonths(1) == month || comesBack || !unitsNow.Contains((last.Row.Ledger, last.Row.Unit))))
            {
                expected.Add(last);
            }
        }

        var units = figures.Select(f => f.Row.Unit).Concat(expected.Select(f => f.Row.Unit)).Distinct();
        return units.ToDictionary(
            unit => unit,
            unit =>
            {
                var mine = figures.Where(f => f.Row.Unit == unit).ToList();
                var dated = mine.Where(f => f.HasDeadline).ToList();
                var open = dated.Where(f => !f.Completed && f.Lag is not null).ToList();
                var mineExpected = expected.Where(f => f.Row.Unit == unit).ToList();
                return new UnitFigures(
                    dated.Count,
                    mine.Count(f => f.Row.OpenEnded),
                    dated.Count(f => f.Completed),
                    dated.Count(f => f.Completed && !f.WasOverdue && f.CompletedMonth <= new DateOnly(f.Row.Deadline!.Value.Year, f.Row.Deadline.Value.Month, 1)),
                    dated.Count(f => f.Overdue),
                    dated.Count(f => !f.Completed && f.Lag >= behindLag),
                    mine.Count(f => !f.Completed && f.StalledMonths >= stalledFrom),
                    open.Count == 0 ? null : open.Average(f => f.Lag!.Value),
                    mineExpected.Count,
                    mineExpected.Count(f => !presentNow.Contains((f.Row.Ledger, f.Row.TaskId))));
            },
            StringComparer.Ordinal);
    }
}
