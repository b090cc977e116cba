using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Reports;

/// <summary>Scores print with two decimals, and more where two different ranks would otherwise print one score.</summary>
public sealed class ScoreTextTests
{
    [Theory]
    [InlineData(92, 2, "92.00")]
    [InlineData(91.7857, 2, "91.79")]
    [InlineData(99.125, 2, "99.13")] // halves away from zero (99.125 is exact in binary)
    [InlineData(75.8964, 3, "75.896")]
    public void Of_PrintsTheGivenDecimals(double score, int decimals, string expected)
    {
        Assert.Equal(expected, ScoreText.Of(score, decimals));
    }

    [Fact]
    public void DecimalsToSeparate_AuditsQ2Ties_TwoDecimalsPartThem()
    {
        // 2024Q2 红黑榜 (audit): 县检察院 99.190 rank 4 and 县信访局 99.171 rank 5 both print 99.2 with one decimal;
        // 县民政局 54.391 rank 23 and 县纪委县监委 54.381 rank 24 both 54.4. Two decimals: 99.19 / 99.17, 54.39 / 54.38.
        Assert.Equal(2, ScoreText.DecimalsToSeparate([(99.190, 4), (99.171, 5), (54.391, 23), (54.381, 24)]));
    }

    [Fact]
    public void DecimalsToSeparate_TieAtTwoDecimals_GoesToThree()
    {
        // 75.904 and 75.896 both print 75.90; with three decimals 75.904 and 75.896.
        Assert.Equal(3, ScoreText.DecimalsToSeparate([(75.904, 10), (75.896, 11)]));
    }

    [Fact]
    public void DecimalsToSeparate_SharedRank_NeedsNoMoreDecimals()
    {
        Assert.Equal(2, ScoreText.DecimalsToSeparate([(100, 1), (100, 1), (40.05, 3)]));
    }

    [Fact]
    public void DecimalsToSeparate_ScoresCloserThanTheLastDecimal_StopsThereAndReportsTheTie()
    {
        var rows = new (double, int?)[] { (80.000001, 2), (80.000002, 3) };

        Assert.Equal(ScoreText.MaxDecimals, ScoreText.DecimalsToSeparate(rows));
        Assert.True(ScoreText.HasTie(rows, ScoreText.MaxDecimals));
    }

    [Fact]
    public void DecimalsToSeparate_UnrankedUnits_AreLeftOut()
    {
        Assert.Equal(2, ScoreText.DecimalsToSeparate([(99.19, 4), (99.191, null)]));
    }
}
