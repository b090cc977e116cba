namespace ReformAnalytics.Reading;

/// <summary>
/// Takes a table's rows one by one as they are read, instead of the reader keeping them all in
/// <see cref="LedgerTable.Rows"/> (see <see cref="ReadOptions.RowSinks"/>). A row's cells are its own copy.
/// </summary>
public interface IRawRowSink
{
    void Add(RawLedgerRow row);
}
