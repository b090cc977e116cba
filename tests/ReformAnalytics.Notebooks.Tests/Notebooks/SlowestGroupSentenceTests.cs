using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 季度分析 names the group with the smallest gap (double_half.gap_pp = work − time, negative behind) in a sentence
/// that is right whether that group is behind, even or ahead. Before, the summary read “工作进度落后时间进度−2.4个百分点”
/// when every group was ahead of plan. The notebook's own <c>Slowest</c> is run here, as the notebook defines it.
/// </summary>
public sealed partial class SlowestGroupSentenceTests
{
    private const string FileName = "季度分析.ipynb";

    [Theory]
    [InlineData(-3.04, "进度落后最多的是县甲组（工作进度落后时间进度3.0个百分点）")]
    [InlineData(-0.04, "没有专项小组落后于时间进度，进度最慢的是县甲组（工作进度与时间进度持平）")] // −0.04 shows as 0.0
    [InlineData(0.0, "没有专项小组落后于时间进度，进度最慢的是县甲组（工作进度与时间进度持平）")]
    [InlineData(2.36, "各专项小组工作进度均快于时间进度，领先最少的是县甲组（工作进度领先时间进度2.4个百分点）")]
    public async Task Slowest_SaysBehindEvenOrAhead_NeverANegativeShortfall(double gap, string expected)
    {
        var script = "using System.Globalization;\n" + NotebookFunction("Slowest")
            + "\nreturn Slowest(\"县甲组\", " + gap.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ");";

        var sentence = await CSharpScript.EvaluateAsync<string>(script, ScriptOptions.Default.AddImports("System"));

        Assert.Equal(expected, sentence);
    }

    [Fact]
    public void BothSentencesAboutTheSlowestGroup_UseIt()
    {
        var code = CSharpCode();

        Assert.Equal(2, SlowestCall().Matches(code).Count);
        Assert.DoesNotContain("落后时间进度{-", code, StringComparison.Ordinal);
        Assert.DoesNotContain("差距{laggingHalf.GapPp", code, StringComparison.Ordinal);
    }

    private static string CSharpCode() =>
        string.Join('\n', NotebookDocument.Load(RepositoryPaths.Notebook(FileName)).Cells.Where(c => c.IsCSharp).Select(c => c.Source));

    /// <summary>A local function of the notebook, from its signature to the closing brace at the start of a line.</summary>
    private static string NotebookFunction(string name)
    {
        var code = CSharpCode().Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = code.IndexOf("string " + name + "(", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{FileName} defines no {name}");
        var end = code.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return code[start..(end + 2)];
    }

    [GeneratedRegex(@"\{Slowest\(laggingGroup\.GroupName, laggingHalf\.GapPp!\.Value\)\}")]
    private static partial Regex SlowestCall();
}
