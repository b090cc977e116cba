using ReformAnalytics.Model;
using ReformAnalytics.Sample.Simulation;

namespace ReformAnalytics.Tests.Sample;

/// <summary>
/// The hidden causes documented in ProgressModel act as documented: a year of four counties is simulated
/// (seed fixed) and each cause must show in the outcome an analyst could measure. The thresholds are loose
/// on purpose (each effect is far larger in the simulation); they fail when a cause stops acting.
/// </summary>
public sealed class HiddenCauseTests
{
    private static readonly string[] OnTrack = ["推进中", "序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "达进度"];
    private static readonly string[] TroubleWords = ["困难", "协调", "尚未", "暂缓", "资金缺口"];
    private static readonly Lazy<Simulated> Year = new(Simulate);

    [Fact]
    public void SpringFestival_JanuaryAndFebruaryGainsAreWellBelowMarchAndApril()
    {
        var gain = Year.Value.MeanGain;

        Assert.True((gain[1] + gain[2]) < 0.7 * (gain[3] + gain[4]), $"Jan+Feb {gain[1] + gain[2]:F1}, Mar+Apr {gain[3] + gain[4]:F1}");
    }

    [Fact]
    public void Narrative_TroubleWordsGoWithRealLag()
    {
        var rows = Year.Value.Rows;
        double Share(IEnumerable<Row> r) => r.Average(x => TroubleWords.Any(x.Text.Contains) ? 1.0 : 0.0);

        var lagging = Share(rows.Where(r => r.Lag > 12));
        var onPlan = Share(rows.Where(r => r.Lag <= 0));
        Assert.True(lagging > 3 * onPlan, $"lagging {lagging:F2}, on plan {onPlan:F2}");
        Assert.True(onPlan > 0, "some good months mention 协调 too");
    }

    [Fact]
    public void OptimisticUnits_WriteOnTrackPhrasesOverLag_HonestUnitsMostlyDoNot()
    {
        var lagging = Year.Value.Rows.Where(r => r.Lag > 12).ToArray();
        double Masked(IEnumerable<Row> r) => r.Average(x => OnTrack.Contains(x.Status) ? 1.0 : 0.0);

        Assert.True(Masked(lagging.Where(r => r.Task.Lead.Optimism >= 0.55)) > 0.6);
        Assert.True(Masked(lagging.Where(r => r.Task.Lead.Optimism <= 0.35)) < 0.35);
    }

    [Fact]
    public void WeakUnits_OverloadedLeaders_HardTasks_LocalPilots_AndStalls_FinishOnTimeLessOften()
    {
        var tasks = Year.Value.Tasks.Where(t => !t.Deadline.OpenEnded).ToArray();
        double OnTime(Func<SampleTask, bool> which) => tasks.Where(which).Average(t => t.CompletedMonth > 0 && t.CompletedMonth <= t.Deadline.Due!.Value.Month ? 1.0 : 0.0);

        Assert.True(OnTime(t => t.Lead.Capacity < 0.85) < OnTime(t => t.Lead.Capacity > 1.15) - 0.2);
        Assert.True(OnTime(t => t.Leader.LoadFactor < 0.85) < OnTime(t => t.Leader.LoadFactor >= 0.99) - 0.1);
        Assert.True(OnTime(t => t.Difficulty >= 4) < OnTime(t => t.Difficulty <= 2) - 0.2);
        Assert.True(OnTime(t => t.Ledger == Ledger.LocalPilot) < OnTime(t => t.Ledger == Ledger.AssignedPilot) - 0.1);
        Assert.True(OnTime(Year.Value.Stalled.Contains) < 0.5 * OnTime(t => !Year.Value.Stalled.Contains(t)));
    }

    [Fact]
    public void DocumentTasks_WaitAt90ForApproval()
    {
        var waiting = Year.Value.Rows.Where(r => r.Task.Phase == TaskPhase.AwaitingApproval).ToArray();

        Assert.NotEmpty(waiting);
        Assert.All(waiting, r => Assert.Equal("制定出台", r.Task.Kind));
    }

    private static Simulated Simulate()
    {
        const int seed = 20240601;
        var counties = Enumerable.Range(0, 4).Select(i => CountyBuilder.Build(seed, i)).ToArray();
        var tasks = counties.SelectMany(c => TaskBuilder.BuildYear(seed, c, 2024, 2, 0)).ToList();
        var gain = new double[13];
        var count = new int[13];
        var rows = new List<Row>();
        var stalled = new HashSet<SampleTask>();
        for (var month = 1; month <= 12; month++)
        {
            foreach (var task in tasks)
            {
                var before = task.Progress;
                ProgressModel.Advance(task, month);
                var row = StatusReporter.Report(task, 2024, month);
                if (task.Phase == TaskPhase.Working && !task.IsDocument)
                {
                    gain[month] += task.Progress - before;
                    count[month]++;
                }

                if (task.Phase == TaskPhase.Stalled)
                {
                    stalled.Add(task);
                }

                if (task.Phase is TaskPhase.Working or TaskPhase.Stalled or TaskPhase.AwaitingApproval)
                {
                    rows.Add(new Row(task, (100 * ProgressModel.Planned(task, 2024, month)) - task.Progress, row.StatusText, row.ProgressText));
                }
            }
        }

        return new Simulated(tasks, rows, stalled, gain.Select((g, m) => count[m] == 0 ? 0 : g / count[m]).ToArray());
    }

    private sealed record Row(SampleTask Task, double Lag, string Status, string Text);

    private sealed record Simulated(IReadOnlyList<SampleTask> Tasks, IReadOnlyList<Row> Rows, IReadOnlySet<SampleTask> Stalled, double[] MeanGain);
}
