using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>Leaders as names: each cell below is one leader, 张三, however the unit wrote the title.</summary>
public sealed class LeaderNamesTests
{
    [Theory]
    [InlineData("张三")]
    [InlineData("常务副县长张三")]
    [InlineData("常务副县长 张三")]
    [InlineData("副县长：张三")]
    [InlineData("县委常委、常务副县长张三")]
    [InlineData("县委常委常务副县长张三")]
    [InlineData("县委常委、宣传部部长 张三")]
    [InlineData("张三（常务副县长）")]
    [InlineData("张三 （县委常委、常务副县长）")]
    [InlineData("张三(县人大常委会副主任)")]
    [InlineData("县长助理张三")]
    public void Of_TitleBeforeOrAfterTheName_GivesTheName(string cell)
    {
        Assert.Equal(["张三"], LeaderNames.Of(ValueSplitter.Split(cell)));
    }

    [Fact]
    public void Of_SeveralLeadersWithTitles_GivesEachNameOnceInOrder()
    {
        Assert.Equal(["张三", "李四"], LeaderNames.Of(ValueSplitter.Split("副县长张三、县政协副主席李四、张三（副县长）")));
    }

    [Theory]
    [InlineData("张副县长")]          // a surname with the post: the office's own way of naming a leader
    [InlineData("分管副县长")]        // a post the table cannot name
    [InlineData("县长")]              // only a title: kept as written
    [InlineData("欧阳·娜仁花")]       // a name with ·, no title
    [InlineData("张三（负责统筹）")]   // brackets that are not a title
    public void Of_NoTitleToRemove_KeepsTheValue(string cell)
    {
        Assert.Equal([cell], LeaderNames.Of([cell]));
    }

    [Fact]
    public void Of_EnumerationCommaInsideBrackets_BecomesAComma_SoTheStoredValueSplitsRight()
    {
        Assert.Equal(["张三（负责统筹，协调）", "李四"], LeaderNames.Of(ValueSplitter.Split("张三（负责统筹、协调）、李四")));
    }

    [Fact]
    public void Of_OnlyTitles_KeepsThemAllAsWritten()
    {
        Assert.Equal(["县委常委", "常务副县长"], LeaderNames.Of(["县委常委", "常务副县长"]));
    }
}
