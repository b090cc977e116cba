namespace ReformAnalytics.Database;

/// <summary>A DuckDB error put in plain words (<see cref="Summary"/>), with DuckDB's own message kept beside it.</summary>
public sealed record SqlError(string Summary, string Original);

/// <summary>
/// Where a query was typed, for <see cref="SqlErrorText"/>: what the error text calls it, and where it tells the analyst
/// to find the tables and the columns.
/// </summary>
public sealed record SqlErrorPlace(string Subject, string TablesHint, string ColumnsHint)
{
    /// <summary>The dashboard's SQL console, which lists the tables and their columns below the query.</summary>
    public static readonly SqlErrorPlace Dashboard = new("控制台", "页面下方列出了可以查询的表和视图", "页面下方列出了每个表的列");

    /// <summary>
    /// The prompt of `reform sql`, where .tables and .schema are typed. (The one query given on its command line names
    /// the command to run instead, from the CLI.)
    /// </summary>
    public static readonly SqlErrorPlace Prompt = new("本命令", "输入 .tables 可列出可以查询的表和视图", "输入 .schema 表名 可列出一个表或视图的列，各列含义见 docs/schema.md");
}
