namespace ReformAnalytics.Ingest;

/// <summary>What became of one input file (or one of its ledger tables) in a run; the values of ingest_log.outcome.</summary>
public enum FileOutcome
{
    /// <summary>Stored: its (ledger, month) now holds its rows.</summary>
    Ingested,

    /// <summary>Already stored with the same content; nothing changed.</summary>
    Unchanged,

    /// <summary>Another file of the same run for the same (ledger, month) replaced it (a corrected re-send).</summary>
    Superseded,

    /// <summary>Could not be taken; the run stored nothing.</summary>
    Refused,

    /// <summary>Checked only (reform validate).</summary>
    Checked,

    /// <summary>
    /// Not a file: a stored month stored again under the office's table of unit names (its rows, task ids and sources
    /// as they were, the units renamed). The log row names the table's file.
    /// </summary>
    Renamed,

    /// <summary>
    /// Not a file of the run: a stored file's rows taken out of their month by <c>reform remove</c> (the whole month, or one
    /// lead unit's rows). The log row names the file as stored; ingested again, the file is new.
    /// </summary>
    Removed,
}
