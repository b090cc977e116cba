using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Prints an ingest or validate summary in Chinese: files by outcome, rows, tasks, issues, unknown phrases.</summary>
internal static class SummaryPrinter
{
    private const int MaxIssuesShown = 30;

    /// <summary>Ingest lists its files up to this many; a larger run (a first import of many months) lists the months each ledger took.</summary>
    private const int MaxFilesListed = 20;

    /// <summary>Validate lists its files up to this many.</summary>
    private const int MaxFilesChecked = 200;

    /// <summary>On a terminal that leaves the file's name fewer cells than this in the table, the files are listed instead.</summary>
    private const int MinFileColumn = 24;

    private static readonly string[] FileColumns = ["文件", "工作表", "台账", "月份", "范围", "行数", "问题", "结果"];

    /// <summary>
    /// A paragraph opened by a word in colour (缺月, 未读取), broken where a reader expects at the console's width: left to
    /// Spectre, the coloured word stood alone on its line and the sentence after it was cut wherever the width ran out.
    /// </summary>
    internal static void Paragraph(IAnsiConsole console, string style, string lead, string rest) =>
        ConsoleText.Line(console, $"[{style}]{Markup.Escape(lead)}[/]{Markup.Escape(rest)}");

    public static void Print(IngestSummary summary, IAnsiConsole console, bool dryRun)
    {
        var refused = summary.Files.Where(f => f.Outcome == FileOutcome.Refused).ToList();
        if (refused.Count > 0)
        {
            ConsoleText.Line(console, $"[red bold]有{refused.Count}个文件（或工作表）无法入库，本次{(dryRun ? "检查" : "入库")}未保存任何数据：[/]");
            foreach (var f in refused)
            {
                ConsoleText.Item(console, "[red]✗[/]", f.Message ?? Path.GetFileName(f.File));
            }
        }

        if (summary.OwnOutputs.Count > 0)
        {
            ConsoleText.Line(console, $"[grey]已跳过本工具生成的文件{summary.OwnOutputs.Count}个（问题清单、季度清单等，不是台账）：{Markup.Escape(string.Join("、", summary.OwnOutputs.Select(Path.GetFileName)))}[/]");
        }

        foreach (var archive in summary.Archives)
        {
            ConsoleText.Line(console, $"[grey]{Markup.Escape(archive.Describe())}[/]");
        }

        if (summary.AlsoInArchives.Count > 0)
        {
            ConsoleText.Line(console, $"[grey]目录中另有{summary.AlsoInArchives.Count}个文件与压缩包中的同名文件内容相同，只按压缩包读取一次：{Markup.Escape(string.Join("、", summary.AlsoInArchives.Select(Path.GetFileName)))}。[/]");
        }

        if (InputFileSet.DescribeUnread(summary.Unread) is { } unread)
        {
            Paragraph(console, "yellow", "未读取", " " + unread);
        }

        var count = (FileOutcome o) => summary.Files.Count(f => f.Outcome == o);
        var renamed = summary.Files.Where(f => f.Outcome == FileOutcome.Renamed).ToList();
        var fileCount = summary.Files.Where(f => f.Outcome != FileOutcome.Renamed).Select(f => f.File).Distinct(StringComparer.Ordinal).Count();
        ConsoleText.Line(console, dryRun
            ? $"[bold]检查完成[/]：文件{fileCount}个，台账表{count(FileOutcome.Checked)}张{(count(FileOutcome.Unchanged) > 0 ? $"，另有{count(FileOutcome.Unchanged)}张与已入库的相同" : string.Empty)}。"
            : summary.RunId is null && refused.Count == 0
                ? fileCount == 0
                    ? summary.UnitNames is null
                        ? "[bold]没有找到可入库的台账文件[/]（.xlsx、.xls、.csv、.txt）。"
                        : "[bold]没有新内容[/]：对照表与保存的相同，已入库各月的单位名称都与它一致。"
                    : $"[bold]没有新内容[/]：文件{fileCount}个均已入库且内容未变。"
                : fileCount == 0
                    ? $"[bold]保存完成[/]（批次{summary.RunId}）：本次没有导入文件。"
                    : $"[bold]入库{(refused.Count > 0 ? "未完成" : "完成")}[/]{(summary.RunId is null ? string.Empty : $"（批次{summary.RunId}）")}：文件{fileCount}个；入库台账表{count(FileOutcome.Ingested)}张，未变{count(FileOutcome.Unchanged)}张，被替代{count(FileOutcome.Superseded)}张，拒收{refused.Count}张。");
        if (!dryRun && summary.RunId is not null && fileCount > 0)
        {
            ConsoleText.Line(console, $"快照[bold]{FigureText.Count(summary.RowsStored)}[/]行，任务[bold]{FigureText.Count(summary.TasksStored)}[/]项。");
        }

        PrintFiles(summary, console, dryRun);

        if (summary.UnitNames is { } names)
        {
            ConsoleText.Line(console, Markup.Escape(UnitNamesLine(names)));
        }

        // What became of a month (merged returns), or, checked against a database, what ingest would do with it.
        foreach (var merged in summary.Files.Where(f => f.Outcome is FileOutcome.Ingested or FileOutcome.Checked && f.Message is not null))
        {
            ConsoleText.Item(console, "[blue]↳[/]", $"{Path.GetFileName(merged.File)}：{merged.Message}");
        }

        if (renamed.Count > 0)
        {
            ConsoleText.Line(console, dryRun
                ? $"已入库的[bold]{renamed.Count}[/]个月份仍有对照表改过名的单位，入库时将按对照表改名重存（共{FigureText.Count(renamed.Sum(f => f.Rows))}行）："
                : $"已入库的[bold]{renamed.Count}[/]个月份仍有对照表改过名的单位，已按对照表改名重存（共{FigureText.Count(renamed.Sum(f => f.Rows))}行）：");
            foreach (var month in renamed)
            {
                ConsoleText.Item(console, "[blue]↳[/]", month.Message!);
            }
        }

        foreach (var gap in summary.MonthGaps)
        {
            Paragraph(console, "yellow", "缺月", " " + gap.Describe());
        }

        var errors = summary.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        var warnings = summary.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        ConsoleText.Line(console, $"问题：错误[{(errors.Count > 0 ? "red" : "green")}]{errors.Count}[/]条{Markup.Escape(WhatErrorsLeftOut(errors.Count, refused.Count))}，提醒[yellow]{warnings.Count}[/]条。");
        if (summary.Issues.Count > 0)
        {
            foreach (var i in summary.Issues.Take(MaxIssuesShown))
            {
                ConsoleText.Item(console, i.Severity == IssueSeverity.Error ? "[red]错误[/]" : "[yellow]提醒[/]", i.Describe());
            }

            if (summary.Issues.Count > MaxIssuesShown)
            {
                ConsoleText.Line(console, $"[grey]另有{summary.Issues.Count - MaxIssuesShown}条未列出：见数据库表 ingest_issues，或用 reform validate 生成 Excel 问题清单。[/]");
            }
        }

        if (summary.UnknownStatusPhrases.Count > 0)
        {
            Paragraph(console, "yellow", "未能识别的状态说法", "（状态记为“未识别”，单位填报的原文照录）：" +
                string.Join("，", summary.UnknownStatusPhrases.Select(p => $"“{p.Phrase}”×{p.Count}")));
        }
    }

