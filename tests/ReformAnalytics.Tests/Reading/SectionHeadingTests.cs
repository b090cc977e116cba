using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>Section headings that name only a kind of task (重点改革任务), which is no special group, and the first ordinal of a level.</summary>
public sealed class SectionHeadingTests
{
    [Theory]
    [InlineData("一、重点改革任务", true)]
    [InlineData("二、改革试点任务", true)]
    [InlineData("三、上级部署改革试点", true)]
    [InlineData("四、自选改革试点", true)]
    [InlineData("（一）重点工作", true)]
    [InlineData("一、2024年度改革要点（共12项）", true)]
    [InlineData("一、经济体制改革", false)]            // a domain
    [InlineData("一、经济体制改革任务", false)]        // a domain's tasks
    [InlineData("一、经济体制改革专项小组", false)]
    [InlineData("（一）深化国资国企改革", false)]
    public void NamesAKindOfTask_OnlyAKindWithoutADomain(string heading, bool expected)
    {
        Assert.Equal(expected, SectionHeading.NamesAKindOfTask(heading));
    }

    [Theory]
    [InlineData("（一）深化国资国企改革", true)]
    [InlineData("一、经济体制改革", true)]
    [InlineData("（一）", true)]
    [InlineData("一", true)]
    [InlineData("第一部分", true)]
    [InlineData("（二）社会领域", false)]
    [InlineData("十一、其他", false)]
    [InlineData("一体化改革", false)]
    public void IsFirstOrdinal_TheFirstOfItsLevel(string text, bool expected)
    {
        Assert.Equal(expected, SectionHeading.IsFirstOrdinal(text));
    }
}
