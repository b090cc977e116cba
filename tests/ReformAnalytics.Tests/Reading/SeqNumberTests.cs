using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>序号 that number a hierarchy of tasks and sub-tasks (1, 1.1, 1.2.1).</summary>
public sealed class SeqNumberTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData(" 12 ", "12")]
    [InlineData("3.", "3")]        // a closing dot or 、 is the number's punctuation, not a level
    [InlineData("3、", "3")]
    [InlineData("1.1", "1.1")]
    [InlineData("１．２", "1.2")]    // full-width digits and dot
    [InlineData("2.1.3", "2.1.3")]
    [InlineData("一", null)]        // a Chinese ordinal numbers a section, not a task
    [InlineData("（1）", null)]
    [InlineData("1..2", null)]
    [InlineData(".1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Dotted_NumbersOfAHierarchy_AreDigitsJoinedByDots(string? seq, string? expected)
    {
        Assert.Equal(expected, SeqNumber.Dotted(seq));
    }

    [Theory]
    [InlineData("1.1", "1", true)]
    [InlineData("1.2.1", "1", true)]   // a grandchild straight after its grandparent: still below it
    [InlineData("1.2.1", "1.2", true)]
    [InlineData("10", "1", false)]     // 10 follows 1, no dot: a task of its own
    [InlineData("1.1", "1.1", false)]
    [InlineData("2.1", "1", false)]
    public void IsChildOf_ExtendsTheParentByADot(string child, string parent, bool expected)
    {
        Assert.Equal(expected, SeqNumber.IsChildOf(child, parent));
    }
}
