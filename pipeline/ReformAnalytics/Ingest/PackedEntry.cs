namespace ReformAnalytics.Ingest;

/// <summary>
/// One file or folder of an archive: its name as its writer meant it (folders separated by / or \), whether it has a
/// password, its declared size unpacked and packed, and how to write it out.
/// </summary>
internal sealed record PackedEntry(string Name, bool IsFolder, bool IsEncrypted, long Length, long PackedLength, Action<string> ExtractTo);
