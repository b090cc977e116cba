using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class ConsoleTextTests
{
    private const string Removal = "将撤回2024年12月改革任务总台账中158行（158个任务，来自“2024年12月改革台账.xlsx”），该月不再有这本台账。";

    [Fact]
    public void A_message_does_not_begin_a_line_with_a_closing_mark()
    {
        var lines = Write(80, Markup.Escape(Removal));

        // By hand: 将撤回 6, 2024 4, 年 2, 12 2, 月改革任务总台账中 18, 158 3, 行（ 4, 158 3, 个任务，来自 12, “ 1,
        // 2024 4, 年 2, 12 2, 月改革台账 10, .xlsx 5, ” 1: 79 cells; ） would make 81. Spectre cut it there and began the next
        // line with “），”; “.xlsx”” cannot be parted from “账” nor “）” from “”, so the line breaks before 账.
        Assert.Equal(["将撤回2024年12月改革任务总台账中158行（158个任务，来自“2024年12月改革台", "账.xlsx”），该月不再有这本台账。"], lines);
    }

    [Fact]
    public void Each_character_keeps_its_style_and_a_file_gets_the_whole_message_on_one_line()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 30;

        ConsoleText.Line(console, "[red]错误[/] 文件“2024年6月台账.xlsx”第 [bold]12[/] 行：完成时限为空。");

        // 错误 in red, 12 in bold, whatever line they fall on. By hand at 30 cells: 错误 4, a space, 文件 4, “ 1, 2024 4, 年 2,
        // 6 1, 月台账 6, .xlsx 5, ” 1: 29; 第 would make 31.
        var text = writer.ToString();
        Assert.Contains("\u001b[91m错误\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[1m12\u001b[0m", text, StringComparison.Ordinal);
        Assert.Equal(["错误 文件“2024年6月台账.xlsx”", "第 12 行：完成时限为空。"], Write(30, "[red]错误[/] 文件“2024年6月台账.xlsx”第 [bold]12[/] 行：完成时限为空。"));
        Assert.Equal([Removal], Write(ConsoleText.Unbounded, Markup.Escape(Removal)));
    }

    private static string[] Write(int width, string markup)
    {
        using var writer = new StringWriter();
        ConsoleText.Line(CliRun.PlainConsole(writer, width), markup);
        return [.. writer.ToString().TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];
    }
}
