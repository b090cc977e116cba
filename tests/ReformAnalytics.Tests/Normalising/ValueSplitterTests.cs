using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

public sealed class ValueSplitterTests
{
    [Theory]
    [InlineData("县发改局、县财政局")]
    [InlineData("县发改局，县财政局")]
    [InlineData("县发改局,县财政局")]
    [InlineData("县发改局；县财政局")]
    [InlineData("县发改局;县财政局")]
    [InlineData("县发改局\n县财政局")]
    [InlineData("县发改局\r\n县财政局")]
    [InlineData(" 县发改局 、\u3000县财政局 ")]
    [InlineData("县发改局/县财政局")]
    [InlineData("县发改局／县财政局")]
    [InlineData("县发改局 县财政局")]
    [InlineData("县发改局\u3000\u3000县财政局")]
    public void Split_EachSeparator_GivesTheValuesTrimmed(string text)
    {
        Assert.Equal(["县发改局", "县财政局"], ValueSplitter.Split(text));
    }

    [Fact]
    public void Split_SeparatorsInsideBrackets_DoNotSplit()
    {
        Assert.Equal(["张三（县委常委、常务副县长）", "李四(副县长，分管)"], ValueSplitter.Split("张三（县委常委、常务副县长）、李四(副县长，分管)"));
    }

    [Fact]
    public void Split_MixedSeparatorsEmptiesAndRepeats_KeepsOrderDropsEmptiesAndRepeats()
    {
        var values = ValueSplitter.Split("县财政局、、县发改局；\n县财政局，县人社局,");

        Assert.Equal(["县财政局", "县发改局", "县人社局"], values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Split_Empty_GivesNoValues(string? text)
    {
        Assert.Empty(ValueSplitter.Split(text));
    }

    [Fact]
    public void Split_OneValue_GivesItAlone()
    {
        Assert.Equal(["县委改革办"], ValueSplitter.Split("县委改革办"));
    }

    [Theory]
    [InlineData("张三 （副县长）", "张三（副县长）")]
    [InlineData("县发改局 (牵头)", "县发改局(牵头)")]
    [InlineData("县财政局 等", "县财政局等")]
    [InlineData("县 发改局", "县发改局")]
    [InlineData("County Finance Bureau", "County Finance Bureau")]
    [InlineData("县委 宣传部", "县委宣传部")]          // the committee's name alone, then its department
    [InlineData("县政府  办公室", "县政府办公室")]
    public void Split_SpacesThatDoNotSeparateNames_KeepOneValue(string text, string value)
    {
        Assert.Equal([value], ValueSplitter.Split(text));
    }

    [Fact]
    public void Split_SpacesAndSeparatorsTogether_SplitsBoth()
    {
        var values = ValueSplitter.Split("县发改局 县财政局、县人社局 （配合）/县教育局");

        Assert.Equal(["县发改局", "县财政局", "县人社局（配合）", "县教育局"], values);
    }

    [Fact]
    public void Split_ABodysNameBeforeAnotherUnitOfItsCounty_SplitsThem()
    {
        Assert.Equal(["县委", "县政府"], ValueSplitter.Split("县委 县政府"));
        Assert.Equal(["县委组织部", "县人社局"], ValueSplitter.Split("县委 组织部 县人社局"));
    }
}
