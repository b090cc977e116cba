namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// One cell of a notebook. <paramref name="Language"/> is the kernel the cell runs in, normalised (<c>csharp</c>,
/// <c>fsharp</c>, <c>sql</c>, <c>markdown</c>, …); <paramref name="Heading"/> is the nearest markdown heading above
/// it, so that a failure can say where it happened in words an editor of the notebook recognises.
/// </summary>
internal sealed record NotebookCell(
    int Index,
    NotebookCellKind Kind,
    string Language,
    string Source,
    string? Heading,
    int Outputs,
    bool Executed)
{
    public bool IsCSharp => Kind == NotebookCellKind.Code && Language == "csharp";

    /// <summary>Cell number as an editor counts them (from 1), with its heading.</summary>
    public string Describe() => Heading is null ? $"第 {Index + 1} 个单元格" : $"第 {Index + 1} 个单元格（“{Heading}”下）";
}
