using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Pages;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The lines above 报送情况 (whom to call), on hand-made rows of return_progress. In the overall ledger 县教育局 owed 3 and
/// sent nothing, 县林业局 owed 1 and sent nothing, 县司法局 owed 2 and left 1 out, 县发改局 owed 4 and sent all; in the
/// local pilots 县司法局 owed 1 and sent nothing.
/// </summary>
public sealed class DisciplineSummaryTests
{
    private static readonly string[] Columns = ["ledger", "lead_unit", "expected_returns", "returned", "missing_returns", "sent_nothing"];

    private static readonly string[] Types = ["VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "INTEGER", "BOOLEAN"];

    [Fact]
    public void PerLedger_UnitsThatSentNothing_ThenThoseWhoseReturnLeftTasksOut()
    {
        var table = new ResultTable(Columns, Types,
        [
            ["overall", "县教育局", 3, 0, 3, true],
            ["overall", "县司法局", 2, 1, 1, false],
            ["overall", "县发改局", 4, 4, 0, false],
            ["overall", "县林业局", 1, 0, 1, true],
            ["local_pilot", "县司法局", 1, 0, 1, true],
        ], false);

        Assert.Equal(
            "<p class=\"notice warn\">改革任务总台账：本月没有任何报送的单位2个：县教育局（3项）、县林业局（1项）；报送件中少报任务的单位1个：县司法局（1项）。</p>"
            + "<p class=\"notice warn\">自选试点台账：本月没有任何报送的单位1个：县司法局（1项）。</p>",
            ListSpecs.Unreturned(table));
    }

    [Fact]
    public void NoUnitOwingAReturn_MissedOne_SaysSo_AndAMonthWhenNoneOwedSaysNothing()
    {
        Assert.Equal(
            "<p class=\"notice\">本月应报送的单位都已报送，没有漏报。</p>",
            ListSpecs.Unreturned(new ResultTable(Columns, Types, [["overall", "县发改局", 4, 4, 0, false]], false)));
        Assert.Equal(string.Empty, ListSpecs.Unreturned(new ResultTable(Columns, Types, [], false)));
    }
}
