using Microsoft.Extensions.Logging;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Serves the last complete version of the database while `reform ingest` writes the file.
/// DuckDB lets one process write a file, and no other process may then open it, not even to read. So the
/// dashboard never serves the file itself: it serves a private copy. When the file changes, the copy is
/// renewed only once no process holds the write lock (the ingest has finished), and only if the file did not
/// change while it was being copied. The new copy is opened and checked, then swapped in; pages already
/// being built finish on the old copy, which is deleted after them.
/// </summary>
internal sealed class DatabaseMirror : IAsyncDisposable
{
    private readonly string _source;
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private DataGeneration? _current;
    private MirrorStatus _status = new(RefreshOutcome.Missing, null, null);
    private int _numbers;
    private int _disposed;

    public DatabaseMirror(string sourcePath, string workFolder, TimeProvider time, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(workFolder);
        _source = Path.GetFullPath(sourcePath);
        _folder = workFolder;
        _time = time;
        _logger = logger;
        Directory.CreateDirectory(_folder);
    }

    public string SourcePath => _source;

    public MirrorStatus Status => Volatile.Read(ref _status);

    /// <summary>The copy now served, or null before the first complete copy.</summary>
    public DataGeneration? Current => Volatile.Read(ref _current);

    /// <summary>Takes the current copy for one request; null when there is none yet.</summary>
    public GenerationLease? Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation is null)
            {
                return null;
            }

            if (generation.TryAddLease())
            {
                return new GenerationLease(generation);
            }

            // Retired between the read and the lease: the newer copy is already in place, take that one.
        }
    }

    /// <summary>Looks at the database file once, and renews the copy when a newer complete file is there.</summary>
    public async Task<RefreshOutcome> RefreshAsync(CancellationToken ct)
    {
        await _refreshing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var outcome = await RefreshCoreAsync(ct).ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<RefreshOutcome> RefreshCoreAsync(CancellationToken ct)
    {
        var before = FileStamp.Read(_source);
        if (!before.Exists)
        {
            return Record(RefreshOutcome.Missing, null);
        }

        if (Current is { } current && current.SourceStamp == before)
        {
            return Record(RefreshOutcome.Unchanged, null);
        }

        if (await WriterProbe.IsWriterActiveAsync(_source, ct).ConfigureAwait(false))
        {
            return Record(RefreshOutcome.WriterActive, null);
        }

        var number = Interlocked.Increment(ref _numbers);
        var preparing = Path.Combine(_folder, $"copy-{number}.preparing.duckdb");
        var served = Path.Combine(_folder, $"copy-{number}.duckdb");
        try
        {
            await CopyAsync(_source, preparing, ct).ConfigureAwait(false);
            await CopyAsync(_source + ".wal", preparing + ".wal", ct).ConfigureAwait(false);
            var after = FileStamp.Read(_source);
            if (after != before || await WriterProbe.IsWriterActiveAsync(_source, ct).ConfigureAwait(false))
            {
                DeleteCopy(preparing);
                return Record(RefreshOutcome.ChangedDuringCopy, null);
            }

            await CopyPreparation.PrepareAsync(preparing, ct).ConfigureAwait(false);
            DeleteCopy(served);
            File.Move(preparing, served);
            var generation = await DataGeneration.OpenAsync(number, served, before, _time.GetUtcNow(), ct).ConfigureAwait(false);
            var old = Interlocked.Exchange(ref _current, generation);
            old?.Retire();
            _logger.LogInformation("Serving database copy {Number} of {Source}", number, _source);
            return Record(RefreshOutcome.Updated, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException or InvalidOperationException)
        {
            DeleteCopy(preparing);
            DeleteCopy(served);
            _logger.LogWarning(e, "Could not copy {Source}", _source);
            return Record(RefreshOutcome.Failed, e.Message);
        }
    }

    private RefreshOutcome Record(RefreshOutcome outcome, string? error)
    {
        var now = _time.GetUtcNow();
        var previous = Status;
        var writerSince = outcome == RefreshOutcome.WriterActive ? previous.WriterSeenSince ?? now
            : outcome is RefreshOutcome.ChangedDuringCopy ? previous.WriterSeenSince
            : null;
        // "Unchanged" and "Updated" look the same on a page: the status object (and pages drawn for it) stays.
        var shown = outcome == RefreshOutcome.Unchanged ? RefreshOutcome.Updated : outcome;
        var next = new MirrorStatus(shown, writerSince, error);
        if (next != previous)
        {
            Volatile.Write(ref _status, next);
        }

        return outcome;
    }

    private static async Task CopyAsync(string from, string to, CancellationToken ct)
    {
        if (!File.Exists(from))
        {
            return;
        }

        var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
            await using (target.ConfigureAwait(false))
            {
                await source.CopyToAsync(target, 1 << 20, ct).ConfigureAwait(false);
            }
        }
    }

    private static void DeleteCopy(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Closes the served copy (once no request holds it). Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _refreshing.WaitAsync().ConfigureAwait(false);
        try
        {
            Interlocked.Exchange(ref _current, null)?.Retire();
        }
        finally
        {
            _refreshing.Release();
        }

        _refreshing.Dispose();
    }
}
