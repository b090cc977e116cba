using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

public sealed class UnitNamesTests
{
    [Theory]
    [InlineData("县发改局（牵头）", "县发改局")]
    [InlineData("县发改局 (牵头)", "县发改局")]
    [InlineData("县财政局（配合单位）", "县财政局")]
    [InlineData("县委办（主责）", "县委办")]
    [InlineData("县卫健局（责任单位）", "县卫健局")]
    [InlineData("县财政局等", "县财政局")]
    [InlineData("县发改局牵头", "县发改局")]
    [InlineData("县财政局配合", "县财政局")]
    [InlineData("县教育局负责", "县教育局")]
    [InlineData("牵头：县发改局", "县发改局")]
    [InlineData("配合单位：县财政局", "县财政局")]
    [InlineData("县发改局（按职责分工负责）", "县发改局")]
    [InlineData("县发改局等5个部门", "县发改局")]
    [InlineData("县委组织部牵头", "县委组织部")]
    [InlineData("牵头", "牵头")]
    [InlineData("县直有关单位等相关单位", "县直有关单位")]
    [InlineData("各乡镇（街道）", "各乡镇（街道）")]
    [InlineData("县市场监管局（知识产权局）", "县市场监管局（知识产权局）")]
    [InlineData("县发改局", "县发改局")]
    [InlineData("（牵头）", "（牵头）")]
    [InlineData("等", "等")]
    public void Clean_DropsRoleMarkersAndATrailing等_KeepsEverythingElse(string value, string expected)
    {
        Assert.Equal(expected, UnitNames.Clean(value));
    }

    [Fact]
    public void CleanAll_DropsRepeatsMadeByCleaning_AndReturnsTheSameListWhenNothingChanges()
    {
        IReadOnlyList<string> plain = ["县发改局", "县财政局"];

        Assert.Equal(["县发改局", "县财政局"], UnitNames.CleanAll(["县发改局（牵头）", "县发改局", "县财政局等"]));
        Assert.Same(plain, UnitNames.CleanAll(plain));
    }
}
