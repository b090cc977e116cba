using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Writes a task's row for the month from its true state, the way its unit reports: the figure (rounded to
/// tens for 制定出台 tasks, to fives or units by habit, sometimes left blank, mostly blank for open-ended
/// tasks), the status phrase (an optimistic unit writes its on-track phrase over a lag it should call 滞后)
/// and the narrative.
/// </summary>
internal static class StatusReporter
{
    public static TaskMonthRow Report(SampleTask task, int year, int month)
    {
        var rng = task.Rng;
        var unit = task.Lead;
        var planned = 100 * ProgressModel.Planned(task, year, month);
        var gap = planned - task.Progress;
        var overdue = task.Deadline.Due is { } due && due < new DateOnly(year, month, DateTime.DaysInMonth(year, month)) && task.CompletedMonth == 0;
        var trouble = task.Phase == TaskPhase.Stalled || gap > 12 || overdue;
        var status = task.Phase switch
        {
            TaskPhase.Closed => unit.ClosesOut ? unit.ClosedPhrase : unit.CompletedPhrase,
            TaskPhase.CompletedNow => (task.Deadline.Due?.Month ?? 12) - month >= 2 && rng.Chance(0.5) ? LedgerPhrases.CompletedEarly : unit.CompletedPhrase,
            TaskPhase.NotStarted => rng.Pick(LedgerPhrases.NotStarted),
            TaskPhase.Suspended => rng.Pick(LedgerPhrases.Suspended),
            _ when gap <= -15 && unit.ClaimsAhead => rng.Pick(LedgerPhrases.Ahead),
            _ when gap <= 10 && !overdue => rng.Chance(0.85) ? unit.OnTrackPhrase : rng.Pick(LedgerPhrases.OnTrack),
            _ => rng.Chance(unit.Optimism) ? unit.OnTrackPhrase : unit.BehindPhrase,
        };

        var habit = rng.Chance(0.05) ? (FigureHabit)rng.Next(3) : unit.Habit;
        var narrative = NarrativeWriter.Compose(task, year, month, trouble, rng);
        return new TaskMonthRow(task.NameIn(month), Figure(task, rng), habit, status, narrative);
    }

    private static double? Figure(SampleTask task, Random rng)
    {
        switch (task.Phase)
        {
            case TaskPhase.Closed or TaskPhase.CompletedNow:
                return 100;
            case TaskPhase.NotStarted:
                return rng.Chance(0.5) ? 0 : null;
        }

        if (rng.Chance(task.Deadline.OpenEnded ? 0.6 : task.Lead.BlankFigureRate))
        {
            return null;
        }

        var value = task.IsDocument ? Math.Floor(task.Progress / 10) * 10
            : task.Lead.RoundsToFive ? Math.Round(task.Progress / 5, MidpointRounding.AwayFromZero) * 5
            : Math.Round(task.Progress, MidpointRounding.AwayFromZero);
        return Math.Min(value, 99);
    }
}
