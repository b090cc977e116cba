using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class NoticesPrintTests
{
    private static readonly ReportMonth December = new(2024, 12);

    [Fact]
    public void On_80_columns_each_notice_file_is_named_whole_and_the_folder_is_said_once()
    {
        string[] files = ["/data/2024年督办单/督办单-2024-12-县市场监管局.docx", "/data/2024年督办单/督办单-2024-12-县退役军人事务局.docx"];
        var lines = Print(80, files);

        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        // By hand: 牵头单位 16 cells (县退役军人事务局), 督办任务 8, 漏报 4, the file 38 (督办单 6, -2024-12- 9, 县退役军人事务局 16,
        // .docx 5): 66 and 4 columns' rules and padding 13, 79. With the folder in each row (19 cells more) Spectre cut
        // the name: 督办单-2024-12-县退役军 / 人事务局.docx.
        Assert.Contains(lines, l => l.StartsWith("│ 县退役军人事务局 │ 0        │ 0    │ 督办单-2024-12-县退役军人事务局.docx │", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ 督办单-2024-12-县市场监管局.docx ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("/data/", StringComparison.Ordinal) && l.Contains('│', StringComparison.Ordinal));
        Assert.Contains("2024年12月督办单2份已写入 /data/2024年督办单，办理时限2025年1月20日。", lines);
    }

    [Fact]
    public void Files_in_several_folders_keep_their_paths()
    {
        var lines = Print(200, ["/a/督办单-2024-12-县市场监管局.docx", "/b/督办单-2024-12-县退役军人事务局.docx"]);

        Assert.Contains(lines, l => l.Contains("/b/督办单-2024-12-县退役军人事务局.docx", StringComparison.Ordinal));
        Assert.Contains("2024年12月督办单2份，办理时限2025年1月20日。", lines);
    }

    private static string[] Print(int width, string[] files)
    {
        var due = new DateOnly(2025, 1, 20);
        var set = new SupervisionNoticeSet(December, due, [new("县市场监管局", December, due, [], []), new("县退役军人事务局", December, due, [], [])], 0);
        using var writer = new StringWriter();
        NoticesCommand.Print(set, files, CliRun.PlainConsole(writer, width));
        return [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())];
    }
}
