using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The one rule for names of files handed to the office (notices, dashboard downloads).</summary>
public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("县财政局任务清单_2024-06", "县财政局任务清单_2024-06")]
    [InlineData("经信/商务局", "经信_商务局")]
    [InlineData("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i")]
    [InlineData("行一\n行二\t", "行一_行二_")]
    public void Of_ReplacesWhatFileSystemsRefuse_KeepsTheRest(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.Of(name));
    }
}
