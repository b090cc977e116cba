using System.Text.RegularExpressions;

namespace ReformAnalytics.Database;

/// <summary>
/// Turns DuckDB's error messages into plain Chinese for the analyst; the original is shown beside it. One text for the
/// dashboard's SQL console and `reform sql`, each naming itself and where its tables are listed (<see cref="SqlErrorPlace"/>).
/// </summary>
public static partial class SqlErrorText
{
    public static SqlError Explain(string message, SqlErrorPlace place)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(place);
        var first = message.Split('\n', 2)[0].Trim();
        string summary;
        Match m;
        if (first.Contains("file system operations are disabled", StringComparison.OrdinalIgnoreCase)
            || first.Contains("Cannot access file", StringComparison.OrdinalIgnoreCase)
            || first.Contains("Cannot access directory", StringComparison.OrdinalIgnoreCase))
        {
            summary = $"{place.Subject}不能读取或写入服务器上的文件，也不能连接其他数据库文件：数据库已禁止一切文件访问。请查询库中已有的表和视图。";
        }
        else if (first.Contains("read-only mode", StringComparison.OrdinalIgnoreCase) || first.Contains("read only", StringComparison.OrdinalIgnoreCase))
        {
            var statement = WriteStatement().Match(first);
            summary = statement.Success
                ? $"{place.Subject}只能查询数据，不能新增、修改或删除（这条语句是 {statement.Groups[1].Value.ToUpperInvariant()}）：数据库以只读方式打开。"
                : $"{place.Subject}只能查询数据，不能新增、修改或删除：数据库以只读方式打开。";
        }
        else if (first.Contains("configuration has been locked", StringComparison.OrdinalIgnoreCase))
        {
            summary = $"{place.Subject}不能修改数据库设置：设置已锁定。";
        }
        else if (first.Contains("extension", StringComparison.OrdinalIgnoreCase) && first.Contains("disabled", StringComparison.OrdinalIgnoreCase))
        {
            summary = $"{place.Subject}不能安装或加载数据库扩展。";
        }
        else if ((m = MissingTable().Match(first)).Success)
        {
            var table = m.Groups[1].Value;
            summary = $"找不到名为“{table}”的表或视图。{Suggestion(table, DidYouMean().Match(message), "表和视图的名称都是英文（如 snapshots、task_status）")}{place.TablesHint}；有些视图要等相应的统计步骤运行后才会出现。";
        }
        else if ((m = NoFromClause().Match(first)).Success)
        {
            summary = $"找不到列“{m.Groups[1].Value}”：查询没有写 FROM（从哪个表或视图查）。请在列名后写 FROM 表名，如 SELECT lead_unit FROM snapshots。";
        }
        else if ((m = MissingColumn().Match(first)).Success)
        {
            var column = m.Groups[1].Value;
            summary = $"找不到列“{column}”。{Suggestion(column, CandidateBinding().Match(message), "列名都是英文（如 task_name、lead_unit）")}请核对列名（{place.ColumnsHint}）。";
        }
        else if ((m = MissingColumnOfTable().Match(first)).Success)
        {
            var column = m.Groups[2].Value;
            summary = $"“{m.Groups[1].Value}”中没有名为“{column}”的列。{Suggestion(column, CandidateBinding().Match(message), "列名都是英文（如 task_name、lead_unit）")}请核对列名（{place.ColumnsHint}）。";
        }
        else if ((m = MissingFunction().Match(first)).Success)
        {
            var name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            summary = $"没有名为“{name}”的函数，或者参数的个数、类型不对。{Suggestion(name, DidYouMean().Match(message), "函数名都是英文（如 count、round）")}".TrimEnd();
        }
        else if ((m = SyntaxError().Match(first)).Success)
        {
            var near = m.Groups[1].Value;
            summary = near.Length > 0 && near.All(c => char.IsLetterOrDigit(c) || c == '_')
                ? $"SQL 写法有误，问题出在“{near}”附近。请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。"
                : $"SQL 写法有误，问题出在“{near}”附近。请检查逗号、括号和引号是否成对。";
        }
        else if (first.Contains("syntax error at end of input", StringComparison.OrdinalIgnoreCase))
        {
            summary = "SQL 语句没有写完整（结尾缺少内容），请检查括号是否成对、语句是否写全。";
        }
        else if (first.Contains("A CTE needs a SELECT", StringComparison.OrdinalIgnoreCase))
        {
            summary = $"WITH 子句后面只能是 SELECT 查询：{place.Subject}只能查询数据，不能修改（DELETE、UPDATE、INSERT 等都不执行）。";
        }
        else if (first.StartsWith("Parser Error: ", StringComparison.OrdinalIgnoreCase))
        {
            summary = "SQL 写法有误，无法解析（" + first["Parser Error: ".Length..] + "）。请检查关键字、逗号、括号和引号。";
        }
        else if (first.StartsWith("Conversion Error", StringComparison.OrdinalIgnoreCase))
        {
            summary = "数据类型转换失败：有值无法转成要求的类型（例如把文字当成数字或日期）。可用 TRY_CAST 跳过无法转换的值。";
        }
        else if (first.StartsWith("Binder Error", StringComparison.OrdinalIgnoreCase) && first.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase))
        {
            summary = "分组查询写法有误：SELECT 中没有汇总的列都要写进 GROUP BY（或写 GROUP BY ALL）。";
        }
        else if (first.StartsWith("Out of Memory", StringComparison.OrdinalIgnoreCase))
        {
            summary = "查询需要的内存超出了限制。请缩小范围（加 WHERE 条件、少选几列）后再试。";
        }
        else if (first.Contains("Interrupted", StringComparison.OrdinalIgnoreCase))
        {
            summary = "查询已被中止。";
        }
        else
        {
            summary = "查询出错：" + first;
        }

        return new SqlError(summary, message.Trim());
    }

    /// <summary>
    /// The name DuckDB suggests (<c>Did you mean "snapshots"?</c>, <c>Candidate bindings: "lead_unit", …</c>, nearest
    /// first), as a question, when it is near the name typed; otherwise nothing. A name typed in Chinese (a column's
    /// label, 改革任务) is told that names are English and where their labels are, for DuckDB's nearest English name is
    /// no nearer than any other.
    /// </summary>
    private static string Suggestion(string typed, Match suggested, string englishNames)
    {
        if (typed.Any(c => c > '\u2E80'))
        {
            return $"{englishNames}，各表、各列的中文名称与英文名的对照见 docs/schema.md。";
        }

        if (!suggested.Success)
        {
            return string.Empty;
        }

        var name = suggested.Groups[1].Value;
        var bare = name[(name.LastIndexOf('.') + 1)..];
        return NameDistance.IsNear(typed, bare) ? $"是不是“{name}”？" : string.Empty;
    }

    [GeneratedRegex(@"Table with name ([^\s]+) does not exist", RegexOptions.IgnoreCase)]
    private static partial Regex MissingTable();

    [GeneratedRegex(@"Referenced column ""?([^""\s]+)""? not found", RegexOptions.IgnoreCase)]
    private static partial Regex MissingColumn();

    [GeneratedRegex(@"Did you mean ""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex DidYouMean();

    [GeneratedRegex(@"Candidate bindings:[\s:]*""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateBinding();

    [GeneratedRegex(@"Table ""([^""]+)"" does not have a column named ""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MissingColumnOfTable();

    [GeneratedRegex(@"Referenced column ""?([^""]+?)""? was not found because the FROM clause is missing", RegexOptions.IgnoreCase)]
    private static partial Regex NoFromClause();

    [GeneratedRegex(@"statement of type ""?(\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex WriteStatement();

    [GeneratedRegex(@"Function with name ([^\s]+) does not exist|No function matches the given name and argument types '([^']+)'", RegexOptions.IgnoreCase)]
    private static partial Regex MissingFunction();

    [GeneratedRegex(@"syntax error at or near ""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex SyntaxError();
}
