using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

public sealed class SampleOptionsTests
{
    [Fact]
    public void Defaults_AreSeed20240601_Years2022To2024_ScaleOne_Realistic()
    {
        var options = new SampleOptions { OutputDirectory = "x" };

        options.Validate();
        Assert.Equal(20240601, options.Seed);
        Assert.Equal((2022, 2024, 1, SampleShape.Realistic), (options.FirstYear, options.LastYear, options.Scale, options.Shape));
        Assert.Equal(new ReportMonth(2024, 12), options.EffectiveLastMonth);
    }

    [Theory]
    [InlineData("", 2022, 2024, 1, 0)]
    [InlineData("x", 2025, 2024, 1, 0)]
    [InlineData("x", 2022, 2024, 0, 0)]
    [InlineData("x", 2022, 2024, 1, 2023)]
    public void Validate_OutOfRange_ThrowsWithAChineseMessage(string directory, int first, int last, int scale, int lastMonthYear)
    {
        var options = new SampleOptions
        {
            OutputDirectory = directory,
            FirstYear = first,
            LastYear = last,
            Scale = scale,
            LastMonth = lastMonthYear == 0 ? null : new ReportMonth(lastMonthYear, 6),
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }

    [Fact]
    public async Task WriteAsync_InvalidOptions_WritesNothing()
    {
        var root = Path.Combine(Path.GetTempPath(), "reform-sample-" + Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAsync<ArgumentException>(() => SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = root, Scale = 0 }, CancellationToken.None));
        Assert.False(Directory.Exists(root));
    }
}
