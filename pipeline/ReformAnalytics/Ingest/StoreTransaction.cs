using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Lake;

namespace ReformAnalytics.Ingest;

/// <summary>
/// How a run that changes what is stored (an ingest, a removal) writes the lake and the database together, all or
/// nothing: the new partitions are staged beside the lake, the database is changed inside a transaction, the staged
/// partitions are moved into the lake, and only then is the transaction committed. A failure at any step drops the
/// staging area, rolls the transaction back and moves the lake's partitions back (<see cref="LakeCommit"/>).
/// </summary>
internal static class StoreTransaction
{
    /// <param name="stage">Writes every partition of <paramref name="commit"/> that is not removed into its staged path.</param>
    /// <param name="load">Changes the database to match the staged partitions, inside the transaction.</param>
    /// <param name="fault">Test hook: called with "staged", "db-loaded" and "lake-applied" as the run passes each point.</param>
    public static async Task RunAsync(DuckDBConnection connection, LakeCommit commit, Func<Task> stage, Func<Task> load, Action<string>? fault, CancellationToken ct)
    {
        try
        {
            await stage().ConfigureAwait(false);
            fault?.Invoke("staged");
        }
        catch
        {
            commit.Abandon();
            throw;
        }

        await ReformDatabase.ExecuteAsync(connection, "BEGIN TRANSACTION", ct).ConfigureAwait(false);
        try
        {
            await load().ConfigureAwait(false);
            fault?.Invoke("db-loaded");
            commit.Apply(_ => fault?.Invoke("lake-applied"));
            await ReformDatabase.ExecuteAsync(connection, "COMMIT", ct).ConfigureAwait(false);
        }
        catch
        {
            await ReformDatabase.ExecuteAsync(connection, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            commit.Rollback();
            throw;
        }

        commit.Complete();
    }
}
