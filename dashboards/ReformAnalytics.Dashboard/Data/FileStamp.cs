namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// What the database file and its write-ahead log look like on disk (size and last write). Two equal stamps
/// taken before and after a copy mean nobody wrote in between.
/// </summary>
internal readonly record struct FileStamp(bool Exists, long Length, DateTime LastWriteUtc, long WalLength, DateTime WalLastWriteUtc)
{
    public static FileStamp Read(string databasePath)
    {
        var file = new FileInfo(databasePath);
        if (!file.Exists)
        {
            return default;
        }

        var wal = new FileInfo(databasePath + ".wal");
        return wal.Exists
            ? new FileStamp(true, file.Length, file.LastWriteTimeUtc, wal.Length, wal.LastWriteTimeUtc)
            : new FileStamp(true, file.Length, file.LastWriteTimeUtc, 0, default);
    }
}
