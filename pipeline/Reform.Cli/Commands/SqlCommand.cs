using DuckDB.NET.Data;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform sql`: ad hoc read-only SQL over the database, one query or an interactive prompt.</summary>
internal sealed class SqlCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "format"];
    private static readonly HashSet<string> Flags = [];
    private const string QueryFailed = "查询出错：";

    /// <summary>What <c>.tables</c> runs, at the prompt and as the one query alike.</summary>
    private const string TablesQuery = "SELECT table_name AS 名称, table_type AS 类型 FROM information_schema.tables ORDER BY table_name";

    public string Name => "sql";

    public string Summary => "对数据库执行只读 SQL 查询（不带查询语句则进入交互模式）";

    public string Usage => "用法：reform sql --db 数据库文件 [--format table|csv|json] [\"SQL 查询\"]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var db = a.Require("db");
        var format = a.Get("format", "table");
        if (!ResultWriter.Formats.Contains(format))
        {
            throw new UsageException($"不支持的输出格式“{format}”，可选：table、csv、json。");
        }

        await using var connection = await ReformDatabase.OpenReadOnlyAsync(db, ct).ConfigureAwait(false);
        if (a.Positionals.Count > 0)
        {
            var sql = string.Join(' ', a.Positionals);
            if (sql.Trim() is ".quit" or ".exit")
            {
                throw new UsageException($"“{sql.Trim()}”只在交互模式中使用（不带查询语句运行 reform sql）。");
            }

            try
            {
                await RunOneAsync(connection, sql.Trim() == ".tables" ? TablesQuery : sql, format, context, ct).ConfigureAwait(false);
                return CommandLine.Ok;
            }
            catch (DuckDBException e) when (!ct.IsCancellationRequested)
            {
                PrintError(context, e);
                return CommandLine.Failed;
            }
        }

        context.Console.MarkupLine("[grey]只读 SQL 交互模式。输入以分号结尾的查询；输入 .tables 查看表和视图，.quit 退出。查询中按 Ctrl+C 只取消这一条查询。[/]");
        var buffer = new System.Text.StringBuilder();
        while (!ct.IsCancellationRequested)
        {
            context.Console.Markup(buffer.Length == 0 ? "[green]reform>[/] " : "[green]   ...>[/] ");
            string? line;
            using (context.Interrupts.LetEnd())
            {
                line = context.In.ReadLine();
            }

            if (line is null || (buffer.Length == 0 && line.Trim() is ".quit" or ".exit"))
            {
                break;
            }

            if (buffer.Length == 0 && line.Trim() == ".tables")
            {
                await RunAtPromptAsync(connection, TablesQuery, "table", context, ct).ConfigureAwait(false);
                continue;
            }

            buffer.AppendLine(line);
            if (line.TrimEnd().EndsWith(';'))
            {
                await RunAtPromptAsync(connection, buffer.ToString(), format, context, ct).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        return CommandLine.Ok;
    }

    /// <summary>One query typed at the prompt: its error, or Ctrl+C while it runs, ends the query and not the prompt.</summary>
    private static async Task RunAtPromptAsync(DuckDBConnection connection, string sql, string format, CommandContext context, CancellationToken ct)
    {
        using var query = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var scope = context.Interrupts.Catch(query);
        try
        {
            await RunOneAsync(connection, sql, format, context, query.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or DuckDBException && query.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            context.Console.MarkupLine("[yellow]查询已取消。[/]");
        }
        catch (DuckDBException e) when (!ct.IsCancellationRequested)
        {
            PrintError(context, e);
        }
    }

    /// <summary>The error in plain words, as the dashboard's console gives it, with the database's own message below.</summary>
    private static void PrintError(CommandContext context, DuckDBException e)
    {
        var error = SqlErrorText.Explain(e.Message, SqlErrorPlace.CommandLine);
        var summary = error.Summary.StartsWith(QueryFailed, StringComparison.Ordinal) ? error.Summary : QueryFailed + error.Summary;
        context.Console.MarkupLine($"[red]{Markup.Escape(summary)}[/]");
        context.Console.MarkupLine($"[grey]数据库原文：{Markup.Escape(error.Original)}[/]");
    }

    private static async Task RunOneAsync(DuckDBConnection connection, string sql, string format, CommandContext context, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await ResultWriter.WriteAsync(reader, format, context, ct).ConfigureAwait(false);
    }
}
