using System.Text.RegularExpressions;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Conventions;

/// <summary>
/// The house way of writing a figure in what the office reads (docs/metrics.md, “How a figure is written”): no space
/// around a figure in Chinese text (共48项, not 共 48 项), no thousands separator. The messages are string literals
/// spread over the pipeline and the command line, so the rule is checked on their source: a line with Chinese in it
/// (comments left out) may not put a space between a Chinese character and a number or an interpolated figure, nor
/// format a figure with N0. The developers' benchmark output is left out.
/// </summary>
public sealed partial class FigureSpacingTests
{
    /// <summary>
    /// Holes next to Chinese with a space that are no figure: paths, file and unit names, a command, an encoding's or a
    /// format's name, an Excel error's kind (“Excel 公式错误”), a column's or an option's identifier; and a path or a
    /// name escaped for the console's markup (Markup.Escape(…)). A new hole beside Chinese is a figure until it is added here.
    /// </summary>
    private static readonly HashSet<string> NotFigures =
    [
        "dbPath", "databasePath", "option", "database", "directory", "path", "db", "name", "column", "command", "encoding", "kind",
        "Table.SourceFile", "names.TableFile", "s.Unit.Name", "paths.Lists", "paths.Notices",
        "FormulaErrorKind(error)", "ReadingMessages.FormulaErrorKind(error)",
        "statement.Groups[1].Value.ToUpperInvariant()", "Path.Combine(db, \"reform.duckdb\")",
        "DashboardOptions.TokenEnvironmentVariable",
    ];

    [Fact]
    public void Messages_PutNoSpaceAroundAFigure_AndNoThousandsSeparator()
    {
        var offenders = MessageSources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (Line: line, Where: $"{Path.GetRelativePath(RepositoryRoot.Path, f)}:{i + 1}")))
            .Where(l => Offends(l.Line))
            .Select(l => $"{l.Where}: {l.Line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Chinese text with a space around a figure, or a thousands separator:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("$\"文件 {fileCount} 个\"")]
    [InlineData("$\"快照 [bold]{summary.RowsStored}[/] 行\"")]
    [InlineData("$\"有 1 个文件未读取\"")]
    [InlineData("\"超出了表格的范围（1,048,576行）\"")]
    [InlineData("$\"已入库{stored:N0}行\"")]
    [InlineData("f.Rows.ToString(\"N0\", CultureInfo.InvariantCulture), \"行数\"")]
    [InlineData("$\"压缩比高达{ratio:0} 倍\"")]
    public void SpacingRule_CatchesAnOffendingLine(string line) => Assert.True(Offends(line), line);

    [Theory]
    [InlineData("$\"文件{fileCount}个；入库台账表{count}张\"")]
    [InlineData("// 共 48 项 in a comment")]
    [InlineData("\"无法识别文件编码：内容既不是 UTF-8 或 GB18030 文本\"")]
    [InlineData("$\"数据库 {dbPath} 中没有台账快照表\"")]
    [InlineData("\"查询超时；加 --timeout 0 表示不限时\"")]
    [InlineData("\"默认只在本机 127.0.0.1 访问\"")]
    [InlineData("\"1/7 生成示例县数据\"")]
    [InlineData("$\"{rows} rows, {count:N0} in all\"")]
    [InlineData("$\"请运行 reform risk train --as-of {asOf} 重新训练\"")]
    public void SpacingRule_LeavesOtherLinesAlone(string line) => Assert.False(Offends(line), line);

    private static bool Offends(string line)
    {
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || !Han().IsMatch(line))
        {
            return false;
        }

        return NumberBesideChinese().IsMatch(line)
            || ThousandsSeparator().IsMatch(line)
            || HoleBesideChinese().Matches(line).Select(m => m.Groups["hole"].Value)
                .Any(hole => !NotFigures.Contains(hole) && !hole.StartsWith("Markup.Escape(", StringComparison.Ordinal));
    }

    private static IEnumerable<string> MessageSources() =>
        new[] { "pipeline/ReformAnalytics", "pipeline/Reform.Cli" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, d), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Where(p => !p.Contains("Benchmark", StringComparison.Ordinal) && !p.EndsWith("BenchCommand.cs", StringComparison.Ordinal));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    /// <summary>
    /// A number standing alone (not part of UTF-8, GB18030, 1/7 or an option's argument after a space) with a space
    /// before a Chinese character, or a Chinese character with a space before a number (an address such as
    /// 127.0.0.1 excepted).
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_./\-: ])\d[\d,]*(\.\d+)?%? [\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]|[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}] \d+(\.\d+)?(?![\d.])")]
    private static partial Regex NumberBesideChinese();

    /// <summary>A figure written with a thousands separator: 1,048,576 in the text, or the N0 format.</summary>
    [GeneratedRegex(@"\d,\d{3}(?!\d)|:N0\}|""N0""")]
    private static partial Regex ThousandsSeparator();

    /// <summary>
    /// An interpolated hole, maybe in Spectre markup, with a space between it and a Chinese character; a hole that is an
    /// option's argument in a command to type (--as-of {asOf} 重新训练) is left alone.
    /// </summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}] (\[[a-z ]+\])?\{(?<hole>[^{}]+)\}|(?<!--[a-z\-]+ )\{(?<hole>[^{}]+)\}(\[/\])? [\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex HoleBesideChinese();
}
