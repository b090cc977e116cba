using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// One private, read-only copy of the database, as served to requests. Requests take a lease; when a newer
/// copy replaces this one it is retired, and its file is deleted once the last lease is returned, so a page
/// being built while the swap happens finishes on the data it started with.
/// </summary>
internal sealed class DataGeneration
{
    private readonly Lock _sync = new();
    private readonly DuckDBConnection _keepAlive;
    private int _leases;
    private bool _retired;
    private bool _closed;

    private DataGeneration(int number, string path, FileStamp sourceStamp, DateTimeOffset copiedAt, DuckDBConnection keepAlive, DatabaseCatalog catalog, DataFacts facts)
    {
        Number = number;
        FilePath = path;
        SourceStamp = sourceStamp;
        CopiedAt = copiedAt;
        _keepAlive = keepAlive;
        Catalog = catalog;
        Facts = facts;
    }

    /// <summary>1 for the first copy served, then 2, 3, … as newer data is picked up.</summary>
    public int Number { get; }

    public string FilePath { get; }

    public FileStamp SourceStamp { get; }

    public DateTimeOffset CopiedAt { get; }

    public DatabaseCatalog Catalog { get; }

    public DataFacts Facts { get; }

    /// <summary>Pages rendered from this copy, reused until the copy is replaced (the data cannot change under them).</summary>
    public PageCache Pages { get; } = new();

    public bool IsClosed
    {
        get
        {
            lock (_sync)
            {
                return _closed;
            }
        }
    }

    /// <summary>Opens a copy that is complete on disk; fails if DuckDB's sandbox settings are not in force.</summary>
    public static async Task<DataGeneration> OpenAsync(int number, string path, FileStamp sourceStamp, DateTimeOffset copiedAt, CancellationToken ct)
    {
        var connection = await ReformDatabase.OpenReadOnlyAsync(path, ct).ConfigureAwait(false);
        try
        {
            await Sandbox.VerifyAsync(connection, ct).ConfigureAwait(false);
            var catalog = await DatabaseCatalog.LoadAsync(connection, ct).ConfigureAwait(false);
            var facts = await DataFacts.LoadAsync(connection, catalog, ct).ConfigureAwait(false);
            return new DataGeneration(number, path, sourceStamp, copiedAt, connection, catalog, facts);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A new read-only connection to this copy (cheap: the database instance is already open).</summary>
    public Task<DuckDBConnection> OpenConnectionAsync(CancellationToken ct) => ReformDatabase.OpenReadOnlyAsync(FilePath, ct);

    internal bool TryAddLease()
    {
        lock (_sync)
        {
            if (_retired)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    internal void ReleaseLease()
    {
        bool close;
        lock (_sync)
        {
            _leases--;
            close = _retired && _leases == 0 && !_closed;
            _closed |= close;
        }

        if (close)
        {
            Close();
        }
    }

    /// <summary>No new leases; closed and deleted as soon as none is out.</summary>
    internal void Retire()
    {
        bool close;
        lock (_sync)
        {
            _retired = true;
            close = _leases == 0 && !_closed;
            _closed |= close;
        }

        if (close)
        {
            Close();
        }
    }

    private void Close()
    {
        _keepAlive.Dispose();
        Pages.Clear();
        foreach (var file in new[] { FilePath, FilePath + ".wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // The work folder is removed at shutdown; a copy still open elsewhere is left to that.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
