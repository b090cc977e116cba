namespace ReformAnalytics.Charts;

/// <summary>No Chinese font could be found: charts would show boxes instead of characters, so none are drawn.</summary>
public sealed class CjkFontNotFoundException : Exception
{
    public CjkFontNotFoundException()
        : this([])
    {
    }

    public CjkFontNotFoundException(string message)
        : base(message)
    {
        SearchedFolders = [];
    }

    public CjkFontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        SearchedFolders = [];
    }

    public CjkFontNotFoundException(IReadOnlyList<string> searchedFolders)
        : base(BuildMessage(searchedFolders))
    {
        SearchedFolders = searchedFolders;
    }

    /// <summary>The folders looked in.</summary>
    public IReadOnlyList<string> SearchedFolders { get; }

    private static string BuildMessage(IReadOnlyList<string> folders) =>
        "找不到中文字体，图表中的汉字会显示为方框，因此未生成图表。"
        + "请安装 Noto CJK 字体：Debian/Ubuntu 运行 `sudo apt-get install -y fonts-noto-cjk`，"
        + "其他系统请安装“思源黑体/Noto Sans CJK SC”。"
        + (folders.Count == 0 ? string.Empty : "已查找的文件夹：" + string.Join("、", folders) + "。");
}
