using System.Collections.Frozen;
using System.Text.Json;
using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Sql;

/// <summary>
/// A second line of defence in front of DuckDB's sandbox (read-only, external access off, configuration
/// locked), which is what really stops writes, file access, ATTACH, INSTALL/LOAD and SET. The gate asks
/// DuckDB's own parser (<c>json_serialize_sql</c>, which only accepts SELECT statements) whether every
/// statement is a query, and refuses table functions that change the state of the whole database instance
/// even in the sandbox: <c>enable_logging(storage='file')</c> passes the configuration lock and breaks every
/// later query on the instance, and <c>enable_profiling()</c> writes to the server's console.
/// Function names are taken from the parse tree, not matched in the text.
/// </summary>
internal static class QueryGate
{
    private static readonly FrozenSet<string> RefusedFunctions = new[]
    {
        "checkpoint", "query", "query_table", "json_execute_serialized_sql",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] RefusedPrefixes = ["enable_", "disable_", "force_", "truncate_"];

    public const string OnlyQueries =
        "控制台只能执行查询（SELECT、WITH、FROM、DESCRIBE、SHOW、SUMMARIZE）。不能新增、修改或删除数据，不能读写服务器上的文件，不能连接其他数据库，不能安装或加载扩展，也不能修改数据库设置。";

    public static async Task<GateVerdict> CheckAsync(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (string.IsNullOrWhiteSpace(sql))
        {
            return GateVerdict.Refuse("请先输入一条查询语句。");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json_serialize_sql($1::VARCHAR)";
        command.Parameters.Add(new DuckDBParameter(sql));
        var json = (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false) ?? "{}";
        return Judge(json);
    }

    internal static GateVerdict Judge(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4096 });
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.True)
        {
            var type = root.TryGetProperty("error_type", out var t) ? t.GetString() : null;
            var message = root.TryGetProperty("error_message", out var m) ? m.GetString() : null;
            return string.Equals(type, "parser", StringComparison.OrdinalIgnoreCase)
                ? GateVerdict.Refuse(SqlErrorText.Explain("Parser Error: " + message, SqlErrorPlace.Dashboard).Summary, message)
                : GateVerdict.Refuse(OnlyQueries, message);
        }

        if (!root.TryGetProperty("statements", out var statements) || statements.GetArrayLength() == 0)
        {
            return GateVerdict.Refuse("请先输入一条查询语句。");
        }

        foreach (var name in FunctionNames(statements))
        {
            if (RefusedFunctions.Contains(name) || RefusedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return GateVerdict.Refuse($"控制台不允许调用函数 {name}()：它会改变整个数据库的运行状态，而不只是查询数据。", name);
            }
        }

        return GateVerdict.Allow;
    }

    private static IEnumerable<string> FunctionNames(JsonElement element)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in e.EnumerateObject())
                {
                    if (property.NameEquals("function_name") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        stack.Push(property.Value);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    stack.Push(item);
                }
            }
        }
    }
}
