using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Sql;

/// <summary>
/// Runs an analyst's query on a fresh sandboxed connection: gate first, then the query under a time limit
/// (DuckDB interrupts it when the token fires), reading no more rows than asked for.
/// </summary>
internal static class ConsoleRunner
{
    public static string TimeoutMessage(TimeSpan limit) => string.Create(CultureInfo.InvariantCulture,
        $"查询超过{limit.TotalSeconds:0.#}秒仍未完成，已被取消，以免拖慢看板。请缩小范围（加 WHERE 条件、先在小范围上试、避免没有连接条件的多表连接）后再试。");

    public static async Task<ConsoleOutcome> RunAsync(DataGeneration data, string sql, TimeSpan timeLimit, int maxRows, TimeProvider time, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        await using var connection = await data.OpenConnectionAsync(requestAborted).ConfigureAwait(false);
        var verdict = await QueryGate.CheckAsync(connection, sql, requestAborted).ConfigureAwait(false);
        if (!verdict.Allowed)
        {
            return new ConsoleOutcome(null, verdict.Reason, null, false, time.GetElapsedTime(started));
        }

        using var limit = new CancellationTokenSource(timeLimit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, requestAborted);
        try
        {
            var table = await QueryRunner.QueryAsync(connection, sql, [], maxRows, linked.Token, streaming: true).ConfigureAwait(false);
            return new ConsoleOutcome(table, null, null, false, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            return new ConsoleOutcome(null, null, null, true, time.GetElapsedTime(started));
        }
        catch (DuckDBException e) when (limit.IsCancellationRequested)
        {
            _ = e;
            return new ConsoleOutcome(null, null, null, true, time.GetElapsedTime(started));
        }
        catch (DuckDBException e)
        {
            return new ConsoleOutcome(null, null, SqlErrorText.Explain(e.Message, SqlErrorPlace.Dashboard), false, time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Opens the query for a full download: the gate, then execution; the caller reads the rows. Returns the
    /// refusal or error instead when there is nothing to download.
    /// </summary>
    public static async Task<(DuckDBConnection? Connection, DuckDBCommand? Command, DbDataReader? Reader, string? Problem)> OpenForDownloadAsync(
        DataGeneration data, string sql, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var connection = await data.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var verdict = await QueryGate.CheckAsync(connection, sql, ct).ConfigureAwait(false);
            if (!verdict.Allowed)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return (null, null, null, verdict.Reason);
            }

            var command = QueryRunner.CreateCommand(connection, sql, []);
            try
            {
                var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                return (connection, command, reader, null);
            }
            catch
            {
                await command.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (DuckDBException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return (null, null, null, SqlErrorText.Explain(e.Message, SqlErrorPlace.Dashboard).Summary);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
