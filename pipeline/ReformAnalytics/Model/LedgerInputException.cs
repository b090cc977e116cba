namespace ReformAnalytics.Model;

/// <summary>
/// A whole file (or sheet) cannot be taken in: not a ledger, undecodable, truncated, oversized, or its
/// ledger and month cannot be told. The message is Chinese, written for the person who has to fix the
/// file, and the location properties say where; nothing of the run that met it is stored.
/// </summary>
public sealed class LedgerInputException : Exception
{
    public LedgerInputException(string file, string message, string sheet = "", int row = 0, string column = "", string value = "", Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Sheet = sheet;
        Row = row;
        Column = column;
        Value = value;
    }

    public LedgerInputException()
        : this(string.Empty, string.Empty)
    {
    }

    public LedgerInputException(string message)
        : this(string.Empty, message)
    {
    }

    public LedgerInputException(string message, Exception innerException)
        : this(string.Empty, message, inner: innerException)
    {
    }

    public string File { get; }

    public string Sheet { get; }

    public int Row { get; }

    public string Column { get; }

    public string Value { get; }

    public IngestIssue ToIssue() => new(File, Sheet, Row, Column, Value, Message);

    /// <summary>The message with its location, as printed to the office: 文件…，工作表…，第N行，“列”列，值“…”：原因.</summary>
    public string Describe() => ToIssue().Describe();
}
