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
    public void Split_EachSeparator_GivesTheValuesTrimmed(string text)
    {
        Assert.Equal(["县发改局", "县财政局"], ValueSplitter.Split(text));
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
}
