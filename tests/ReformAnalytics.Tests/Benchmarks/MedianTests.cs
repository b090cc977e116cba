using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Benchmarks;

public sealed class MedianTests
{
    [Fact]
    public void Of_OddCount_IsTheMiddleValue()
    {
        // Sorted: 1.69, 2.27, 2.78.
        Assert.Equal(2.27, Median.Of([2.78, 1.69, 2.27]));
    }

    [Fact]
    public void Of_EvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        // Sorted: 1, 2, 4, 9; (2 + 4) / 2 = 3.
        Assert.Equal(3.0, Median.Of([9.0, 1.0, 4.0, 2.0]));
    }

    [Fact]
    public void Of_TimeSpans_EvenCount_IsTheMeanOfTheTwoMiddleOnes()
    {
        // Sorted: 10, 20, 30, 50 ms; (20 + 30) / 2 = 25 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(25), Median.Of([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(20)]));
    }

    [Fact]
    public void Of_NoValues_Throws()
    {
        Assert.Throws<ArgumentException>(() => Median.Of(Array.Empty<double>()));
    }
}
