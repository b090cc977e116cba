using ReformAnalytics.Charts;
using ReformAnalytics.Tests.Support;
using SkiaSharp;

namespace ReformAnalytics.Tests.Charts;

public sealed class CjkFontTests
{
    private const string ChartWords = "各专项小组任务推进状态逐月完成进度双过半牵头单位综合排名红黑榜滞后幅度逾期三本台账";

    [Fact]
    public void FindRegular_FolderWithoutChineseFont_ReturnsNull()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("DejaVuSans.ttf"), "not a CJK font");

        Assert.Null(CjkFontFiles.FindRegular([folder.Path]));
    }

    [Fact]
    public void FindRegular_NotoFileTwoFoldersDown_IsFound()
    {
        using var folder = new TempFolder();
        var nested = Path.Combine(folder.Path, "opentype", "noto");
        Directory.CreateDirectory(nested);
        var file = Path.Combine(nested, "NotoSansCJK-Regular.ttc");
        File.WriteAllBytes(file, [0]);

        Assert.Equal(file, CjkFontFiles.FindRegular([folder.Path]));
    }

    [Fact]
    public void MissingFontError_SaysWhatToInstall_InChinese()
    {
        var error = new CjkFontNotFoundException(["/usr/share/fonts"]);

        Assert.Contains("apt-get install -y fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("找不到中文字体", error.Message, StringComparison.Ordinal);
        Assert.Contains("/usr/share/fonts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisteredChartFont_IsTheSimplifiedChineseFace_AndCoversEveryChartWord()
    {
        var typeface = ChartFonts.RegularTypeface();
        using var font = new SKFont(typeface, 12);

        Assert.EndsWith(" SC", typeface.FamilyName, StringComparison.Ordinal);
        Assert.True(font.ContainsGlyphs(ChartWords));
    }

    [Fact]
    public void BaselineNudge_NotoCjk_IsTheGapBetweenDeepestDescenderAndDescent()
    {
        // Noto Sans CJK SC: metrics Bottom 1.048 em, Descent 0.288 em -> 0.76 em (read off the font with SKFont).
        var nudge = ChartFonts.BaselineNudge(ChartFonts.Family);

        Assert.InRange(nudge, 0.70f, 0.82f);
    }
}
