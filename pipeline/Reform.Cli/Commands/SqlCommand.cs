using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform sql`: ad hoc read-only SQL over the database, one query or an interactive prompt.</summary>
internal sealed class SqlCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "format", "timeout"];
    private static readonly HashSet<string> Flags = [];
    private const string QueryFailed = "查询出错：";

    /// <summary>How long one query may run unless <c>--timeout</c> says otherwise (seconds; 0 = no limit).</summary>
    public const int DefaultTimeoutSeconds = 120;

    /// <summary>What <c>.tables</c> runs, at the prompt and as the one query alike.</summary>
    private const string TablesQuery = "SELECT table_name AS 名称, table_type AS 类型 FROM information_schema.tables ORDER BY table_name";

    /// <summary>The commands that begin with a dot, as <c>.help</c> lists them, each with what it does.</summary>
    private static readonly (string Command, string Description)[] DotCommands =
    [
        (".tables", "列出可以查询的表和视图"),
        (".schema 名称", "列出某个表或视图的列、类型、中文名和含义（如 .schema snapshots）"),
        (".help", "显示本说明"),
        (".quit / .exit", "退出交互模式"),
    ];

    /// <summary>The cells the commands' column of <c>.help</c> takes: the longest command and a gap of four.</summary>
    private const int DotCommandWidth = 16;

    private const string DotHelpFooter = "其他输入按 SQL 查询执行，以分号结尾；可分多行输入。";

    public string Name => "sql";

    public string Summary => "对数据库执行只读 SQL 查询（不带查询语句则进入交互模式）";

    public string Usage => "用法：reform sql --db 数据库文件 [--format table|csv|json] [--timeout 秒数] [\"SQL 查询\"]"
        + $"（单条查询最长运行{DefaultTimeoutSeconds}秒，超时即取消；--timeout 0 表示不限时）";

    /// <summary>What a query that ran past the limit prints: what happened, and how to allow it longer.</summary>
    public static string TimeoutMessage(TimeSpan limit) => string.Create(CultureInfo.InvariantCulture,
        $"查询运行超过{FigureText.Number(limit.TotalSeconds)}秒仍未完成，已取消。可缩小范围（加 WHERE 条件、避免没有连接条件的多表连接）后再试；确需更长时间的，运行 reform sql 时加 --timeout 秒数（如 --timeout {Math.Max(600, limit.TotalSeconds * 2):0}；--timeout 0 表示不限时）。");

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var db = a.Require("db");
        var format = a.Get("format", "table");
        if (!ResultWriter.Formats.Contains(format))
        {
            throw new UsageException($"不支持的输出格式“{format}”，可选：table、csv、json。");
        }

        var seconds = a.GetInt("timeout", DefaultTimeoutSeconds);
        if (seconds < 0)
        {
            throw new UsageException($"选项 --timeout 是单条查询最长运行的秒数，须为0（不限时）或正整数，收到“{seconds}”。");
        }

        var limit = TimeSpan.FromSeconds(seconds);
        await using var connection = await OpenAsync(db, ct).ConfigureAwait(false);
        if (a.Positionals.Count > 0)
        {
            var sql = string.Join(' ', a.Positionals);
            if (sql.Trim() is ".quit" or ".exit")
            {
                throw new UsageException($"“{sql.Trim()}”只在交互模式中使用（不带查询语句运行 reform sql）。");
            }

            if (DotCommand(sql) is { } dot && dot.Sql is null)
            {
                return PrintDotCommand(dot, context) ? CommandLine.Ok : CommandLine.Failed;
            }

            try
            {
                var query = new Query(DotCommand(sql)?.Sql ?? sql, format, limit);
                if (await RunOneAsync(connection, query, context, ct).ConfigureAwait(false))
                {
                    return CommandLine.Ok;
                }

                PrintTimeout(context, limit);
                return CommandLine.Failed;
            }
            catch (DuckDBException e) when (!ct.IsCancellationRequested)
            {
                PrintError(context, e, OneQuery(db));
                return CommandLine.Failed;
            }
        }

        var limitText = seconds == 0 ? "不限时" : string.Create(CultureInfo.InvariantCulture, $"单条查询最长{seconds}秒（--timeout 可改）");
        ConsoleText.Line(context.Console, $"[grey]只读 SQL 交互模式。输入以分号结尾的查询；输入 .tables 查看表和视图，.help 查看其他命令，.quit 退出。{limitText}；查询中按 Ctrl+C 只取消这一条查询。[/]");
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

            if (buffer.Length == 0 && DotCommand(line) is { } dot)
            {
                if (dot.Sql is { } dotSql)
                {
                    await RunAtPromptAsync(connection, new Query(dotSql, "table", limit), context, ct).ConfigureAwait(false);
                }
                else
                {
                    PrintDotCommand(dot, context);
                }

                continue;
            }

            buffer.AppendLine(line);
            if (SqlStatementEnd.IsComplete(buffer.ToString()))
            {
                await RunAtPromptAsync(connection, new Query(buffer.ToString(), format, limit), context, ct).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        return CommandLine.Ok;
    }

    /// <summary>
    /// The database, read-only, or a message that says in Chinese what is wrong with <paramref name="db"/>: a folder
    /// given for the file, a file that is not a DuckDB database, one that another program holds open for writing.
    /// Before, the last two were DuckDB's English (“数据库报错：DuckDBOpen failed: IO Error: …”).
    /// </summary>
    private static async Task<DuckDBConnection> OpenAsync(string db, CancellationToken ct)
    {
        if (Directory.Exists(db))
        {
            throw new IOException($"“{db}”是一个文件夹，不是数据库文件。--db 要写数据库文件本身，如 {Path.Combine(db, "reform.duckdb")}（reform ingest 或 reform demo 生成的 .duckdb 文件）。");
        }

        if (File.Exists(db) && !await IsDuckDbFileAsync(db, ct).ConfigureAwait(false))
        {
            throw new IOException(NotADatabase(db));
        }

        try
        {
            return await ReformDatabase.OpenReadOnlyAsync(db, ct).ConfigureAwait(false);
        }
        catch (DuckDBException e)
        {
            throw new IOException(OpenFailed(db, e.Message), e);
        }
    }

    private static string NotADatabase(string db) =>
        $"“{db}”不是 DuckDB 数据库文件，无法查询。--db 要写 reform ingest 或 reform demo 生成的数据库文件（如 .demo/reform.duckdb）。";

    /// <summary>
    /// Whether the file begins as a DuckDB database does: its magic bytes <c>DUCK</c> after the 8-byte checksum. Some other
    /// files DuckDB refuses with a message about an in-memory database, which would say nothing to the analyst.
    /// </summary>
    private static async Task<bool> IsDuckDbFileAsync(string path, CancellationToken ct)
    {
        var header = new byte[12];
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
            return read == header.Length && header.AsSpan(8).SequenceEqual("DUCK"u8);
        }
    }

    /// <summary>Why <paramref name="db"/> could not be opened, from DuckDB's <paramref name="message"/>, in Chinese.</summary>
    internal static string OpenFailed(string db, string message)
    {
        if (message.Contains("not a valid DuckDB database file", StringComparison.OrdinalIgnoreCase))
        {
            return NotADatabase(db);
        }

        if (message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
        {
            return $"数据库文件“{db}”正被另一个程序以可写方式打开（如正在运行的 reform ingest、reform demo 或笔记本），暂时不能查询。请等它结束或关掉它后再试。";
        }

        if (message.Contains("database file with version number", StringComparison.OrdinalIgnoreCase))
        {
            return $"数据库文件“{db}”由另一版本的 DuckDB 写成，本工具无法打开。请用本工具重新生成（reform rebuild --db 数据库文件 --lake 数据湖目录）。";
        }

        return $"无法打开数据库文件“{db}”。数据库原文：{message}";
    }

    /// <summary>One query typed at the prompt: its error, or Ctrl+C while it runs, ends the query and not the prompt.</summary>
    private static async Task RunAtPromptAsync(DuckDBConnection connection, Query q, CommandContext context, CancellationToken ct)
    {
        using var query = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var scope = context.Interrupts.Catch(query);
        try
        {
            if (!await RunOneAsync(connection, q, context, query.Token).ConfigureAwait(false))
            {
                PrintTimeout(context, q.TimeLimit);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or DuckDBException && query.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            ConsoleText.Line(context.Console, "[yellow]查询已取消。[/]");
        }
        catch (DuckDBException e) when (!ct.IsCancellationRequested)
        {
            PrintError(context, e, SqlErrorPlace.Prompt);
        }
    }

    /// <summary>
    /// Where the one query given on the command line tells the analyst to list the tables and a table's columns: the same
    /// command with <c>.tables</c> or <c>.schema 表名</c> for the query (the prompt's <c>.tables</c> runs there too).
    /// Before, it said 交互模式下输入 .tables, for a prompt the analyst was not at.
    /// </summary>
    internal static SqlErrorPlace OneQuery(string db)
    {
        var command = "reform sql --db " + (db.Any(char.IsWhiteSpace) ? "\"" + db + "\"" : db);
        return new SqlErrorPlace(
            "本命令",
            $"运行 {command} .tables 可列出可以查询的表和视图",
            $"运行 {command} .schema 表名 可列出一个表或视图的列，各列含义见 docs/schema.md");
    }

    /// <summary>The error in plain words, as the dashboard's console gives it, with the database's own message below.</summary>
    private static void PrintError(CommandContext context, DuckDBException e, SqlErrorPlace place)
    {
        var error = SqlErrorText.Explain(e.Message, place);
        var summary = error.Summary.StartsWith(QueryFailed, StringComparison.Ordinal) ? error.Summary : QueryFailed + error.Summary;
        ConsoleText.Line(context.Console, $"[red]{Markup.Escape(summary)}[/]");
        ConsoleText.Line(context.Console, $"[grey]数据库原文：{Markup.Escape(error.Original)}[/]");
    }

    private static void PrintTimeout(CommandContext context, TimeSpan limit) =>
        ConsoleText.Line(context.Console, $"[red]{Markup.Escape(TimeoutMessage(limit))}[/]");

    /// <summary>
    /// Runs one query and writes its result. The query itself (DuckDB builds the whole result before the first row is
    /// written) runs under the time limit, and DuckDB interrupts it when the limit or <paramref name="ct"/> fires; writing
    /// the rows out is not timed. False when the limit ended it.
    /// </summary>
    private static async Task<bool> RunOneAsync(DuckDBConnection connection, Query query, CommandContext context, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        using var limit = query.TimeLimit > TimeSpan.Zero ? new CancellationTokenSource(query.TimeLimit, context.Clock) : new CancellationTokenSource();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        DbDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(either.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or DuckDBException && limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return false;
        }

        await using (reader.ConfigureAwait(false))
        {
            await ResultWriter.WriteAsync(reader, query.Format, context, ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// A line that begins with a dot (besides .quit/.exit, which end the prompt): the query it runs, or the text it prints
    /// (<see cref="DotResult.Ok"/> false for a command not known, whose text says which are). Null for any other line.
    /// Before, any dot command but .tables was taken as the start of a query and the prompt waited for its semicolon.
    /// </summary>
    internal static DotResult? DotCommand(string line)
    {
        var text = line.Trim().TrimEnd(';').Trim();
        if (!text.StartsWith('.') || text is ".quit" or ".exit")
        {
            return null;
        }

        var space = text.IndexOfAny([' ', '\t']);
        var (name, argument) = space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
        return name switch
        {
            ".tables" => new DotResult(TablesQuery, null, true),
            ".help" => new DotResult(null, null, true, WithHelp: true),
            ".schema" when argument.Length == 0 => new DotResult(null, "请在 .schema 后写表或视图的名称，如 .schema snapshots；输入 .tables 列出全部。", false),
            ".schema" => new DotResult(SchemaQuery(argument), null, true),
            _ => new DotResult(null, $"不认识的命令“{name}”。可用的命令：", false, WithHelp: true),
        };
    }

    /// <summary>
    /// The columns of a table or view, in order, with their types and, from docs/schema.md as embedded in the program
    /// (<see cref="SchemaDocs"/>), each one's Chinese label and the first clause of its meaning (blank for a column the
    /// page does not describe); one row saying so when there is no such name. Before, the names and types only.
    /// </summary>
    private static string SchemaQuery(string name)
    {
        var quoted = Literal(name);
        var docs = SchemaDocs.Columns(name)
            .Select(p => $"({Literal(p.Key)}, {Literal(p.Value.Label)}, {Literal(p.Value.FirstClause)})")
            .ToList();
        var documented = docs.Count == 0
            ? "SELECT NULL::VARCHAR AS name, NULL::VARCHAR AS label, NULL::VARCHAR AS meaning WHERE false"
            : $"SELECT * FROM (VALUES {string.Join(", ", docs)}) AS v(name, label, meaning)";
        return $"""
            SELECT 列名, 类型, 中文, 含义 FROM (
                SELECT c.ordinal_position AS n, c.column_name AS 列名, c.data_type AS 类型, d.label AS 中文, d.meaning AS 含义
                FROM information_schema.columns c
                LEFT JOIN ({documented}) d ON lower(d.name) = lower(c.column_name)
                WHERE lower(c.table_name) = lower({quoted})
                UNION ALL
                SELECT 0, '没有名为“' || {quoted} || '”的表或视图（输入 .tables 列出全部）', NULL, NULL, NULL
                WHERE NOT EXISTS (SELECT 1 FROM information_schema.tables WHERE lower(table_name) = lower({quoted}))
            ) ORDER BY n
            """;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <returns>Whether the command was known.</returns>
    private static bool PrintDotCommand(DotResult dot, CommandContext context)
    {
        if (dot.Text is { } text)
        {
            ConsoleText.Line(context.Console, dot.Ok ? Markup.Escape(text) : $"[yellow]{Markup.Escape(text)}[/]");
        }

        if (dot.WithHelp)
        {
            foreach (var (command, description) in DotCommands)
            {
                ConsoleText.Hanging(context.Console, command, DotCommandWidth, description);
            }

            ConsoleText.Line(context.Console, Markup.Escape(DotHelpFooter));
        }

        return dot.Ok;
    }

    /// <summary>
    /// What a dot command does: run <paramref name="Sql"/>, or print <paramref name="Text"/> and, with
    /// <paramref name="WithHelp"/>, the dot commands after it.
    /// </summary>
    internal sealed record DotResult(string? Sql, string? Text, bool Ok, bool WithHelp = false);

    /// <summary>One query to run: its text, the output format and how long it may run (zero: no limit).</summary>
    private readonly record struct Query(string Sql, string Format, TimeSpan TimeLimit);
}
