using ReformAnalytics.Database;

namespace ReformAnalytics.Tests.Database;

/// <summary>DuckDB's parser errors in plain Chinese: before, a refused WITH … DELETE showed the raw "Parser Error".</summary>
public sealed class SqlErrorTextTests
{
    [Fact]
    public void AWriteInsideWith_IsExplainedAsRefused()
    {
        var error = SqlErrorText.Explain("Parser Error: A CTE needs a SELECT", SqlErrorPlace.Dashboard);

        Assert.Equal("WITH 子句后面只能是 SELECT 查询：控制台只能查询数据，不能修改（DELETE、UPDATE、INSERT 等都不执行）。", error.Summary);
    }

    [Fact]
    public void AnyOtherParserError_IsCalledAWritingMistake_WithItsOwnWordsKept()
    {
        var error = SqlErrorText.Explain("Parser Error: unterminated quoted string at or near \"'abc\"", SqlErrorPlace.CommandLine);

        Assert.Equal("SQL 写法有误，无法解析（unterminated quoted string at or near \"'abc\"）。请检查关键字、逗号、括号和引号。", error.Summary);
    }
}
