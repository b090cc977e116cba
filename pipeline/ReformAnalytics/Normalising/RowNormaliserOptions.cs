namespace ReformAnalytics.Normalising;

/// <summary>Choices <see cref="RowNormaliser"/> makes where a ledger row is imperfect; defaults in one place.</summary>
public sealed class RowNormaliserOptions
{
    public static readonly RowNormaliserOptions Default = new();

    /// <summary>
    /// When true (the default) a row whose deadline cannot be read is stored with no deadline
    /// (deadline_kind missing, deadline_text as written) and a warning; the task stays in every count that
    /// does not need a deadline and its history keeps no gap. When false the row is not stored (an error).
    /// </summary>
    public bool StoreRowsWithUnreadableDeadline { get; init; } = true;

    /// <summary>
    /// When true each row with an unmapped status phrase also gets a warning; by default unmapped phrases
    /// are only gathered in the <see cref="UnknownStatusCollector"/> (one line per phrase in the summary).
    /// </summary>
    public bool WarnOnEachUnknownStatus { get; init; }

    /// <summary>The ledger year; null (the default) takes the report month's year.</summary>
    public int? LedgerYear { get; init; }

    /// <summary>The source_file stored on each row (ingest stores the file name); the table's own path when null. Issues always name the table's path.</summary>
    public string? StoredSourceFile { get; init; }

    /// <summary>The office's table of unit names (--units): lead and co-units are stored under its names. None by default.</summary>
    public UnitNameTable? UnitNames { get; init; }

    public void Validate()
    {
        if (LedgerYear is < 1990 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(LedgerYear), LedgerYear, "台账年度应在1990年到2100年之间。");
        }
    }
}
