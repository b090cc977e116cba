namespace ReformAnalytics.Dashboard.Data;

/// <summary>What one look at the database file found.</summary>
internal enum RefreshOutcome
{
    /// <summary>The file is as it was when last copied.</summary>
    Unchanged,

    /// <summary>A newer complete file was copied and is now served.</summary>
    Updated,

    /// <summary>Another process is writing (an ingest is running); the last complete copy is still served.</summary>
    WriterActive,

    /// <summary>The file changed while it was being copied; the copy was thrown away and will be retried.</summary>
    ChangedDuringCopy,

    /// <summary>The database file does not exist.</summary>
    Missing,

    /// <summary>The copy could not be opened; the message says why.</summary>
    Failed,
}
