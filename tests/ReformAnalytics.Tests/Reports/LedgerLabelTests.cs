using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The one rule every report, list and chart uses to print a ledger id from the views.</summary>
public sealed class LedgerLabelTests
{
    [Theory]
    [InlineData("overall", "改革任务总台账")]
    [InlineData("assigned_pilot", "上级部署试点台账")]
    [InlineData("local_pilot", "自选试点台账")]
    [InlineData("(未填)", "(未填)")]
    public void LabelOf_LedgerIdGivesItsChineseLabel_AnythingElseStaysAsItIs(string id, string expected)
    {
        Assert.Equal(expected, LedgerNames.LabelOf(id));
    }
}
