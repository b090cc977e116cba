using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Pages;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The line above 报送情况 (whom to call), on hand-made rows of reporting_discipline: 县教育局 owed 3 and returned none, 县司法局
/// owed 2 and returned 1, 县发改局 owed 4 and returned all, 县林业局 owed 1 and returned none.
/// </summary>
public sealed class DisciplineSummaryTests
{
    private static readonly string[] Columns = ["lead_unit", "expected_returns", "returned", "missing_returns"];

    private static readonly string[] Types = ["VARCHAR", "INTEGER", "INTEGER", "INTEGER"];

    [Fact]
    public void UnitsThatSentNothing_ComeFirst_ThenThoseWhoseReturnLeftTasksOut()
    {
        var table = new ResultTable(Columns, Types,
        [
            ["县教育局", 3, 0, 3],
            ["县司法局", 2, 1, 1],
            ["县发改局", 4, 4, 0],
            ["县林业局", 1, 0, 1],
        ], false);

        Assert.Equal(
            "<p class=\"notice warn\">本月没有任何报送的单位 2 个：县教育局（3项）、县林业局（1项）；报送件中少报任务的单位 1 个：县司法局（1项）。</p>",
            ListSpecs.Unreturned(table));
    }

    [Fact]
    public void NoUnitOwingAReturn_MissedOne_SaysSo_AndAnEmptyMonthSaysNothing()
    {
        Assert.Equal(
            "<p class=\"notice\">本月应报送的单位都已报送，没有漏报。</p>",
            ListSpecs.Unreturned(new ResultTable(Columns, Types, [["县发改局", 4, 4, 0]], false)));
        Assert.Equal(string.Empty, ListSpecs.Unreturned(new ResultTable(Columns, Types, [], false)));
    }
}
