namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>A cell did not compile or threw: says which notebook and cell, with the cell's code.</summary>
public sealed class NotebookCellException : Exception
{
    public NotebookCellException()
    {
    }

    public NotebookCellException(string message)
        : base(message)
    {
    }

    public NotebookCellException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
