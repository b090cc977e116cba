using System.Runtime.InteropServices;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Tells whether another process holds DuckDB's write lock on the database file (an ingest is running).
/// DuckDB locks the whole file with fcntl: a writer holds a write lock, read-only readers a read lock.
/// On Linux the lock is inspected with F_GETLK, which takes no lock itself, so probing can never make an
/// ingest fail to open the file. Elsewhere the file is opened read-only for a moment; that fails while a
/// writer holds it.
/// </summary>
internal static partial class WriterProbe
{
    private const int GetLockCommand = 5; // F_GETLK on Linux (x64 and arm64, 64-bit off_t)
    private const short ReadLock = 0;     // F_RDLCK: asks "would a read lock conflict?", i.e. is there a writer
    private const short Unlocked = 2;     // F_UNLCK: no conflicting lock

    public static async Task<bool> IsWriterActiveAsync(string databasePath, CancellationToken ct)
    {
        if (OperatingSystem.IsLinux() && TryInspectLock(databasePath, out var writer))
        {
            return writer;
        }

        try
        {
            await using var probe = await ReformDatabase.OpenReadOnlyAsync(databasePath, ct).ConfigureAwait(false);
            return false;
        }
        catch (DuckDB.NET.Data.DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }

    private static bool TryInspectLock(string databasePath, out bool writer)
    {
        writer = false;
        try
        {
            using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var query = new FileLockQuery { Type = ReadLock, Whence = 0, Start = 0, Length = 0 };
            if (Fcntl(stream.SafeFileHandle.DangerousGetHandle(), GetLockCommand, ref query) != 0)
            {
                return false;
            }

            writer = query.Type != Unlocked;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(IntPtr fd, int command, ref FileLockQuery query);

    /// <summary>struct flock as Linux lays it out on 64-bit targets.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileLockQuery
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int ProcessId;
    }
}
