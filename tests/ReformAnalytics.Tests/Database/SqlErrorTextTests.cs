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

    [Theory]
    [InlineData("SELEC", "请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。")]
    [InlineData("FORM", "请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。")]
    [InlineData(",", "请检查逗号、括号和引号是否成对。")]
    [InlineData(")", "请检查逗号、括号和引号是否成对。")]
    public void SyntaxErrorNearAWord_AsksForSpelling_NearPunctuation_ForPairs(string near, string advice)
    {
        var error = SqlErrorText.Explain($"Parser Error: syntax error at or near \"{near}\"", SqlErrorPlace.CommandLine);

        Assert.Equal($"SQL 写法有误，问题出在“{near}”附近。{advice}", error.Summary);
    }
}
