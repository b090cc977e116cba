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
        var error = SqlErrorText.Explain("Parser Error: unterminated quoted string at or near \"'abc\"", SqlErrorPlace.Prompt);

        Assert.Equal("SQL 写法有误，无法解析（unterminated quoted string at or near \"'abc\"）。请检查关键字、逗号、括号和引号。", error.Summary);
    }

    [Theory]
    [InlineData("SELEC", "请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。")]
    [InlineData("FORM", "请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。")]
    [InlineData(",", "请检查逗号、括号和引号是否成对。")]
    [InlineData(")", "请检查逗号、括号和引号是否成对。")]
    public void SyntaxErrorNearAWord_AsksForSpelling_NearPunctuation_ForPairs(string near, string advice)
    {
        var error = SqlErrorText.Explain($"Parser Error: syntax error at or near \"{near}\"", SqlErrorPlace.Prompt);

        Assert.Equal($"SQL 写法有误，问题出在“{near}”附近。{advice}", error.Summary);
    }

    [Theory]
    [InlineData("Binder Error: Referenced column \"leadunit\" not found in FROM clause!\nCandidate bindings: \"s.lead_unit\", \"t.lead_unit\", \"s.leader\"", "找不到列“leadunit”。是不是“s.lead_unit”？请核对列名（页面下方列出了每个表的列）。")]
    [InlineData("Binder Error: Table \"s\" does not have a column named \"statu\"\n\nCandidate bindings: : \"status\"", "“s”中没有名为“statu”的列。是不是“status”？请核对列名（页面下方列出了每个表的列）。")]
    [InlineData("Catalog Error: Table with name metric_sumary does not exist!\nDid you mean \"metric_summary\"?", "找不到名为“metric_sumary”的表或视图。是不是“metric_summary”？页面下方列出了可以查询的表和视图；有些视图要等相应的统计步骤运行后才会出现。")]
    [InlineData("Catalog Error: Table with name xyz does not exist!\nDid you mean \"return_expectations\"?", "找不到名为“xyz”的表或视图。页面下方列出了可以查询的表和视图；有些视图要等相应的统计步骤运行后才会出现。")]
    public void AMissingName_IsGivenDuckDbsSuggestion_OnlyWhenItIsNear(string message, string summary)
    {
        // Near: one edit in three characters typed (leadunit → lead_unit 1, statu → status 1, metric_sumary → metric_summary 1);
        // xyz → return_expectations is DuckDB's nearest name, not a near one.
        Assert.Equal(summary, SqlErrorText.Explain(message, SqlErrorPlace.Dashboard).Summary);
    }
}
