using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>The ledger year's task index that ingest keeps from month to month instead of rebuilding it.</summary>
public sealed class TaskIndexTests
{
    private static readonly ReportMonth May = new(2024, 5);
    private static readonly ReportMonth June = new(2024, 6);

    private readonly TaskMatcher _matcher = new();

    [Fact]
    public void Remember_RenamedTask_IsFoundByItsNewNameOnly()
    {
        var index = new TaskIndex([new KnownTask("OV2024-A", "推进医共体建设", "县卫健局", May)]);

        // June renames the task; from July the new name is the one matched exactly, the old one no longer is.
        index.Remember("OV2024-A", "深化国资国企改革", "县卫健局", June);
        var july = Match(index, ("深化国资国企改革", "县卫健局"), ("推进医共体建设", "县卫健局"));

        Assert.Equal(new TaskMatch("OV2024-A", TaskMatchKind.Exact, 1), july[0]);
        Assert.Equal(TaskMatchKind.New, july[1].Kind);
        Assert.Equal(new KnownTask("OV2024-A", "深化国资国企改革", "县卫健局", June), index[0]);
    }

    [Fact]
    public void Remember_AnEarlierMonth_ChangesNothing()
    {
        var index = new TaskIndex([new KnownTask("OV2024-A", "推进医共体建设", "县卫健局", June)]);

        index.Remember("OV2024-A", "推进医共体建设工程", "县医保局", May);

        Assert.Equal(new KnownTask("OV2024-A", "推进医共体建设", "县卫健局", June), index[0]);
    }

    [Fact]
    public void Match_SharedKey_TakesTheSameLeadThenTheMostRecentlySeen()
    {
        // Three tasks share the key 推进医共体建设: B (县医保局, May), C (县卫健局, May), D (县医保局, June).
        var index = new TaskIndex(
        [
            new KnownTask("OV2024-B", "推进医共体建设", "县医保局", May),
            new KnownTask("OV2024-C", "1.推进医共体建设", "县卫健局", May),
            new KnownTask("OV2024-D", "推进医共体建设。", "县医保局", June),
        ]);

        // Row 1 (县卫健局) takes C, the only one with its lead unit; row 2 (no lead unit) takes the most recent, D;
        // row 3 takes what is left, B; row 4 finds none left and is new.
        var july = Match(index, ("推进医共体建设", "县卫健局"), ("推进医共体建设", null), ("推进医共体建设", null), ("推进医共体建设", null));

        Assert.Equal(["OV2024-C", "OV2024-D", "OV2024-B"], july.Take(3).Select(m => m.TaskId));
        Assert.Equal(TaskMatchKind.New, july[3].Kind);
    }

    [Fact]
    public void Remember_TaskLeavesASharedKey_TheOtherIsFoundAlone()
    {
        var index = new TaskIndex([new KnownTask("OV2024-B", "推进医共体建设", "县医保局", May), new KnownTask("OV2024-C", "推进医共体建设", "县卫健局", May)]);

        index.Remember("OV2024-B", "推进数字政府建设", "县医保局", June);
        var july = Match(index, ("推进医共体建设", "县医保局"), ("推进数字政府建设", "县卫健局"));

        Assert.Equal(["OV2024-C", "OV2024-B"], july.Select(m => m.TaskId));
        Assert.All(july, m => Assert.Equal(TaskMatchKind.Exact, m.Kind));
    }

    private TaskMatch[] Match(TaskIndex index, params (string Name, string? Lead)[] rows)
    {
        var result = new TaskMatch[rows.Length];
        _matcher.Match(Ledger.Overall, 2024, index, rows.Select(r => new TaskCandidate(r.Name, r.Lead)).ToArray(), result);
        return result;
    }
}
