using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

public sealed class TotalRowTests
{
    [Theory]
    [InlineData("合计")]
    [InlineData("小计")]
    [InlineData("总计")]
    [InlineData("共计")]
    [InlineData(" 合 计 ")]
    [InlineData("合计：12项")]
    [InlineData("合计:12项")]
    [InlineData("小计（5项）")]
    [InlineData("总计 共36项")]
    [InlineData("合计2项")]
    public void IsTotal_TotalsWithOrWithoutACount(string text) => Assert.True(TotalRow.IsTotal(text));

    [Theory]
    [InlineData("总计划编制改革")]
    [InlineData("合作社改革")]
    [InlineData("小额贷款")]
    [InlineData("计划")]
    [InlineData("合")]
    [InlineData("")]
    public void IsTotal_TaskNamesAndFragments_AreNot(string text) => Assert.False(TotalRow.IsTotal(text));
}
