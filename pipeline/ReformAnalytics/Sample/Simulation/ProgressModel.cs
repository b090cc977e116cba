using ReformAnalytics.Model;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Moves a task one month forward. These are the hidden causes of progress, all in one place; none of them
/// is written in the data, and a careful analysis of the ledger history (or a model trained on it) can
/// find each:
/// <list type="number">
/// <item>Unit capacity (<see cref="CountyUnit.Capacity"/>, 0.6–1.35): every task of a weak unit moves slower.</item>
/// <item>Unit optimism (<see cref="CountyUnit.Optimism"/>, in <see cref="StatusReporter"/>): weak units tend to
/// write 序时推进 while their figures lag; the figures themselves are honest.</item>
/// <item>Difficulty (1–5, from the group's hardness, the object — 改革 and 体系 are harder than 落实…制度 — the
/// kind and chance): hard tasks move slower and stall more.</item>
/// <item>Kind: 制定出台 tasks move fast to a draft, then wait at 90% for the committee's approval (a monthly
/// chance that rises with the unit's capacity and falls in January and February); 推进落实 tasks move
/// steadily and somewhat slower.</item>
/// <item>Leader load (<see cref="CountyLeader.LoadFactor"/>): a leader answering for more tasks than the county's
/// average slows all of them.</item>
/// <item>Ledger: pilots assigned by higher levels move steadily (supervised from above, little noise, few stalls);
/// local pilots are noisy, start later and stall more often.</item>
/// <item>Season: Spring Festival (January, February), National Day (October) and year end (December) slow the
/// work; March, June (the 双过半 mid-year check), September and November push it.</item>
/// <item>Stalls: a task between 10% and 85% may stall for 2–5 months without any change (more likely when hard,
/// when its unit is weak, its leader overloaded, or it is a local pilot), and loses momentum afterwards, so a
/// stall usually comes before the task slips past its deadline.</item>
/// <item>Suspension: rarely, a task is suspended (暂缓) for a few months by a decision from above.</item>
/// <item>Narrative words follow the true state, not the reported status (<see cref="NarrativeWriter"/>).</item>
/// </list>
/// </summary>
internal static class ProgressModel
{
    private static readonly double[] WorkSeason = [0.45, 0.5, 1.1, 1.05, 1.0, 1.2, 0.95, 0.9, 1.1, 0.85, 1.05, 0.85];
    private static readonly double[] ApprovalSeason = [0.3, 0.3, 1.0, 1.0, 1.0, 1.3, 0.9, 0.8, 1.0, 0.8, 1.0, 1.2];
    private static readonly double[] DifficultyFactor = [1.18, 1.06, 0.96, 0.84, 0.7];

    /// <summary>Advances <paramref name="task"/> to the end of <paramref name="month"/> and sets its phase.</summary>
    public static void Advance(SampleTask task, int month)
    {
        var rng = task.Rng;
        if (task.CompletedMonth > 0)
        {
            task.Phase = TaskPhase.Closed;
            return;
        }

        if (!task.Started && month - task.FirstMonth + 1 <= task.StartDelay)
        {
            task.Phase = TaskPhase.NotStarted;
            return;
        }

        task.Started = true;
        if (task.SuspendedLeft > 0)
        {
            task.SuspendedLeft--;
            task.Phase = TaskPhase.Suspended;
            return;
        }

        if (task.StallLeft > 0)
        {
            task.StallLeft--;
            if (task.StallLeft == 0)
            {
                task.Momentum *= 0.7;
            }

            task.Phase = TaskPhase.Stalled;
            return;
        }

        if (task.IsDocument && task.Progress >= 90)
        {
            if (month < task.ApprovalNotBefore)
            {
                task.Phase = TaskPhase.AwaitingApproval;
                return;
            }

            Approve(task, month);
            return;
        }

        if (!task.Deadline.OpenEnded && task.Progress is >= 10 and <= 85 && rng.Chance(StallChance(task)))
        {
            task.StallLeft = rng.Next(1, 5);
            task.Phase = TaskPhase.Stalled;
            return;
        }

        if (rng.Chance(task.Ledger == Ledger.LocalPilot ? 0.004 : 0.002))
        {
            task.SuspendedLeft = rng.Next(1, 4);
            task.Phase = TaskPhase.Suspended;
            return;
        }

        Work(task, month);
    }

    /// <summary>Share of the planned window gone at the end of <paramref name="month"/> (0–1).</summary>
    public static double Planned(SampleTask task, int year, int month)
    {
        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var start = new DateOnly(year, task.FirstMonth, 1);
        var due = task.Deadline.Due ?? new DateOnly(year, 12, 31);
        var window = due.DayNumber - start.DayNumber;
        return window <= 0 ? 1.0 : Math.Clamp((double)(end.DayNumber - start.DayNumber) / window, 0, 1);
    }

    private static void Work(SampleTask task, int month)
    {
        var rng = task.Rng;
        var dueMonth = task.Deadline.Due?.Month ?? 12;
        var window = Math.Max(2, dueMonth - task.FirstMonth + 1);
        var pace = 160.0 / window * (task.Deadline.OpenEnded ? 0.9 : 1.0);
        var sigma = task.Ledger switch { Ledger.AssignedPilot => 0.18, Ledger.LocalPilot => 0.4, _ => 0.28 };
        var noise = Math.Exp((sigma * rng.Normal()) - (sigma * sigma / 2));
        var ledgerFactor = task.Ledger switch { Ledger.AssignedPilot => 1.08, Ledger.LocalPilot => 0.92, _ => 1.0 };
        var kindFactor = task.IsDocument ? 1.1 : 0.92;
        var step = pace * task.Lead.Capacity * task.Leader.LoadFactor * kindFactor * DifficultyFactor[task.Difficulty - 1]
            * ledgerFactor * WorkSeason[month - 1] * task.Momentum * noise;
        task.Progress += step;
        task.Phase = TaskPhase.Working;
        if (task.Deadline.OpenEnded)
        {
            task.Progress = Math.Min(task.Progress, 95);
        }
        else if (task.IsDocument)
        {
            task.Progress = Math.Min(task.Progress, 90);
        }
        else if (task.Progress >= 100)
        {
            task.Progress = 100;
            task.CompletedMonth = month;
            task.Phase = TaskPhase.CompletedNow;
        }
    }

    private static void Approve(SampleTask task, int month)
    {
        if (task.Rng.Chance(0.45 * task.Lead.Capacity * ApprovalSeason[month - 1]))
        {
            task.Progress = 100;
            task.CompletedMonth = month;
            task.Phase = TaskPhase.CompletedNow;
        }
        else
        {
            task.Phase = TaskPhase.AwaitingApproval;
        }
    }

    private static double StallChance(SampleTask task)
    {
        var ledger = task.Ledger switch { Ledger.AssignedPilot => 0.6, Ledger.LocalPilot => 1.7, _ => 1.0 };
        var unit = task.Lead.Capacity < 0.85 ? 1.6 : 1.0;
        var leader = task.Leader.LoadFactor < 0.8 ? 1.3 : 1.0;
        return 0.008 * task.Difficulty * ledger * unit * leader;
    }
}