    /// <summary>
    /// What the errors kept out, for the count line: a refusal (one error each) keeps its whole file or sheet out, any
    /// other error its row; an empty text when there are none.
    /// </summary>
    internal static string WhatErrorsLeftOut(int errors, int refusals)
    {
        var rows = Math.Max(0, errors - refusals);
        return (refusals, rows) switch
        {
            (0, 0) => string.Empty,
            (0, _) => "（该行未入库）",
            (_, 0) => "（文件或工作表被拒收）",
            _ => $"（{refusals}条使文件或工作表被拒收，{rows}条使该行未入库）",
        };
    }

    /// <summary>
    /// What each file (or sheet) was taken as: ledger, month, whole ledger or a unit's return, rows, issues; by ledger and month. A file whose names, or
    /// whose folder's or archive's, put it in the wrong month shows here before it is stored (validate), or right after (ingest).
    /// </summary>
    private static void PrintFiles(IngestSummary summary, IAnsiConsole console, bool dryRun)
    {
        // A refused ingest lists the files it checked: each is stored once the refused one is put right.
        // Checked against a database, validate also lists the files stored already as they are.
        var shown = summary.Files.Where(f => f.Outcome is FileOutcome.Checked or FileOutcome.Ingested or FileOutcome.Superseded || (dryRun && f.Outcome == FileOutcome.Unchanged))
            .OrderBy(f => f.Ledger).ThenBy(f => f.Month).ThenBy(f => summary.LabelOf(f.File), StringComparer.Ordinal).ThenBy(f => f.Sheet, StringComparer.Ordinal)
            .ToList();
        if (shown.Count == 0)
        {
            return;
        }

        if (!dryRun && shown.Count > MaxFilesListed)
        {
            ConsoleText.Line(console, "本次入库的月份：");
            foreach (var line in summary.DescribeStoredMonths())
            {
                ConsoleText.Item(console, string.Empty, line);
            }

            return;
        }

        // 范围: a whole ledger replaces its month; a unit's return replaces only that unit's tasks in it.
        var listed = shown.Take(MaxFilesChecked).ToList();
        var rows = listed.Select(f => new[]
        {
            summary.LabelOf(f.File),
            f.Sheet,
            f.Ledger is { } ledger ? LedgerNames.Label(ledger) : string.Empty,
            f.Month?.Label ?? string.Empty,
            f.Unit is { } unit ? unit + "报送件" : "整本台账",
            FigureText.Count(f.Rows),
            FigureText.Count(f.Issues),
            f.Outcome switch
            {
                FileOutcome.Ingested => "已入库",
                FileOutcome.Superseded => "被替代",
                FileOutcome.Unchanged => "已入库，未变",
                _ => "可入库",
            },
        }).ToList();
        if (FittedTable.ColumnWidths(TableBorder.Rounded, console.Profile.Width, FileColumns, rows)[0] >= MinFileColumn)
        {
            console.Write(FittedTable.Build(TableBorder.Rounded, console.Profile.Width, FileColumns, rows, (r, c) => c == FileColumns.Length - 1 ? OutcomeStyle(listed[r].Outcome) : null));
        }
        else
        {
            // Eight columns on a narrow terminal left the file's name a few characters a line: a file to a line, and
            // what it was taken as on the line under it.
            foreach (var row in rows)
            {
                ConsoleText.Item(console, "·", row[0]);
                ConsoleText.Item(console, "  ", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{row[3]}{row[2]}，{row[4]}，工作表“{row[1]}”，{row[5]}行，问题{row[6]}条：{row[7]}"));
            }
        }
        if (shown.Count > MaxFilesChecked)
        {
            ConsoleText.Line(console, $"[grey]另有{shown.Count - MaxFilesChecked}个文件（或工作表）未列出。[/]");
        }
    }

    private static Style? OutcomeStyle(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Superseded => new Style(Color.Yellow),
        FileOutcome.Unchanged => new Style(Color.Grey),
        _ => (Style?)null,
    };

    /// <summary>Which table of unit names the run went by, and whether it is kept for later runs.</summary>
    internal static string UnitNamesLine(UnitNameUse names) => names switch
    {
        { KeptFromRun: { } run } => $"单位名称对照表：沿用数据湖中保存的对照表（{names.TableFile}，{names.Units}个单位，批次{run}保存）。",
        { Units: 0, Saved: true } => $"单位名称对照表：{names.TableFile} 为空，已清除保存的对照表，以后导入的单位按原写法统计。",
        { Saved: true } => $"单位名称对照表：{names.TableFile}（{names.Units}个单位）已保存到数据湖，以后导入不加 --units 也按它统一单位名称。",
        _ => $"单位名称对照表：{names.TableFile}（{names.Units}个单位）。",
    };
}
